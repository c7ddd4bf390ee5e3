/**
 * How readable a ladder drawing is, as figures a test can hold: connectors that cross, connector
 * segments running side by side, bends, arrowheads sharing a target's edge, and labels cut short.
 * Measured over any drawing (the layout's output or the SVG parsed back from the build). Pure.
 */

/** A connector as drawn: its polyline's points. */
export interface DrawnConnector {
  from: string;
  to: string;
  points: readonly (readonly [number, number])[];
}

/** What the figures read of a drawing. */
export interface Drawing {
  connectors: readonly DrawnConnector[];
  /** Each role's full title and the lines its label shows. */
  labels: readonly { id: string; title: string; lines: readonly string[] }[];
}

/** The figures of a drawing; the first three list their cases so a failing test can name them. */
export interface DrawingFigures {
  crossings: number;
  /** Pairs of segments of different connectors closer than `near` px, side by side for `along` px or more. */
  sideBySide: string[];
  /** Targets two arrowheads enter closer than `near` px apart. */
  sharedArrowheads: string[];
  /** Roles whose label is not their whole title. */
  cutLabels: string[];
  bends: number;
}

type Segment = { owner: string; a: readonly [number, number]; b: readonly [number, number] };

function segmentsOf(connectors: readonly DrawnConnector[]): Segment[] {
  return connectors.flatMap((c) => c.points.slice(1).map((b, i) => ({ owner: `${c.from}→${c.to}`, a: c.points[i]!, b })));
}

const horizontal = (s: Segment) => s.a[1] === s.b[1];
const span = (s: Segment, axis: 0 | 1): [number, number] => [Math.min(s.a[axis], s.b[axis]), Math.max(s.a[axis], s.b[axis])];

/** Measures a drawing: `near` is the least distance between parallel segments, `along` the run that counts as side by side. */
export function drawingFigures(drawing: Drawing, near = 8, along = 16): DrawingFigures {
  const segments = segmentsOf(drawing.connectors).filter((s) => s.a[0] !== s.b[0] || s.a[1] !== s.b[1]);
  let crossings = 0;
  const sideBySide: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const p = segments[i]!;
      const q = segments[j]!;
      if (p.owner === q.owner) continue;
      if (horizontal(p) !== horizontal(q)) {
        const [h, v] = horizontal(p) ? [p, q] : [q, p];
        const [x0, x1] = span(h, 0);
        const [y0, y1] = span(v, 1);
        if (v.a[0] > x0 && v.a[0] < x1 && h.a[1] > y0 && h.a[1] < y1) crossings++;
        continue;
      }
      // Parallel: the distance across, and how long they run together.
      const across = horizontal(p) ? 1 : 0;
      const axis = horizontal(p) ? 0 : 1;
      if (Math.abs(p.a[across] - q.a[across]) >= near) continue;
      const [p0, p1] = span(p, axis);
      const [q0, q1] = span(q, axis);
      if (Math.min(p1, q1) - Math.max(p0, q0) >= along) sideBySide.push(`${p.owner} and ${q.owner}`);
    }
  }
  const ends = new Map<string, (readonly [number, number])[]>();
  for (const c of drawing.connectors) ends.set(c.to, [...(ends.get(c.to) ?? []), c.points.at(-1)!]);
  const sharedArrowheads = [...ends]
    .filter(([, points]) => points.some((p, i) => points.some((q, j) => j > i && Math.hypot(p[0] - q[0], p[1] - q[1]) < near)))
    .map(([to]) => to);
  const cutLabels = drawing.labels.filter((l) => l.lines.join(' ').replace(/\s+/g, ' ').trim() !== l.title.replace(/\s+/g, ' ').trim()).map((l) => l.id);
  const bends = drawing.connectors.reduce((n, c) => n + Math.max(0, c.points.length - 2), 0);
  return { crossings, sideBySide, sharedArrowheads, cutLabels, bends };
}
