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

/** One move of a path, with what it asks that the roles before it on the path did not. */
export interface PathStep {
  from: string;
  to: string;
  kind: 'promotion' | 'lateral';
  /** Skills the step's role needs that neither the starting role nor an earlier step's role lists: each is asked once. */
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
  const moves: { from: string; to: string; kind: PathStep['kind'] }[] = [];
  for (let id = to; id !== start.id; ) {
    const { prev, kind } = cameFrom.get(id)!;
    moves.unshift({ from: prev, to: id, kind });
    id = prev;
  }
  return withGaps(moves, byId, start);
}

/** The moves with their skill gaps, cumulative: what one step brings is not asked again at the next. */
function withGaps(moves: { from: string; to: string; kind: PathStep['kind'] }[], byId: Map<string, PathRole>, start: PathRole): PathStep[] {
  const have = new Set(start.skills);
  return moves.map((move) => {
    const skillGap = byId.get(move.to)!.skills.filter((s) => !have.has(s));
    for (const s of skillGap) have.add(s);
    return { ...move, skillGap };
  });
}

/** A role a few moves from the current one: how many, through which role, and what it adds. */
export interface NextRole {
  id: string;
  /** 1 or 2 moves away. */
  moves: number;
  /** The moves, the first from the current role; each gap counts only what the steps before it lack. */
  steps: PathStep[];
}

/**
 * "What can I become next?": every role one move from `from`, then every role two moves away that is
 * not one move away, each by its shortest way (promotions first on ties, then ids), in that order.
 */
export function nextRoles(roles: readonly PathRole[], from: string): NextRole[] {
  const byId = new Map(roles.map((r) => [r.id, r]));
  const start = byId.get(from);
  if (!start) return [];
  const movesFrom = (role: PathRole) => [
    ...[...role.promotesTo].sort().map((to) => ({ from: role.id, to, kind: 'promotion' as const })),
    ...[...role.lateralMoves].sort().map((to) => ({ from: role.id, to, kind: 'lateral' as const })),
  ].filter((m) => byId.has(m.to) && m.to !== from);
  const first = movesFrom(start);
  const near = new Set(first.map((m) => m.to));
  const out: NextRole[] = [];
  const seen = new Set([from]);
  for (const m of first) {
    if (seen.has(m.to)) continue;
    seen.add(m.to);
    out.push({ id: m.to, moves: 1, steps: withGaps([m], byId, start) });
  }
  for (const m of first) {
    for (const second of movesFrom(byId.get(m.to)!)) {
      if (seen.has(second.to) || near.has(second.to)) continue;
      seen.add(second.to);
      out.push({ id: second.to, moves: 2, steps: withGaps([m, second], byId, start) });
    }
  }
  return out;
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
