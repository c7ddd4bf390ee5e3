/**
 * The content reference (docs/content.md), written from the schemas so it cannot drift from them:
 * every field of every kind of entry with its type, whether it is required, its allowed values,
 * its default and an example. `npm run docs` writes it; a test fails when it is out of date.
 */

/** The part of a JSON Schema (as Zod's toJSONSchema writes it) this module reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
}

/** One row of the reference: a field, possibly nested (`skills[].skill`). */
export interface FieldRow {
  field: string;
  type: string;
  required: boolean;
  allowed: string;
  fallback: string;
  example: string;
}

const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

function typeOf(s: JsonSchema): string {
  const options = s.anyOf ?? s.oneOf;
  if (options) return options.map(typeOf).join(' or ');
  if (s.enum) return 'one of the values';
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'values'}`;
  if (s.type === 'object' && s.additionalProperties && typeof s.additionalProperties === 'object') return `map to ${typeOf(s.additionalProperties)}`;
  if (s.type === 'object') return 'fields';
  if (s.type === 'integer') return 'whole number';
  if (s.pattern === ID_PATTERN) return 'entry id';
  if (s.format === 'uri') return 'URL';
  return Array.isArray(s.type) ? s.type.join(' or ') : (s.type ?? 'any');
}

function limits(s: JsonSchema): string[] {
  const out: string[] = [];
  if (s.minLength !== undefined && s.minLength > 1) out.push(`at least ${s.minLength} characters`);
  if (s.maxLength !== undefined) out.push(`at most ${s.maxLength} characters`);
  if (s.minItems !== undefined && s.minItems > 0) out.push(`at least ${s.minItems} item${s.minItems === 1 ? '' : 's'}`);
  if (s.maxItems !== undefined) out.push(`at most ${s.maxItems} items`);
  if (s.minimum !== undefined) out.push(`≥ ${s.minimum}`);
  return out;
}

// An example id per field, so the reference reads like content ("sources: [jobstreet]").
const EXAMPLE_IDS: [RegExp, string][] = [
  [/source|levelFrom/i, 'jobstreet'],
  [/skill/i, 'communication'],
  [/certification/i, 'ccxp'],
  [/metric/i, 'csat'],
  [/tool/i, 'crm'],
];

function exampleOf(s: JsonSchema, field = ''): string {
  if (field === 'date') return '2022-06-30 (or null)';
  const options = s.anyOf ?? s.oneOf;
  if (options) return exampleOf(options[0]!, field);
  if (s.enum) return String(s.enum[0]);
  if (s.type === 'array') return s.items && !s.items.properties ? `[${exampleOf(s.items, field)}]` : '(see below)';
  if (s.type === 'object') return '(see below)';
  if (s.type === 'integer' || s.type === 'number') return '3';
  if (s.type === 'boolean') return 'true';
  if (s.type === 'null') return 'null';
  if (s.pattern === ID_PATTERN) return EXAMPLE_IDS.find(([re]) => re.test(field))?.[1] ?? 'team-leader';
  if (s.format === 'uri') return 'https://example.org/page';
  return '…';
}

/** The rows of one schema, nested objects and list items flattened into dotted paths. */
export function fieldRows(schema: JsonSchema, prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, s] of Object.entries(schema.properties ?? {})) {
    const field = `${prefix}${name}`;
    const allowed = [...(s.enum ? [s.enum.map(String).join(', ')] : []), ...limits(s), ...(s.items ? limits(s.items) : [])].join('; ');
    rows.push({
      field,
      type: typeOf(s),
      required: required.has(name) && s.default === undefined,
      allowed: allowed || '–',
      fallback: s.default !== undefined ? JSON.stringify(s.default) : '–',
      example: exampleOf(s, name),
    });
    if (s.type === 'object' && s.properties) rows.push(...fieldRows(s, `${field}.`));
    if (s.type === 'array' && s.items?.properties) rows.push(...fieldRows(s.items, `${field}[].`));
  }
  return rows;
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The whole reference as Markdown, one section per kind: its YAML facts and, where it has them, its words. */
export function contentReference(kinds: { kind: string; folder: string; facts: JsonSchema; words?: JsonSchema }[]): string {
  const table = (rows: FieldRow[]) =>
    [
      '| field | type | required | allowed | default | example |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows.map((r) => `| \`${r.field}\` | ${cell(r.type)} | ${r.required ? 'yes' : 'no'} | ${cell(r.allowed)} | ${cell(r.fallback)} | ${cell(r.example)} |`),
    ].join('\n');
  const sections = kinds.map(({ kind, folder, facts, words }) =>
    [
      `## ${kind}`,
      '',
      `Facts: \`src/content/${folder}/<id>.yaml\` (the file name is the id and the URL).`,
      '',
      table(fieldRows(facts)),
      ...(words
        ? ['', `Words: \`src/content/texts/${folder}/<id|en>/<id>.mdx\`, this frontmatter and a Markdown body, one file per language.`, '', table(fieldRows(words))]
        : []),
    ].join('\n'),
  );
  return [
    '# Content reference',
    '',
    '<!-- Written by `npm run docs` from src/schemas/; tests/unit/content-reference.test.ts fails when it is out of date. -->',
    '',
    'Every field of every kind of entry, as the build checks it. "Required: no" with a default means the field may be left out.',
    'The README explains what the facts mean and the rules the build enforces beyond the fields (references, figures, originality).',
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}
