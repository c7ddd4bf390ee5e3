import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareSearch, MAX_COMPARED, readCompareIds, skillSplit } from '../../src/lib/compare';

const known = new Set(['agent', 'team-leader', 'manager', 'trainer']);
const isKnown = (id: string) => known.has(id);

describe('the compare address', () => {
  test('reads either language\'s parameter, known ids once each, at most three', () => {
    expect(readCompareIds('?peran=agent,team-leader', isKnown)).toEqual(['agent', 'team-leader']);
    expect(readCompareIds('?roles=team-leader,agent', isKnown)).toEqual(['team-leader', 'agent']);
    expect(readCompareIds('?roles=agent,agent,nobody,<script>,manager,trainer,team-leader', isKnown)).toEqual(['agent', 'manager', 'trainer']);
    expect(readCompareIds('', isKnown)).toEqual([]);
    expect(readCompareIds('?peran=', isKnown)).toEqual([]);
  });

  test('round-trips any choice of known roles, in both languages', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...known), { maxLength: MAX_COMPARED }), fc.constantFrom('id' as const, 'en' as const), (ids, lang) => {
        expect(readCompareIds(compareSearch(ids, lang), isKnown)).toEqual(ids);
      }),
    );
  });

  test('never returns an unknown id, whatever the address holds', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        for (const id of readCompareIds(search, isKnown)) expect(known.has(id)).toBe(true);
      }),
    );
  });
});

test('skills split into those every role needs and those only some need', () => {
  const split = skillSplit([{ skills: ['a', 'b', 'c'] }, { skills: ['b', 'c', 'd'] }, { skills: ['c', 'b'] }]);
  expect(split.shared).toEqual(['b', 'c']);
  expect(split.own).toEqual([['a'], ['d'], []]);
  expect(skillSplit([])).toEqual({ shared: [], own: [] });
});
