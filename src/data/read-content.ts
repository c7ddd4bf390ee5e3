/**
 * Reads the content folder straight from disk, before Astro does, so the build can check it and
 * stop with one readable message. Astro's own loader prints a stack trace for a YAML error, says
 * `****: Required` for a missing field, and turns `2022-02-30` into 2 March; this reads the raw
 * text with a strict YAML parser and the same schemas, and returns the catalog with every problem.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { ENTRY_KINDS, KINDS, WORDED_KINDS, type EntryKind } from '../schemas';
import type { Catalog, OrphanText, Texts } from '../lib/catalog';
import { LOCALES, type Locale } from '../lib/model';
import type { Problem } from '../lib/problems';
import { problemFromIssue, type SchemaIssue } from '../lib/schema-problems';
import type { SourceEvidence } from '../lib/evidence';
import { FILL_IN } from '../lib/scaffold';

/** One file's words: its frontmatter fields and the prose of its body, for the checks that read prose. */
export interface Prose {
  file: string;
  kind: EntryKind;
  id: string;
  lang: Locale;
  fields: Record<string, unknown>;
  body: string;
}

/** What the content folder holds: the catalog (valid entries only), every text, every source's evidence, and what is wrong. */
export interface ContentRead {
  catalog: Catalog;
  prose: Prose[];
  evidence: Map<string, SourceEvidence>;
  problems: Problem[];
}

const FILE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The fields an object schema allows, for "no such field; the fields are: …". */
function fieldsOf(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let s: any = schema;
  for (const key of path) {
    while (s?.def && !s.def.shape && (s.def.innerType || s.def.in || s.def.schema)) s = s.def.innerType ?? s.def.in ?? s.def.schema;
    if (typeof key === 'number') s = s?.def?.element;
    else s = s?.def?.shape?.[key];
  }
  while (s?.def && !s.def.shape && (s.def.innerType || s.def.in || s.def.schema || s.def.element)) {
    s = s.def.innerType ?? s.def.in ?? s.def.schema ?? s.def.element;
  }
  return Object.keys(s?.def?.shape ?? {});
}

/** A FILL-IN marker left by `npm run new`: the build refuses it, so no scaffold ships unfilled. */
function unfilled(file: string, text: string): Problem[] {
  return text.split('\n').flatMap((line, i) =>
    line.includes(FILL_IN) && !/^\s*#/.test(line)
      ? [{ file, field: `line ${i + 1}`, value: JSON.stringify(line.trim().slice(0, 80)), expected: `the real value instead of ${FILL_IN}`, fix: 'write it, or remove the line if the field is optional' }]
      : [],
  );
}

/** Parses YAML strictly (duplicate keys are errors) into plain data, or says what is wrong and where. */
function parseYaml(file: string, text: string, what: string): { data?: unknown; problems: Problem[] } {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const lines = text.split('\n');
    return {
      problems: doc.errors.map((e) => {
        const line = e.linePos?.[0]?.line ?? 0;
        const duplicate = e.code === 'DUPLICATE_KEY' ? /^\s*([^:#]+):/.exec(lines[line - 1] ?? '')?.[1]?.trim() : undefined;
        return duplicate
          ? { file, field: duplicate, value: `written twice (again on line ${line})`, expected: 'each field once', fix: `keep one "${duplicate}:" line` }
          : { file, field: `${what}, line ${line}`, value: (lines[line - 1] ?? '').trim() || '(empty line)', expected: `valid YAML: ${e.message.split('\n')[0]}` };
      }),
    };
  }
  const data = doc.toJS();
  if (data === null || data === undefined) {
    return { problems: [{ file, field: what, value: '(empty)', expected: 'the entry\'s fields; copy an existing file of this kind to start' }] };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [{ file, field: what, value: typeof data, expected: 'a set of "name: value" fields' }] };
  }
  return { data, problems: [] };
}

/** Checks data against a schema; the parsed value, or the problems in the author's terms. */
function validate<S extends z.ZodType>(file: string, schema: S, data: unknown): { value?: z.output<S>; problems: Problem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [] };
  const issues = result.error.issues as unknown as SchemaIssue[];
  return { problems: issues.flatMap((issue) => problemFromIssue(file, issue, data, (path) => fieldsOf(schema, path))) };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Every file in a folder (not recursing), sorted, as paths relative to the working directory. */
function filesIn(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => pattern.test(f) && statSync(join(dir, f)).isFile())
    .sort()
    .map((f) => join(dir, f));
}

