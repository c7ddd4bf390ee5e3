import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { newEntryFiles } from '../../src/data/new-entry';
import { contentProblems } from '../../src/integrations/content-check';
import { KINDS, ENTRY_KINDS } from '../../src/schemas';

const work = mkdtempSync(join(tmpdir(), 'jenjang-new-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const fixture = () => {
  const dir = mkdtempSync(join(work, 'c-'));
  cpSync(join(import.meta.dirname, '../fixtures/content'), dir, { recursive: true });
  return dir;
};
const write = (files: { path: string; text: string }[]) => files.forEach((f) => writeFileSync(f.path, f.text));

describe('npm run new', () => {
  test.each(KINDS)('writes a %s with every field of its schema, in YAML and in both languages', (kind) => {
    const files = newEntryFiles(kind, 'new-thing', fixture()) as { path: string; text: string }[];
    const expected = [`${kind}/new-thing.yaml`, ...(ENTRY_KINDS[kind].words ? [`${kind}/id/new-thing.mdx`, `${kind}/en/new-thing.mdx`] : [])];
    expect(files.map((f) => f.path.split('/').slice(kind === 'sources' || f.path.endsWith('.yaml') ? -2 : -3).join('/'))).toEqual(expected);
    const shape = (ENTRY_KINDS[kind].facts as unknown as { shape?: Record<string, unknown>; def?: { in?: { shape?: Record<string, unknown> } } });
    for (const field of Object.keys(shape.shape ?? shape.def?.in?.shape ?? {})) expect(files[0]!.text, field).toContain(`${field}:`);
  });

  test('leaves FILL-IN markers that the build refuses, naming each line, until the author fills them in', () => {
    const dir = fixture();
    write(newEntryFiles('skill', 'listening', dir) as { path: string; text: string }[]);
    const problems = contentProblems(dir);
    expect(problems.length).toBeGreaterThan(0);
    const unfilled = problems.filter((p) => p.expected === 'the real value instead of FILL-IN').map((p) => p.file);
    for (const lang of ['id', 'en']) expect(unfilled).toContainEqual(expect.stringMatching(new RegExp(`texts/skills/${lang}/listening\\.mdx$`)));
  });

  test('a filled-in scaffold builds', () => {
    const dir = fixture();
    const files = newEntryFiles('skill', 'listening', dir) as { path: string; text: string }[];
    write(files);
    const yaml = files[0]!.path;
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('[jobstreet]', '[qiscus]'));
    for (const f of files.slice(1)) {
      writeFileSync(f.path, `---\nname: Listening\nsummary: Hearing what the customer means, not only what they say.\n---\n\nA body of our own.\n`);
    }
    expect(contentProblems(dir)).toEqual([]);
  });

  test('refuses an id that exists, a malformed id and an unknown kind', () => {
    const dir = fixture();
    expect(newEntryFiles('role', 'agent', dir)).toMatch(/A role "agent" exists already/);
    expect(newEntryFiles('role', 'Night_Agent', dir)).toMatch(/is not an id/);
    expect(newEntryFiles('robot', 'x', dir)).toMatch(/Unknown kind "robot". Use one of: role, skill/);
  });
});
