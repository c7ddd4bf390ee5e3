/**
 * Places the roles of a ladder on a grid and routes the connectors between them, for the SVG
 * diagram. Levels are rows (executive on top), tracks are columns; roles that share a cell stack
 * vertically. Connectors run only through the gaps between boxes, so none crosses a role.
 * Pure and deterministic: the same ladder always gives the same picture, whatever the input order.
 */
import { brokenPromotions, type LadderRole } from './ladder';
import { LEVELS, TRACKS, type Level, type Track } from './model';

/** Box and gap sizes, in SVG user units. */
export interface LayoutOptions {
  boxWidth: number;
  boxHeight: number;
  gapX: number;
  gapY: number;
}

/** Sizes used by the site; the ladder page and the role pages share them. */
export const DEFAULT_LAYOUT: LayoutOptions = { boxWidth: 152, boxHeight: 60, gapX: 32, gapY: 40 };

/** Where a role is drawn. */
export interface Box {
  id: string;
  level: Level;
  track: Track;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Its label's lines, when the layout sized the box to fit them (the layered ladder). */
  lines?: string[];
}

/** A promotion or lateral move, drawn as an orthogonal polyline. */
export interface Connector {
  from: string;
  to: string;
  kind: 'promotion' | 'lateral';
  /** Corner points of an orthogonal polyline from the source's edge to the target's edge. */
  points: [number, number][];
}

/** Everything the SVG needs: size, boxes, connectors and label positions. */
export interface LadderLayout {
  width: number;
  height: number;
  boxes: Box[];
  connectors: Connector[];
  /** Where each level's band of rows starts and ends, for row labels. */
  levels: { level: Level; y: number; height: number }[];
  /** Where each track's column starts, for column labels. */
  tracks: { track: Track; x: number; width: number }[];
}

/** Steps of same-level promotions still above a role: 0 when none of its promotions stays on its level. */
function stepsWithinLevel(roles: Map<string, LadderRole>): Map<string, number> {
  const memo = new Map<string, number>();
  const visiting: string[] = [];
  const visit = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    // checkPromotions() has refused every loop before this runs.
    if (visiting.includes(id)) return 0;
    visiting.push(id);
    const role = roles.get(id)!;
    let steps = 0;
    for (const to of role.promotesTo) {
      const target = roles.get(to);
      if (target && target.level === role.level) steps = Math.max(steps, 1 + visit(to));
    }
    visiting.pop();
    memo.set(id, steps);
    return steps;
  };
  for (const id of [...roles.keys()].sort()) visit(id);
  return memo;
}

/** Throws when a promotion breaks the ladder's rules (src/lib/ladder.ts); the diagram relies on none doing so. */
function checkPromotions(roles: Map<string, LadderRole>): void {
  const [first] = brokenPromotions([...roles.values()]);
  if (first) throw new Error(`${first.from}: promotesTo[${first.index}] is ${first.value}; expected ${first.rule}.`);
}

