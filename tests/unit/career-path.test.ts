import { expect, test } from 'vitest';
import { careerPath, promotionLine, type PathRole } from '../../src/lib/career-path';

const roles: PathRole[] = [
  { id: 'agent', promotesTo: ['senior', 'specialist'], lateralMoves: [], skills: ['empathy', 'communication'] },
  { id: 'senior', promotesTo: ['lead'], lateralMoves: ['specialist'], skills: ['empathy', 'escalation'] },
  { id: 'specialist', promotesTo: ['lead'], lateralMoves: [], skills: ['product'] },
  { id: 'lead', promotesTo: ['manager'], lateralMoves: ['trainer'], skills: ['coaching', 'communication'] },
  { id: 'trainer', promotesTo: [], lateralMoves: [], skills: ['coaching'] },
  { id: 'manager', promotesTo: [], lateralMoves: [], skills: ['budgeting', 'coaching'] },
  { id: 'island', promotesTo: [], lateralMoves: [], skills: [] },
];

test('finds the fewest moves from agent to manager', () => {
  expect(careerPath(roles, 'agent', 'manager')?.map((s) => s.to)).toEqual(['senior', 'lead', 'manager']);
});

test('lists for each step the skills the starting role does not have', () => {
  const path = careerPath(roles, 'agent', 'manager')!;
  expect(path.map((s) => s.skillGap)).toEqual([['escalation'], ['coaching'], ['budgeting', 'coaching']]);
});

test('uses lateral moves and says so', () => {
  expect(careerPath(roles, 'lead', 'trainer')).toEqual([{ from: 'lead', to: 'trainer', kind: 'lateral', skillGap: [] }]);
});

test('returns null when no path leads to the target, and an empty path to oneself', () => {
  expect(careerPath(roles, 'manager', 'agent')).toBeNull();
  expect(careerPath(roles, 'agent', 'island')).toBeNull();
  expect(careerPath(roles, 'agent', 'agent')).toEqual([]);
  expect(careerPath(roles, 'nobody', 'agent')).toBeNull();
});

test('the promotion line of a role holds everything above and below it by promotion', () => {
  expect([...promotionLine(roles, 'lead')].sort()).toEqual(['agent', 'lead', 'manager', 'senior', 'specialist']);
});
