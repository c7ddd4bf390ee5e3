import fc from 'fast-check';
import { expect, test } from 'vitest';
import { careerPath, nextRoles, promotionLine, type PathRole } from '../../src/lib/career-path';

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

test('asks each new skill once along a path: what one step brings is not asked again at the next', () => {
  const path = careerPath(roles, 'agent', 'manager')!;
  expect(path.map((s) => s.skillGap)).toEqual([['escalation'], ['coaching'], ['budgeting']]);
});

test('what comes next: roles one move away, then two, each by its shortest way with its cumulative gap', () => {
  const next = nextRoles(roles, 'senior');
  expect(next.map((n) => [n.id, n.moves])).toEqual([['lead', 1], ['specialist', 1], ['manager', 2], ['trainer', 2]]);
  const manager = next.find((n) => n.id === 'manager')!;
  expect(manager.steps.map((s) => [s.from, s.to, s.kind, s.skillGap])).toEqual([
    ['senior', 'lead', 'promotion', ['coaching', 'communication']],
    ['lead', 'manager', 'promotion', ['budgeting']],
  ]);
  expect(next.find((n) => n.id === 'trainer')!.steps.at(-1)!.kind).toBe('lateral');
});

test('what comes next from a role with no moves, or an unknown one, is nothing', () => {
  expect(nextRoles(roles, 'manager')).toEqual([]);
  expect(nextRoles(roles, 'nobody')).toEqual([]);
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

test('what comes next agrees with the path finder: each role is as many moves away as its shortest path, never more than two', () => {
  const graphs = fc.integer({ min: 1, max: 12 }).chain((n) =>
    fc.array(fc.record({ up: fc.array(fc.nat(n - 1), { maxLength: 3 }), side: fc.array(fc.nat(n - 1), { maxLength: 2 }), skills: fc.subarray(['a', 'b', 'c', 'd', 'e']) }), { minLength: n, maxLength: n }),
  );
  fc.assert(
    fc.property(graphs, (shape) => {
      const graph: PathRole[] = shape.map((r, i) => ({ id: `r${i}`, promotesTo: r.up.map((j) => `r${j}`), lateralMoves: r.side.map((j) => `r${j}`), skills: r.skills }));
      const next = nextRoles(graph, 'r0');
      for (const n of next) {
        expect(careerPath(graph, 'r0', n.id)!.length).toBe(n.moves);
        expect(n.steps.length).toBe(n.moves);
        // No skill is asked twice, and none the current role has.
        const asked = n.steps.flatMap((s) => s.skillGap);
        expect(new Set(asked).size).toBe(asked.length);
        expect(asked.filter((s) => graph[0]!.skills.includes(s))).toEqual([]);
      }
      const within = graph.filter((r) => r.id !== 'r0' && (careerPath(graph, 'r0', r.id)?.length ?? 99) <= 2).map((r) => r.id);
      expect(next.map((n) => n.id).sort()).toEqual(within.sort());
    }),
  );
});
