/**
 * The full ladder's layout: a layered drawing by the Eclipse Layout Kernel (elkjs) at build time.
 * Each level is a partition (entry at the bottom, executive on top), promotions are the edges, and
 * ELK orders the roles inside each layer to keep connectors from crossing and routes them
 * orthogonally with room between them. Lateral moves are no edges: drawn as edges they would lift
 * one role above another of the same level, which reads as a promotion the data does not have, so
 * the ladder shows them when a role is pointed at (src/scripts/ladder-island.ts) and in its list.
 * Pure and deterministic: the same ladder gives the same picture, whatever the input order.
 * Why ELK and not the grid of ladder-layout.ts: see "The ladder diagram" in the README.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { brokenPromotions, type LadderRole } from './ladder';
import { wrapLabel, type Box, type Connector, type LadderLayout } from './ladder-layout';
import { LEVELS, TRACKS, levelRank } from './model';

/** A role as the layered ladder draws it: placed by level, labelled with its title. */
export interface TitledRole extends LadderRole {
  title: string;
}

/** Sizes of the layered ladder, in SVG user units; the text is 12.5 px on 15 px lines. */
export const LAYERED_SIZES = { boxWidth: 168, lineHeight: 15, padY: 13, charsPerLine: 22, charWidth: 7.4, gapX: 28, gapY: 48, edgeGap: 12 } as const;

/** A role's label lines: the whole title, never cut, about `charsPerLine` characters a line. */
export function labelLines(title: string): string[] {
  return wrapLabel(title, LAYERED_SIZES.charsPerLine, Number.POSITIVE_INFINITY);
}

/**
 * The most roles the ladder page draws: ELK takes about 3 s for 300 and grows faster than the
 * ladder, and a bigger drawing is no map a reader can follow. Above it the page keeps its list and
 * path finder and says why there is no drawing.
 */
export const MAX_DRAWN_ROLES = 300;

const elk = new ELK();

/** Lays out the whole ladder with its promotions; unknown ids in promotions are ignored (the integrity check reports them). */
export async function layoutLayeredLadder(input: readonly TitledRole[]): Promise<LadderLayout> {
  const S = LAYERED_SIZES;
  const [broken] = brokenPromotions(input);
  if (broken) throw new Error(`${broken.from}: promotesTo[${broken.index}] is ${broken.value}; expected ${broken.rule}.`);
  // One order for any input: level, then track in the ladder's column order, then id. ELK keeps it where crossings allow.
  const roles = [...input].sort((a, b) => levelRank(a.level) - levelRank(b.level) || TRACKS.indexOf(a.track) - TRACKS.indexOf(b.track) || a.id.localeCompare(b.id));
  const known = new Set(roles.map((r) => r.id));
  const lines = new Map(roles.map((r) => [r.id, labelLines(r.title)]));
  const promotions = roles.flatMap((r) => [...new Set(r.promotesTo)].filter((to) => known.has(to) && to !== r.id).map((to) => ({ from: r.id, to })));
  // Roles no promotion leads to or from are reached by side moves: they stand apart, right of their level.
  const linked = new Set(promotions.flatMap((p) => [p.from, p.to]));
  const size = (r: TitledRole) => {
    const label = lines.get(r.id)!;
    return { width: Math.max(S.boxWidth, Math.ceil(Math.max(...label.map((l) => l.length)) * S.charWidth) + 2 * S.padY), height: label.length * S.lineHeight + 2 * S.padY };
  };
  const graph: ElkNode = {
    id: 'ladder',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'UP',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.partitioning.activate': 'true',
      'elk.separateConnectedComponents': 'false',
      'elk.layered.layering.strategy': 'LONGEST_PATH_SOURCE',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.layered.thoroughness': '7',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.randomSeed': '1',
      'elk.padding': '[top=0,left=0,bottom=0,right=0]',
      'elk.spacing.nodeNode': String(S.gapX),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(S.gapY),
      'elk.spacing.edgeEdge': String(S.edgeGap),
      'elk.layered.spacing.edgeEdgeBetweenLayers': String(S.edgeGap),
      'elk.spacing.edgeNode': String(S.edgeGap + 2),
      'elk.layered.spacing.edgeNodeBetweenLayers': String(S.edgeGap + 2),
    },
    children: roles
      .filter((r) => linked.has(r.id))
      .map((r) => ({ id: r.id, ...size(r), layoutOptions: { 'elk.partitioning.partition': String(levelRank(r.level)) } })),
    edges: promotions.map((p) => ({ id: `${p.from}>${p.to}`, sources: [p.from], targets: [p.to] })),
  };
  const drawn = await elk.layout(graph);
  const M = S.gapX / 2;
  const byId = new Map(roles.map((r) => [r.id, r]));
  const boxes: Box[] = (drawn.children ?? []).map((n) => {
    const r = byId.get(n.id)!;
    return { id: n.id, level: r.level, track: r.track, x: n.x! + M, y: n.y! + M, width: n.width!, height: n.height!, lines: lines.get(n.id)! };
  });
  const connectors: Connector[] = (drawn.edges ?? []).map((e) => {
    const section = e.sections![0]!;
    const [from, to] = e.id.split('>') as [string, string];
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p): [number, number] => [p.x + M, p.y + M]);
    return { from, to, kind: 'promotion', points };
  });
  apartByLevel(boxes, connectors, roles.filter((r) => !linked.has(r.id)).map((r) => ({ id: r.id, level: r.level, track: r.track, x: 0, y: 0, ...size(r), lines: lines.get(r.id)! })), drawn.width! + 2 * M);
  const width = Math.max(0, ...boxes.map((b) => b.x + b.width)) + M;
  const height = Math.max(0, ...boxes.map((b) => b.y + b.height)) + M;
  return { width, height, boxes, connectors, levels: levelBands(boxes, height), tracks: [] };
}

