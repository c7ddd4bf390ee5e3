import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { evidenceOf } from '../../src/lib/evidence';
import { words } from '../../src/lib/originality';
import { evidence } from '../support/evidence';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures');

/** Source id → the text file its YAML names, for one content folder. */
function textFiles(content: string): [string, string][] {
  const dir = join(content, 'sources');
  return readdirSync(dir)
    .map((f) => [f.replace(/\.ya?ml$/, ''), (parse(readFileSync(join(dir, f), 'utf8')) as { textFile?: string }).textFile] as const)
    .filter((pair): pair is [string, string] => typeof pair[1] === 'string');
}

describe('evidenceOf', () => {
  const text = readFileSync(join(FIXTURE, 'texts/harbour.txt'), 'utf8');
  const e = evidenceOf(text);

  test('keeps every figure the text gives', () => {
    expect(e.figures).toEqual(['days:10', 'idr:3000000', 'idr:5000000', 'years:2']);
  });

  test('keeps no word of the text: only hashes of runs and numbered buckets of sentences', () => {
    const json = JSON.stringify({ runs: e.runs, sentences: e.sentences });
    for (const word of words(text).filter((w) => w.length > 3 && !/^\d+$/.test(w))) expect(json).not.toContain(word);
    expect(e.runs.every((r) => /^[0-9a-f]{10}$/.test(r))).toBe(true);
    expect(e.sentences.flat().every((b) => Number.isInteger(b) && b >= 0 && b < 4096)).toBe(true);
  });

  test('keeps runs sorted, so the order of the text cannot be read from them', () => {
    expect(e.runs).toEqual([...e.runs].sort());
  });
});

test("the fixture's committed evidence matches the fixture's own source text", () => {
  const committed = evidence(join(FIXTURE, 'content/evidence'));
  const files = textFiles(join(FIXTURE, 'content'));
  expect(files.length).toBeGreaterThan(0);
  for (const [id, file] of files) {
    expect(committed.get(id), `${id}: run npm run evidence -- --content tests/fixtures/content --texts tests/fixtures/texts`).toEqual(
      evidenceOf(readFileSync(join(FIXTURE, 'texts', file), 'utf8')),
    );
  }
});

test('every source that names a text has committed evidence', () => {
  const committed = evidence();
  for (const [id] of textFiles(join(ROOT, 'src/content'))) expect(committed.has(id), `${id}: run npm run evidence`).toBe(true);
});

// The articles are copyrighted and never committed; a developer who has them keeps them in .seeds/.
const present = textFiles(join(ROOT, 'src/content')).filter(([, file]) => existsSync(join(ROOT, '.seeds', file)));
test(`the committed evidence matches each source text present in .seeds/ (${present.length} present here)`, () => {
  const committed = evidence();
  for (const [id, file] of present) {
    expect(committed.get(id), `${id}: the text changed; run npm run evidence`).toEqual(evidenceOf(readFileSync(join(ROOT, '.seeds', file), 'utf8')));
  }
});
