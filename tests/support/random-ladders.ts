/** Random ladders for the layout property tests: any levels and tracks, promotions that never go down or loop. */
import fc from 'fast-check';
import type { LadderRole } from '../../src/lib/ladder';
import type { Box } from '../../src/lib/ladder-layout';
import { LEVELS, TRACKS, levelRank } from '../../src/lib/model';

/** Random ladders of up to 300 roles whose promotions never go down or loop. */
export const ladders = fc
  .array(fc.record({ level: fc.constantFrom(...LEVELS), track: fc.constantFrom(...TRACKS) }), { minLength: 1, maxLength: 300 })
  .chain((shapes) =>
    fc
      .tuple(
        ...shapes.map(() =>
          fc.record({
            promotions: fc.array(fc.nat(shapes.length - 1), { maxLength: 3 }),
            laterals: fc.array(fc.nat(shapes.length - 1), { maxLength: 2 }),
          }),
        ),
      )
      .map((links) =>
        shapes.map((shape, i): LadderRole => ({
          id: `role-${i}`,
          ...shape,
          // Promote only upward, or sideways within a level to a later role: never down, never in a loop.
          promotesTo: [...new Set(links[i]!.promotions)]
            .filter((j) => levelRank(shapes[j]!.level) > levelRank(shape.level) || (shapes[j]!.level === shape.level && j > i))
            .map((j) => `role-${j}`),
          lateralMoves: [...new Set(links[i]!.laterals)].filter((j) => j !== i).map((j) => `role-${j}`),
        })),
      ),
  );


/** The same ladders with a title per role, from one word to a long job-board title. */
export const titledLadders = ladders.chain((roles) =>
  fc
    .tuple(...roles.map(() => fc.array(fc.constantFrom('Senior', 'Customer', 'Service', 'Experience', 'Manager', 'Representative', 'Director', 'of', '/', 'CX', 'Operations', 'Quality'), { minLength: 1, maxLength: 9 })))
    .map((words) => roles.map((r, i) => ({ ...r, title: words[i]!.join(' ') }))),
);

/** Whether two boxes overlap. */
export const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether an axis-aligned segment passes through the inside of a box (touching its edge is allowed). */
export function crossesInside(p: [number, number], q: [number, number], box: Box): boolean {
  const [minX, maxX] = [Math.min(p[0], q[0]), Math.max(p[0], q[0])];
  const [minY, maxY] = [Math.min(p[1], q[1]), Math.max(p[1], q[1])];
  return minX < box.x + box.width && maxX > box.x && minY < box.y + box.height && maxY > box.y;
}

