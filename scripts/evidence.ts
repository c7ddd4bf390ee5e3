/**
 * Writes src/content/evidence/<source id>.json from the source articles' texts, for every source
 * whose YAML names a `textFile`. The texts are copyrighted and never committed: keep them in the
 * git-ignored folder .seeds/ (or pass another folder) and rerun this after adding or changing one.
 *
 *   npm run evidence                          # reads .seeds/, writes src/content/evidence/
 *   npm run evidence -- --texts ../texts      # reads another folder
 *   npm run evidence -- --content tests/fixtures/content --texts tests/fixtures/texts
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { evidenceOf } from '../src/lib/evidence.ts';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { texts: { type: 'string' }, content: { type: 'string' } } });
const textsDir = resolve(values.texts ?? join(root, '.seeds'));
const content = resolve(values.content ?? join(root, 'src/content'));
const sourcesDir = join(content, 'sources');
mkdirSync(join(content, 'evidence'), { recursive: true });
let written = 0;
for (const file of readdirSync(sourcesDir).filter((f) => /\.ya?ml$/.test(f))) {
  const id = file.replace(/\.ya?ml$/, '');
  const { textFile } = parse(readFileSync(join(sourcesDir, file), 'utf8')) as { textFile?: string };
  if (!textFile) continue;
  const path = join(textsDir, textFile);
  if (!existsSync(path)) {
    console.error(`${path}: missing. src/content/sources/${file} names this text; put it there or pass the folder that holds it.`);
    process.exitCode = 1;
    continue;
  }
  const evidence = evidenceOf(readFileSync(path, 'utf8'));
  writeFileSync(join(content, 'evidence', `${id}.json`), `${JSON.stringify(evidence)}\n`);
  console.log(`${id}: ${evidence.figures.length} figures, ${evidence.runs.length} runs, ${evidence.sentences.length} sentences`);
  written++;
}
console.log(`wrote ${written} evidence files to ${join(content, 'evidence')}`);
