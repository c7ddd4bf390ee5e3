/**
 * Path finding on the ladder: the fewest moves from a current role to a target role, and what each
 * move asks that the current role does not already have. Shared by the ladder island and the tests.
 */

import { movesInto } from './ladder';

/** What path finding needs to know of a role. */
export interface PathRole {
  id: string;
  promotesTo: readonly string[];
  lateralMoves: readonly string[];
  skills: readonly string[];
}

/** One move of a path, with what it asks that the starting role lacks. */
export interface PathStep {
  from: string;
  to: string;
  kind: 'promotion' | 'lateral';
  /** Skills the step's role needs that the starting role does not list. */
  skillGap: string[];
}

/** The shortest sequence of moves from `from` to `to` (promotions preferred on ties), or null if none leads there. */
export function careerPath(roles: readonly PathRole[], from: string, to: string): PathStep[] | null {
  const byId = new Map(roles.map((r) => [r.id, r]));
  const start = byId.get(from);
  if (!start || !byId.has(to)) return null;
  if (from === to) return [];
  const cameFrom = new Map<string, { prev: string; kind: PathStep['kind'] }>();
  const queue = [from];
  const seen = new Set([from]);
  while (queue.length > 0) {
    const id = queue.shift()!;
    const role = byId.get(id)!;
    const moves = [
      ...[...role.promotesTo].sort().map((next) => ({ next, kind: 'promotion' as const })),
      ...[...role.lateralMoves].sort().map((next) => ({ next, kind: 'lateral' as const })),
    ];
    for (const { next, kind } of moves) {
      if (seen.has(next) || !byId.has(next)) continue;
      seen.add(next);
      cameFrom.set(next, { prev: id, kind });
      if (next === to) return unwind(cameFrom, byId, start, to);
      queue.push(next);
    }
  }
  return null;
}

function unwind(
  cameFrom: Map<string, { prev: string; kind: PathStep['kind'] }>,
  byId: Map<string, PathRole>,
  start: PathRole,
  to: string,
): PathStep[] {
  const have = new Set(start.skills);
  const steps: PathStep[] = [];
  for (let id = to; id !== start.id; ) {
    const { prev, kind } = cameFrom.get(id)!;
    steps.unshift({ from: prev, to: id, kind, skillGap: byId.get(id)!.skills.filter((s) => !have.has(s)) });
    id = prev;
  }
  return steps;
}

/** Roles reachable upward (promotions) and downward (who promotes into them) from a role, for highlighting. */
export function promotionLine(roles: readonly PathRole[], id: string): Set<string> {
  const line = new Set([id]);
  const walk = (start: string, next: (r: string) => string[]) => {
    const stack = [start];
    while (stack.length > 0) {
      for (const n of next(stack.pop()!)) {
        if (!line.has(n)) {
          line.add(n);
          stack.push(n);
        }
      }
    }
  };
  const byId = new Map(roles.map((r) => [r.id, r]));
  walk(id, (r) => [...(byId.get(r)?.promotesTo ?? [])]);
  walk(id, (r) => movesInto(roles, r).promotions);
  return line;
}
