/**
 * The ladder as a graph of roles: who can reach whom by promotions and lateral moves.
 * Used by the content tests (every role reachable, no dead ends) and later by the ladder diagram.
 */
import { levelRank, type Level, type Track } from './model';

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
  const position = positions(roles);
  const self = position.get(id)?.role;
  for (const to of [...(self?.promotesTo ?? []), ...(self?.lateralMoves ?? [])]) near.add(to);
  const into = movesInto(roles, id);
  for (const from of [...into.promotions, ...into.lateral]) near.add(from);
  return [...near]
    .flatMap((nid) => position.get(nid) ?? [])
    .sort((a, b) => a.at - b.at)
    .map(({ role: r }) => ({
      id: r.id,
      level: r.level,
      track: r.track,
      promotesTo: r.id === id ? r.promotesTo.filter((x) => near.has(x)) : r.promotesTo.filter((x) => x === id),
      lateralMoves: r.id === id ? r.lateralMoves.filter((x) => near.has(x)) : r.lateralMoves.filter((x) => x === id),
    }));
}

const positionIndex = new WeakMap<readonly LadderRole[], Map<string, { role: LadderRole; at: number }>>();
/** Each role by id with its place in the list, made once per list of roles. */
function positions(roles: readonly LadderRole[]): Map<string, { role: LadderRole; at: number }> {
  let index = positionIndex.get(roles);
  if (!index) positionIndex.set(roles, (index = new Map(roles.map((role, at) => [role.id, { role, at }]))));
  return index;
}

/** Who moves into a role: the reverse of every role's promotions and lateral moves. */
export interface MovesInto {
  promotions: string[];
  lateral: string[];
}

/** The least `movesInto` needs of a role. */
type Mover = Pick<LadderRole, 'id' | 'promotesTo' | 'lateralMoves'>;

const movesIndex = new WeakMap<readonly Mover[], Map<string, MovesInto>>();
/**
 * The roles that promote or move sideways into `id`, in the roles' order. Computed once per list of
 * roles (a build has one), so a page that asks costs a lookup, not a pass over every role.
 */
export function movesInto(roles: readonly Mover[], id: string): MovesInto {
  let index = movesIndex.get(roles);
  if (!index) {
    index = new Map(roles.map((r) => [r.id, { promotions: [], lateral: [] }]));
    for (const r of roles) {
      for (const to of r.promotesTo) index.get(to)?.promotions.push(r.id);
      for (const to of r.lateralMoves) index.get(to)?.lateral.push(r.id);
    }
    movesIndex.set(roles, index);
  }
  return index.get(id) ?? { promotions: [], lateral: [] };
}

/** A promotion the ladder cannot hold: one to the role itself, one down a level, or a loop. */
export interface BrokenPromotion {
  /** The role whose `promotesTo` holds it, and the item's position there. */
  from: string;
  index: number;
  /** What the item says, as a reader of the file would recognise it. */
  value: string;
  /** The rule, in the words the build and the diagram both use. */
  rule: string;
}

/** Promotions must go to another role, never down a level, and never lead back round: the one home of these rules. */
export function brokenPromotions(roles: readonly LadderRole[]): BrokenPromotion[] {
  const byId = new Map(roles.map((r) => [r.id, r]));
  const broken: BrokenPromotion[] = [];
  for (const role of roles) {
    role.promotesTo.forEach((to, index) => {
      const target = byId.get(to);
      if (to === role.id) broken.push({ from: role.id, index, value: to, rule: 'another role (a role cannot promote to itself)' });
      else if (target && levelRank(target.level) < levelRank(role.level)) {
        broken.push({
          from: role.id,
          index,
          value: `${to} (level ${target.level})`,
          rule: `a role at level ${role.level} or above; a move to a lower level belongs in lateralMoves`,
        });
      }
    });
  }
  const cycle = promotionCycle(roles);
  if (cycle) {
    broken.push({
      from: cycle[0]!,
      index: byId.get(cycle[0]!)!.promotesTo.indexOf(cycle[1]!),
      value: cycle.join(' → '),
      rule: 'promotions that never lead back to a role already passed; make one of these moves a lateral move',
    });
  }
  return broken;
}

/** The first loop of promotions (a → b → a), or null: following promotions must never lead back. */
export function promotionCycle(roles: readonly LadderRole[]): string[] | null {
  const next = new Map(roles.map((r) => [r.id, r.promotesTo.filter((to) => to !== r.id)]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'visiting') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'visiting');
    stack.push(id);
    for (const to of next.get(id) ?? []) {
      const cycle = visit(to);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(id, 'done');
    return null;
  };
  for (const role of roles) {
    const cycle = visit(role.id);
    if (cycle) return cycle;
  }
  return null;
}
