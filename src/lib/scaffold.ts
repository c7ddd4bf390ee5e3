/**
 * The files `npm run new -- <kind> <id>` writes: the YAML facts and a text per language, with every
 * field of the kind's schema, a comment saying what it takes, and a marker where only the author knows
 * the answer (FILL-IN). The build refuses a file that still holds one, so a scaffold cannot ship unfilled.
 */
import { fieldRows, type FieldRow, type JsonSchema } from './content-reference';

/** What marks a value the author still has to write; the build refuses a file that holds it. */
export const FILL_IN = 'FILL-IN';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Why an id cannot be used, or null when it can. */
export function badId(id: string): string | null {
  return ID.test(id) ? null : `"${id}" is not an id: use lowercase letters, digits and hyphens, e.g. "team-leader"`;
}

const comment = (r: FieldRow) => `# ${r.required ? 'required' : 'optional'}; ${r.type}${r.allowed !== '–' ? `; ${r.allowed}` : ''}`;

/** A value to write: the example for ids and lists of values, the marker for words and numbers only the author knows. */
function valueOf(r: FieldRow): string {
  if (r.type === 'one of the values' || r.type.includes('entry id')) return r.example;
  if (r.type.startsWith('list of') && r.example.startsWith('[')) return r.example;
  if (r.type.startsWith('map to')) return '{ team-leader: [jobstreet] }';
  return FILL_IN;
}

/** The YAML facts of a new entry. */
export function scaffoldFacts(schema: JsonSchema, kind: string): string {
  const rows = fieldRows(schema);
  const top = rows.filter((r) => !r.field.includes('.') && !r.field.includes('[]'));
  const lines = [`# A new ${kind}. Replace every FILL-IN and check each value; \`npm run build\` names what is still wrong.`, `# Every field: docs/content.md.`];
  for (const r of top) {
    const items = rows.filter((x) => x.field.startsWith(`${r.field}[].`) && !x.field.slice(r.field.length + 3).includes('.'));
    const nested = rows.filter((x) => x.field.startsWith(`${r.field}.`));
    if (items.length > 0) {
      const item = items.filter((x) => x.required).map((x) => `${x.field.slice(r.field.length + 3)}: ${valueOf(x)}`);
      lines.push(`${r.required ? '' : '# '}${r.field}:  ${comment(r)}`, `${r.required ? '' : '# '}  - { ${item.join(', ')} }`);
    } else if (nested.length > 0) {
      lines.push(`${r.required ? '' : '# '}${r.field}:  ${comment(r)}`, ...nested.filter((x) => x.required).map((x) => `${r.required ? '' : '# '}  ${x.field.slice(r.field.length + 1)}: ${valueOf(x)}`));
    } else {
      lines.push(`${r.required ? '' : '# '}${r.field}: ${valueOf(r)}  ${comment(r)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The text of a new entry in one language: its frontmatter fields and a body to write. */
export function scaffoldWords(schema: JsonSchema, language: string): string {
  const rows = fieldRows(schema);
  const lines = rows.map((r) => {
    const value = r.type.startsWith('list of') ? `[${FILL_IN}]` : FILL_IN;
    return `${r.required ? '' : '# '}${r.field}: ${value}  ${comment(r)}`;
  });
  return `---\n${lines.join('\n')}\n---\n\n${FILL_IN}: write the body in ${language}, in your own words (## sections; links to /peran/… pages).\n`;
}
