/**
 * A content problem as an author reads it: which file, which field, what it holds, what is
 * expected and an example of the fix. Every check of the build speaks this one shape.
 */

/** One thing wrong with the content, phrased so an author can fix it without reading code. */
export interface Problem {
  file: string;
  field: string;
  value: string;
  expected: string;
  /** A line that would be right, e.g. `level: entry`. */
  fix?: string | undefined;
}

/** A value as a problem shows it: short, on one line, with its type visible ("3" vs 3). */
export function shown(value: unknown): string {
  if (value === undefined) return '(missing)';
  const text = typeof value === 'string' ? JSON.stringify(value) : value instanceof Date ? value.toISOString() : JSON.stringify(value);
  const line = (text ?? String(value)).replace(/\s+/g, ' ');
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}

/** All problems as one message, a block per problem, ready to print. */
export function formatProblems(problems: readonly Problem[]): string {
  const blocks = problems.map((p) =>
    [
      `  ${p.file}`,
      `    field:    ${p.field}`,
      `    value:    ${p.value}`,
      `    expected: ${p.expected}`,
      ...(p.fix ? [`    fix:      ${p.fix}`] : []),
    ].join('\n'),
  );
  return `Jenjang content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n\n${blocks.join('\n\n')}\n`;
}