/** Lays out a ladder. Unknown ids in promotions or lateral moves are ignored (the integrity check reports them). */
export function layoutLadder(input: readonly LadderRole[], options: LayoutOptions = DEFAULT_LAYOUT): LadderLayout {
  const { boxWidth: W, boxHeight: H, gapX, gapY } = options;
  const roles = new Map([...input].sort((a, b) => a.id.localeCompare(b.id)).map((r) => [r.id, r]));
  checkPromotions(roles);
  const steps = stepsWithinLevel(roles);

  const tracks = TRACKS.filter((t) => [...roles.values()].some((r) => r.track === t));
  const levels = [...LEVELS].reverse().filter((l) => [...roles.values()].some((r) => r.level === l));
  const column = new Map(tracks.map((t, i) => [t, i]));

  // Rows: each level is a band; inside it, roles with fewer same-level steps above them sit higher.
  const slot = new Map<string, { col: number; row: number }>();
  const levelBands: { level: Level; firstRow: number; rows: number }[] = [];
  let row = 0;
  for (const level of levels) {
    const firstRow = row;
    const inLevel = [...roles.values()].filter((r) => r.level === level);
    const maxSteps = Math.max(...inLevel.map((r) => steps.get(r.id)!));
    for (let s = 0; s <= maxSteps; s++) {
      let bandRows = 0;
      for (const track of tracks) {
        const cell = inLevel.filter((r) => r.track === track && steps.get(r.id) === s);
        cell.forEach((r, i) => slot.set(r.id, { col: column.get(track)!, row: row + i }));
        bandRows = Math.max(bandRows, cell.length);
      }
      row += bandRows;
    }
    levelBands.push({ level, firstRow, rows: row - firstRow });
  }

  const xOf = (col: number) => gapX + col * (W + gapX);
  const yOf = (r: number) => gapY + r * (H + gapY);
  const boxes: Box[] = [...roles.values()].map((r) => {
    const s = slot.get(r.id)!;
    return { id: r.id, level: r.level, track: r.track, x: xOf(s.col), y: yOf(s.row), width: W, height: H };
  });
  const boxOf = new Map(boxes.map((b) => [b.id, b]));

  const edges = [...roles.values()].flatMap((r) => [
    ...r.promotesTo.filter((to) => roles.has(to) && to !== r.id).map((to) => ({ from: r.id, to, kind: 'promotion' as const })),
    ...r.lateralMoves.filter((to) => roles.has(to) && to !== r.id).map((to) => ({ from: r.id, to, kind: 'lateral' as const })),
  ]);

  // Spread the ends of several connectors along a box side so arrows do not land on one point.
  const ends = new Map<string, string[]>();
  const endKey = (id: string, side: 'top' | 'bottom') => `${id}:${side}`;
  const sides = edges.map((e) => {
    const a = boxOf.get(e.from)!;
    const b = boxOf.get(e.to)!;
    const exit: 'top' | 'bottom' = b.y <= a.y ? 'top' : 'bottom';
    const enter: 'top' | 'bottom' = b.y < a.y ? 'bottom' : 'top';
    for (const [id, side] of [[e.from, exit], [e.to, enter]] as const) {
      const list = ends.get(endKey(id, side)) ?? [];
      list.push(`${e.from}>${e.to}`);
      ends.set(endKey(id, side), list);
    }
    return { exit, enter };
  });
  const endX = (box: Box, side: 'top' | 'bottom', edgeKey: string) => {
    const list = ends.get(endKey(box.id, side))!;
    const spacing = Math.min(12, (box.width - 16) / Math.max(1, list.length));
    return box.x + box.width / 2 + (list.indexOf(edgeKey) - (list.length - 1) / 2) * spacing;
  };
  // Lanes keep parallel connectors in one gap apart; they stay well inside the gap.
  const lane = (n: number, gap: number) => ((n % 5) - 2) * Math.min(4, (gap / 2 - 2) / 2);

  const connectors: Connector[] = edges.map((e, i) => {
    const a = boxOf.get(e.from)!;
    const b = boxOf.get(e.to)!;
    const key = `${e.from}>${e.to}`;
    const { exit, enter } = sides[i]!;
    const x0 = endX(a, exit, key);
    const x1 = endX(b, enter, key);
    const y0 = exit === 'top' ? a.y : a.y + a.height;
    const y1 = enter === 'top' ? b.y : b.y + b.height;
    const gapAfterSource = (exit === 'top' ? a.y - gapY / 2 : a.y + a.height + gapY / 2) + lane(i, gapY);
    const gapBeforeTarget = (enter === 'top' ? b.y - gapY / 2 : b.y + b.height + gapY / 2) + lane(i + 2, gapY);
    const points: [number, number][] = [[x0, y0], [x0, gapAfterSource]];
    if (Math.abs(gapAfterSource - gapBeforeTarget) > gapY / 2) {
      // Not the same gap: travel along the vertical gap to the left of the target's column.
      const xv = b.x - gapX / 2 + lane(i + 1, gapX);
      points.push([xv, gapAfterSource], [xv, gapBeforeTarget]);
    } else {
      points[1] = [x0, gapBeforeTarget];
    }
    points.push([x1, gapBeforeTarget], [x1, y1]);
    return { ...e, points: simplify(points) };
  });

  const rowsTotal = row;
  return {
    width: gapX + tracks.length * (W + gapX),
    height: gapY + rowsTotal * (H + gapY),
    boxes,
    connectors,
    levels: levelBands.map((b) => ({ level: b.level, y: yOf(b.firstRow) - gapY / 2, height: b.rows * (H + gapY) })),
    tracks: tracks.map((t) => ({ track: t, x: xOf(column.get(t)!) - gapX / 2, width: W + gapX })),
  };
}

/** Drops repeated points and points in the middle of a straight run. */
function simplify(points: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of points) {
    const last = out.at(-1);
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    const before = out.at(-2);
    if (before && last && ((before[0] === last[0] && last[0] === p[0]) || (before[1] === last[1] && last[1] === p[1]))) out.pop();
    out.push(p);
  }
  return out;
}

/** Splits a title into at most `maxLines` lines of about `maxChars` characters, for SVG text. */
export function wrapLabel(text: string, maxChars: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current && `${current} ${word}`.length > maxChars) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s/]+$/, '')}…`;
  return kept;
}
