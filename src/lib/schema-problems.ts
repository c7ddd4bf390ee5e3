/**
 * Turns what a parser or a schema says about a content file into Problems an author can act on:
 * the field's path, the value found, what is expected and an example line, instead of Zod's
 * `****: Required` or `Expected type "int", received "number"`.
 */
import type { Problem } from './problems';
import { shown } from './problems';

/** The parts of a Zod 4 issue this module reads. */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  inclusive?: boolean;
}

/** `skills[0].skill` from ['skills', 0, 'skill']. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** The value at a path in the raw data, or undefined where the path does not exist. */
function at(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const EXAMPLE: Record<string, string> = { string: '"some words"', number: '3', int: '3', boolean: 'true', array: '[]', object: '{ … }' };

/** What an author reads for a type: "a whole number" rather than "int". */
function typeName(expected: string | undefined): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a set of fields',
    date: 'a date',
    null: 'null',
  };
  return expected ? (names[expected] ?? expected) : 'a value';
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'a set of fields';
  return typeof value;
}

/** One issue as a Problem; `known` lists the fields the object at that path may have. */
export function problemFromIssue(file: string, issue: SchemaIssue, data: unknown, known: (path: readonly PropertyKey[]) => string[]): Problem[] {
  const field = fieldPath(issue.path);
  const key = String(issue.path.at(-1) ?? 'field');
  const value = at(data, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((k) => ({
        file,
        field: field ? `${field}.${k}` : k,
        value: shown(at(data, [...issue.path, k])),
        expected: `no such field here; the fields are: ${known(issue.path).join(', ')}`,
        fix: 'remove the line, or correct the spelling of its name',
      }));
    case 'invalid_type':
      return [
        {
          file,
          field,
          value: value === undefined ? '(missing)' : `${shown(value)} (${typeOf(value)})`,
          expected: value === undefined ? `${typeName(issue.expected)}: this field is required` : typeName(issue.expected),
          fix: `${key}: ${EXAMPLE[issue.expected ?? ''] ?? '…'}`,
        },
      ];
    case 'invalid_value':
      return [
        {
          file,
          field,
          value: shown(value),
          expected: `one of: ${(issue.values ?? []).map(String).join(', ')}${value === undefined ? ' (this field is required)' : ''}`,
          fix: `${key}: ${String(issue.values?.[0] ?? '…')}`,
        },
      ];
    case 'too_small':
    case 'too_big': {
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const unit = issue.origin === 'array' ? (limit === 1 ? 'item' : 'items') : 'characters';
      const size = Array.isArray(value) ? `${value.length} items` : typeof value === 'string' ? `${value.length} characters` : typeOf(value);
      const bound = issue.code === 'too_small' ? 'at least' : 'at most';
      const custom = issue.message && !/^Too (small|big)/i.test(issue.message) ? `; ${issue.message}` : '';
      return [
        {
          file,
          field,
          value: `${shown(value)} (${size})`,
          expected: `${bound} ${limit} ${unit}${custom}`,
          fix: issue.code === 'too_big' && unit === 'characters' ? `shorten it to ${limit} characters or fewer` : undefined,
        },
      ];
    }
    default:
      return [{ file, field: field || '(the file)', value: shown(value), expected: issue.message }];
  }
}