/**
 * Places the roles apart (no promotion line) right of the drawing, two to a row inside their own
 * level's band, and makes a band taller, moving everything below it down, when they need more room.
 */
function apartByLevel(boxes: Box[], connectors: Connector[], apart: Box[], left: number): void {
  const S = LAYERED_SIZES;
  const columns = 2;
  let top = S.gapX / 2;
  for (const level of [...LEVELS].reverse()) {
    const own = apart.filter((b) => b.level === level);
    const placed = boxes.filter((b) => b.level === level);
    if (own.length === 0) {
      if (placed.length > 0) top = Math.max(...placed.map((b) => b.y + b.height)) + S.gapY;
      continue;
    }
    const rowHeight = Math.max(...own.map((b) => b.height));
    const rows = Math.ceil(own.length / columns);
    const needed = rows * rowHeight + (rows - 1) * S.gapX;
    // A level with roles in the drawing keeps its band and grows it; one without gets a band of its own.
    const bandTop = placed.length > 0 ? Math.min(...placed.map((b) => b.y)) : top;
    const below = placed.length > 0 ? Math.max(...placed.map((b) => b.y + b.height)) : top - S.gapY;
    const extra = needed - (below - bandTop);
    if (extra > 0) {
      // Everything below this level moves down; connectors stretch across the gap, still straight.
      for (const b of boxes) if (b.y > below) b.y += extra;
      for (const c of connectors) for (const p of c.points) if (p[1] > below) p[1] += extra;
    }
    const columnWidth = Math.max(...own.map((b) => b.width));
    own.forEach((b, i) => {
      b.width = columnWidth;
      b.x = left + S.gapX + (i % columns) * (columnWidth + S.gapX);
      b.y = bandTop + Math.floor(i / columns) * (rowHeight + S.gapX) + (rowHeight - b.height) / 2;
      boxes.push(b);
    });
    top = Math.max(below + Math.max(0, extra), ...own.map((b) => b.y + b.height)) + S.gapY;
  }
}

/** Each level's band, from its highest to its lowest role, meeting the next band halfway across the gap. */
function levelBands(boxes: readonly Box[], height: number): LadderLayout['levels'] {
  const spans = [...LEVELS]
    .reverse()
    .flatMap((level) => {
      const own = boxes.filter((b) => b.level === level);
      return own.length > 0 ? [{ level, top: Math.min(...own.map((b) => b.y)), bottom: Math.max(...own.map((b) => b.y + b.height)) }] : [];
    });
  return spans.map((s, i) => {
    const top = i === 0 ? 0 : (spans[i - 1]!.bottom + s.top) / 2;
    const bottom = i === spans.length - 1 ? height : (s.bottom + spans[i + 1]!.top) / 2;
    return { level: s.level, y: top, height: bottom - top };
  });
}