/** Reads, parses and validates the whole content folder. */
export function readContent(dir: string): ContentRead {
  const problems: Problem[] = [];
  const show = (path: string) => relative(process.cwd(), path) || path;
  const facts: Record<EntryKind, { id: string; file: string }[]> = Object.fromEntries(KINDS.map((k) => [k, []])) as never;

  for (const kind of KINDS) {
    const seen = new Map<string, string>();
    for (const path of filesIn(join(dir, kind), /\.ya?ml$/)) {
      const file = show(path);
      const id = path.split('/').at(-1)!.replace(/\.ya?ml$/, '');
      if (!FILE_ID.test(id)) {
        problems.push({ file, field: '(file name)', value: id, expected: 'lowercase letters, digits and hyphens', fix: 'rename it, e.g. team-leader.yaml' });
        continue;
      }
      if (seen.has(id)) {
        problems.push({ file, field: '(file name)', value: id, expected: `an id of its own: ${seen.get(id)} already uses it`, fix: 'rename or merge one of the files' });
        continue;
      }
      seen.set(id, file);
      const raw = readFileSync(path, 'utf8');
      problems.push(...unfilled(file, raw));
      const parsed = parseYaml(file, raw, '(the file)');
      problems.push(...parsed.problems);
      if (parsed.problems.length > 0) continue;
      const checked = validate(file, ENTRY_KINDS[kind].facts, parsed.data);
      problems.push(...checked.problems);
      if (checked.value) facts[kind].push({ id, file, ...(checked.value as object) });
    }
  }

  const prose: Prose[] = [];
  const texts = new Map<string, Map<string, Texts<unknown>>>();
  const orphanTexts: OrphanText[] = [];
  for (const kind of WORDED_KINDS) {
    const byId = new Map<string, Texts<unknown>>();
    texts.set(kind, byId);
    const root = join(dir, 'texts', kind);
    const langs = existsSync(root) ? readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory()) : [];
    for (const lang of langs) {
      if (!LOCALES.includes(lang as Locale)) {
        problems.push({ file: show(join(root, lang)), field: '(folder)', value: lang, expected: `a language of this site: ${LOCALES.join(', ')}` });
        continue;
      }
      for (const path of filesIn(join(root, lang), /\.mdx?$/)) {
        const file = show(path);
        const id = path.split('/').at(-1)!.replace(/\.mdx?$/, '');
        const text = readFileSync(path, 'utf8');
        problems.push(...unfilled(file, text));
        const match = FRONTMATTER.exec(text);
        if (!match) {
          problems.push({ file, field: '(frontmatter)', value: '(none)', expected: 'the fields between two "---" lines at the top of the file', fix: '---\\ntitle: …\\nsummary: …\\n---' });
          continue;
        }
        const parsed = parseYaml(file, match[1]!, '(frontmatter)');
        problems.push(...parsed.problems);
        if (parsed.problems.length > 0) continue;
        const checked = validate(file, ENTRY_KINDS[kind].words, parsed.data);
        problems.push(...checked.problems);
        if (!checked.value) continue;
        const entry = byId.get(id) ?? {};
        entry[lang as Locale] = { file, fields: checked.value, markdown: text.slice(match[0].length) };
        byId.set(id, entry);
        prose.push({ file, kind, id, lang: lang as Locale, fields: checked.value as Record<string, unknown>, body: text.slice(match[0].length) });
      }
    }
    const ids = new Set(facts[kind].map((e) => e.id));
    for (const [id, byLang] of byId) {
      if (ids.has(id)) continue;
      // An entry whose YAML failed its schema is already reported; its words are not orphans.
      const yamlExists = filesIn(join(dir, kind), /\.ya?ml$/).some((p) => p.split('/').at(-1)!.replace(/\.ya?ml$/, '') === id);
      if (!yamlExists) for (const t of Object.values(byLang)) orphanTexts.push({ kind: ENTRY_KINDS[kind].singular, id, file: t!.file });
    }
  }

  const evidence = new Map<string, SourceEvidence>();
  for (const source of facts.sources as { id: string; file: string; textFile?: string }[]) {
    if (!source.textFile) continue;
    const path = join(dir, 'evidence', `${source.id}.json`);
    if (!existsSync(path)) {
      problems.push({
        file: source.file,
        field: 'textFile',
        value: source.textFile,
        expected: `its evidence in ${show(path)}`,
        fix: `put the text in .seeds/${source.textFile} and run: npm run evidence`,
      });
      continue;
    }
    evidence.set(source.id, JSON.parse(readFileSync(path, 'utf8')) as SourceEvidence);
  }

  const withTexts = (kind: EntryKind) =>
    facts[kind].map((e) => ({ ...e, texts: texts.get(kind)?.get(e.id) ?? {} })).sort((a, b) => a.id.localeCompare(b.id));
  const catalog = {
    roles: withTexts('roles'),
    skills: withTexts('skills'),
    certifications: withTexts('certifications'),
    metrics: withTexts('metrics'),
    tools: withTexts('tools'),
    guides: withTexts('guides'),
    lists: withTexts('lists'),
    sources: [...facts.sources].sort((a, b) => a.id.localeCompare(b.id)),
    orphanTexts,
  } as unknown as Catalog;
  return { catalog, prose, evidence, problems };
}
