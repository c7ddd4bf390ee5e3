// npm run new -- <kind> <id>: writes a new entry's YAML and its text in each language, with every field.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs } from './run-ts.mjs';

const root = join(import.meta.dirname, '..');
const { newEntryFiles } = await importTs(join(root, 'src/data/new-entry.ts'));
const [kind, id] = process.argv.slice(2);
const result = newEntryFiles(kind ?? '', id ?? '', process.env.JENJANG_CONTENT_DIR ?? join(root, 'src/content'));
if (typeof result === 'string') {
  console.error(result);
  process.exit(1);
}
for (const { path, text } of result) {
  if (existsSync(path)) throw new Error(`${path} exists`); // checked before, kept as a last guard
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
