import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { layoutLadder, wrapLabel, type LadderLayout } from '../../src/lib/ladder-layout';
import { crossesInside, ladders, overlaps } from '../support/random-ladders';

const settings = { numRuns: 60 };

describe('layoutLadder', () => {
  test('never lets two roles overlap', () => {
    fc.assert(
      fc.property(ladders, (roles) => {
        const { boxes } = layoutLadder(roles);
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
      }),
      settings,
    );
  });

  test('never routes a connector through a role', () => {
    fc.assert(
      fc.property(ladders, (roles) => {
        const layout = layoutLadder(roles);
        for (const c of layout.connectors) {
          for (let k = 1; k < c.points.length; k++) {
            for (const box of layout.boxes) expect(crossesInside(c.points[k - 1]!, c.points[k]!, box), `${c.from}→${c.to} through ${box.id}`).toBe(false);
          }
        }
      }),
      settings,
    );
  });

  test('draws only horizontal and vertical segments that start and end on their two roles', () => {
    fc.assert(
      fc.property(ladders, (roles) => {
        const layout = layoutLadder(roles);
        const box = new Map(layout.boxes.map((b) => [b.id, b]));
        for (const c of layout.connectors) {
          const [first, last] = [c.points[0]!, c.points.at(-1)!];
          const a = box.get(c.from)!;
          const b = box.get(c.to)!;
          expect(first[1] === a.y || first[1] === a.y + a.height).toBe(true);
          expect(last[1] === b.y || last[1] === b.y + b.height).toBe(true);
          for (let k = 1; k < c.points.length; k++) {
            const [p, q] = [c.points[k - 1]!, c.points[k]!];
            expect(p[0] === q[0] || p[1] === q[1]).toBe(true);
          }
        }
      }),
      settings,
    );
  });

  test('never points a promotion downward', () => {
    fc.assert(
      fc.property(ladders, (roles) => {
        const layout = layoutLadder(roles);
        const box = new Map(layout.boxes.map((b) => [b.id, b]));
        for (const c of layout.connectors.filter((c) => c.kind === 'promotion')) expect(box.get(c.to)!.y).toBeLessThan(box.get(c.from)!.y + 1);
      }),
      settings,
    );
  });

  test('is deterministic whatever the order of the input', () => {
    fc.assert(
      fc.property(ladders.chain((roles) => fc.tuple(fc.constant(roles), fc.shuffledSubarray(roles, { minLength: roles.length }))), ([roles, shuffled]) => {
        expect(layoutLadder(shuffled)).toEqual<LadderLayout>(layoutLadder(roles));
      }),
      { numRuns: 30 },
    );
  });

  test('keeps every role inside the drawing', () => {
    fc.assert(
      fc.property(ladders, (roles) => {
        const layout = layoutLadder(roles);
        for (const b of layout.boxes) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.y).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
          expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
        }
      }),
      settings,
    );
  });

  test('puts higher levels above lower ones', () => {
    const layout = layoutLadder([
      { id: 'agent', level: 'entry', track: 'frontline', promotesTo: ['lead'], lateralMoves: [] },
      { id: 'lead', level: 'mid', track: 'people-leadership', promotesTo: ['cco'], lateralMoves: [] },
      { id: 'cco', level: 'executive', track: 'people-leadership', promotesTo: [], lateralMoves: [] },
    ]);
    const y = Object.fromEntries(layout.boxes.map((b) => [b.id, b.y]));
    expect(y.cco).toBeLessThan(y.lead!);
    expect(y.lead).toBeLessThan(y.agent!);
  });

  test('places a same-level promotion target above its source in a shared column', () => {
    const layout = layoutLadder([
      { id: 'intern', level: 'entry', track: 'frontline', promotesTo: ['agent'], lateralMoves: [] },
      { id: 'agent', level: 'entry', track: 'frontline', promotesTo: [], lateralMoves: [] },
    ]);
    const y = Object.fromEntries(layout.boxes.map((b) => [b.id, b.y]));
    expect(y.agent).toBeLessThan(y.intern!);
  });

  test('refuses a promotion cycle and names it', () => {
    expect(() =>
      layoutLadder([
        { id: 'a', level: 'mid', track: 'frontline', promotesTo: ['b'], lateralMoves: [] },
        { id: 'b', level: 'mid', track: 'frontline', promotesTo: ['a'], lateralMoves: [] },
      ]),
    ).toThrow('a: promotesTo[0] is a → b → a; expected promotions that never lead back');
  });

  test('refuses a promotion down a level in the same words as the build', () => {
    expect(() =>
      layoutLadder([
        { id: 'a', level: 'mid', track: 'frontline', promotesTo: ['b'], lateralMoves: [] },
        { id: 'b', level: 'entry', track: 'frontline', promotesTo: [], lateralMoves: [] },
      ]),
    ).toThrow('a: promotesTo[0] is b (level entry); expected a role at level mid or above; a move to a lower level belongs in lateralMoves.');
  });
});

describe('wrapLabel', () => {
  test('wraps at word boundaries and shortens what does not fit', () => {
    expect(wrapLabel('Customer Service Representative', 18)).toEqual(['Customer Service', 'Representative']);
    expect(wrapLabel('one two three four five six', 8, 2)).toEqual(['one two', 'three…']);
  });
});
