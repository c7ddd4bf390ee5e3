import { expect, test } from 'vitest';
import { deadEnds, neighbourhood, unreachableFromEntry, type LadderRole } from '../../src/lib/ladder';

const role = (id: string, level: LadderRole['level'], promotesTo: string[] = [], lateralMoves: string[] = [], track: LadderRole['track'] = 'frontline'): LadderRole => ({
  id,
  level,
  track,
  promotesTo,
  lateralMoves,
});

test('reaches roles through promotions and lateral moves from every entry role', () => {
  const roles = [role('agent', 'entry', ['lead']), role('lead', 'mid', [], ['trainer']), role('trainer', 'mid')];
  expect(unreachableFromEntry(roles)).toEqual([]);
});

test('names a role that no path from the entry level reaches', () => {
  const roles = [role('agent', 'entry', ['lead']), role('lead', 'mid'), role('island', 'management', ['lead'])];
  expect(unreachableFromEntry(roles)).toEqual(['island']);
});

test('names a role below the top with nowhere to go, but not the executive top or a move out of CS', () => {
  const roles = [role('lead', 'mid'), role('cco', 'executive'), role('sales', 'mid', [], [], 'beyond-cs')];
  expect(deadEnds(roles)).toEqual(['lead']);
});

test('the neighbourhood of a role keeps the roles one move away and only the moves that touch it', () => {
  const roles = [role('agent', 'entry', ['lead']), role('lead', 'mid', ['manager'], ['trainer']), role('manager', 'management', ['cco']), role('trainer', 'mid'), role('cco', 'executive')];
  const near = neighbourhood(roles, 'lead');
  expect(near.map((r) => r.id)).toEqual(['agent', 'lead', 'manager', 'trainer']);
  expect(near.find((r) => r.id === 'manager')?.promotesTo).toEqual([]);
  expect(near.find((r) => r.id === 'lead')?.lateralMoves).toEqual(['trainer']);
});
