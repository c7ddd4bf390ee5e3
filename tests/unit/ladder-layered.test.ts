import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { drawingFigures } from '../../src/lib/ladder-figures';
import { LAYERED_SIZES, labelLines, layoutLayeredLadder, type TitledRole } from '../../src/lib/ladder-layered';
import type { LadderLayout } from '../../src/lib/ladder-layout';
import { LEVELS, levelRank } from '../../src/lib/model';
import { crossesInside, overlaps, titledLadders } from '../support/random-ladders';

const settings = { numRuns: 40 };

/** Every property the ladder page relies on, for one ladder and its layout. */
function expectReadable(roles: readonly TitledRole[], layout: LadderLayout): void {
  const box = new Map(layout.boxes.map((b) => [b.id, b]));
  expect(layout.boxes.map((b) => b.id).sort()).toEqual(roles.map((r) => r.id).sort());
  for (let i = 0; i < layout.boxes.length; i++) for (let j = i + 1; j < layout.boxes.length; j++) expect(overlaps(layout.boxes[i]!, layout.boxes[j]!)).toBe(false);
  for (const b of layout.boxes) {
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
    expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
  }
  const role = new Map(roles.map((r) => [r.id, r]));
  // One connector per promotion, none for lateral moves.
  const promotions = roles.flatMap((r) => [...new Set(r.promotesTo)].filter((to) => role.has(to) && to !== r.id).map((to) => `${r.id}>${to}`));
  expect(layout.connectors.map((c) => `${c.from}>${c.to}`).sort()).toEqual(promotions.sort());
  for (const c of layout.connectors) {
    const [a, b] = [box.get(c.from)!, box.get(c.to)!];
    const [first, last] = [c.points[0]!, c.points.at(-1)!];
    // Leaves the top of its role and enters the bottom of the target, which sits higher: never down.
    expect(first[1]).toBeCloseTo(a.y, 6);
    expect(last[1]).toBeCloseTo(b.y + b.height, 6);
    expect(b.y + b.height).toBeLessThan(a.y);
    for (let k = 1; k < c.points.length; k++) {
      const [p, q] = [c.points[k - 1]!, c.points[k]!];
      expect(Math.abs(p[0] - q[0]) < 1e-6 || Math.abs(p[1] - q[1]) < 1e-6, `${c.from}→${c.to} segment ${k} is not straight`).toBe(true);
      for (const other of layout.boxes) expect(crossesInside(p, q, other), `${c.from}→${c.to} through ${other.id}`).toBe(false);
    }
  }
  // Higher levels above lower ones: every role of a level sits above every role of the levels below.
  for (const a of layout.boxes) for (const b of layout.boxes) if (levelRank(a.level) > levelRank(b.level)) expect(a.y + a.height).toBeLessThan(b.y);
  // Every label is the whole title and fits its box.
  for (const b of layout.boxes) {
    expect(b.lines!.join(' ')).toBe(role.get(b.id)!.title.split(/\s+/).join(' '));
    expect(Math.max(...b.lines!.map((l) => l.length)) * LAYERED_SIZES.charWidth).toBeLessThanOrEqual(b.width);
  }
}

describe('layoutLayeredLadder', () => {
  test('draws any ladder readably: no overlap, straight segments, nothing through a role, promotions upward, levels in order, whole labels', async () => {
    await fc.assert(
      fc.asyncProperty(titledLadders, async (roles) => expectReadable(roles, await layoutLayeredLadder(roles))),
      settings,
    );
  });

  test('is deterministic whatever the order of the input', async () => {
    await fc.assert(
      fc.asyncProperty(titledLadders.chain((roles) => fc.tuple(fc.constant(roles), fc.shuffledSubarray(roles, { minLength: roles.length }))), async ([roles, shuffled]) => {
        expect(await layoutLayeredLadder(shuffled)).toEqual(await layoutLayeredLadder(roles));
      }),
      { numRuns: 20 },
    );
  });

  test('keeps working for a ladder of 300 roles', async () => {
    const roles: TitledRole[] = Array.from({ length: 300 }, (_, i) => ({
      id: `role-${i}`,
      title: `Customer Service Role ${i}`,
      level: LEVELS[Math.floor(i / 75)]!,
      track: 'frontline',
      // Up one or two levels, and a few steps within a level.
      promotesTo: [i + 75, i + 150, i % 10 === 0 ? i + 1 : -1].filter((j) => j > i && j < 300).map((j) => `role-${j}`),
      lateralMoves: [`role-${(i + 37) % 300}`],
    }));
    expectReadable(roles, await layoutLayeredLadder(roles));
  }, 120_000);

  test('puts two roles that promote to the same role side by side, not one above the other', async () => {
    const layout = await layoutLayeredLadder([
      { id: 'cx', title: 'CX Strategist', level: 'executive', track: 'customer-success-cx', promotesTo: ['vp', 'director'], lateralMoves: [] },
      { id: 'vp', title: 'VP of Customer Experience', level: 'executive', track: 'customer-success-cx', promotesTo: ['cco'], lateralMoves: [] },
      { id: 'director', title: 'Director of Customer Experience', level: 'executive', track: 'customer-success-cx', promotesTo: ['cco'], lateralMoves: [] },
      { id: 'cco', title: 'Chief Customer Officer', level: 'executive', track: 'people-leadership', promotesTo: [], lateralMoves: [] },
    ]);
    const y = Object.fromEntries(layout.boxes.map((b) => [b.id, b.y]));
    expect(y.vp).toBe(y.director);
    expect(y.cco).toBeLessThan(y.vp!);
    expect(y.vp).toBeLessThan(y.cx!);
    expect(drawingFigures({ connectors: layout.connectors, labels: [] })).toMatchObject({ crossings: 0, sideBySide: [], sharedArrowheads: [] });
  });

  test('refuses a promotion down a level in the same words as the build', async () => {
    await expect(
      layoutLayeredLadder([
        { id: 'a', title: 'A', level: 'mid', track: 'frontline', promotesTo: ['b'], lateralMoves: [] },
        { id: 'b', title: 'B', level: 'entry', track: 'frontline', promotesTo: [], lateralMoves: [] },
      ]),
    ).rejects.toThrow('a: promotesTo[0] is b (level entry); expected a role at level mid or above; a move to a lower level belongs in lateralMoves.');
  });
});

describe('labelLines', () => {
  test('keeps the whole title, however long', () => {
    const title = 'Senior Customer Service Manager / Director of Customer Experience';
    expect(labelLines(title).join(' ')).toBe(title);
    expect(labelLines(title).length).toBeGreaterThan(3);
  });
});
