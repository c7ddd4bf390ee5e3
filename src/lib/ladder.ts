/**
 * The ladder as a graph of roles: who can reach whom by promotions and lateral moves.
 * Used by the content tests (every role reachable, no dead ends) and later by the ladder diagram.
 */
import type { Level, Track } from './model';

/** The least a role needs to be placed on the ladder. */
export interface LadderRole {
  id: string;
  level: Level;
  track: Track;
  promotesTo: readonly string[];
  lateralMoves: readonly string[];
}

/** A role where a path may end: the executive top, or a move out of customer service. */
export function isTerminal(role: LadderRole): boolean {
  return role.level === 'executive' || role.track === 'beyond-cs';
}

/** Ids of the roles that cannot be reached from any entry-level role by promotions and lateral moves. */
export function unreachableFromEntry(roles: readonly LadderRole[]): string[] {
  const byId = new Map(roles.map((r) => [r.id, r]));
  const seen = new Set(roles.filter((r) => r.level === 'entry').map((r) => r.id));
  const queue = [...seen];
  while (queue.length > 0) {
    const role = byId.get(queue.shift()!);
    for (const next of [...(role?.promotesTo ?? []), ...(role?.lateralMoves ?? [])]) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return roles.filter((r) => !seen.has(r.id)).map((r) => r.id);
}

/** Ids of the roles below the top that lead nowhere: a reader would have no next step. */
export function deadEnds(roles: readonly LadderRole[]): string[] {
  return roles.filter((r) => !isTerminal(r) && r.promotesTo.length === 0 && r.lateralMoves.length === 0).map((r) => r.id);
}

/**
 * A role with the roles one move away (those that lead to it and those it leads to), keeping only
 * the moves that touch it: the small ladder a role page draws.
 */
export function neighbourhood<R extends LadderRole>(roles: readonly R[], id: string): LadderRole[] {
  const near = new Set([id]);
  const self = roles.find((r) => r.id === id);
  for (const to of [...(self?.promotesTo ?? []), ...(self?.lateralMoves ?? [])]) near.add(to);
  for (const r of roles) if (r.promotesTo.includes(id) || r.lateralMoves.includes(id)) near.add(r.id);
  return roles
    .filter((r) => near.has(r.id))
    .map((r) => ({
      id: r.id,
      level: r.level,
      track: r.track,
      promotesTo: r.id === id ? r.promotesTo.filter((x) => near.has(x)) : r.promotesTo.filter((x) => x === id),
      lateralMoves: r.id === id ? r.lateralMoves.filter((x) => near.has(x)) : r.lateralMoves.filter((x) => x === id),
    }));
}
