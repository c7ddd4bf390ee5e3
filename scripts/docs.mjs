// Writes docs/content.md, the content reference, from the schemas in src/schemas/ (npm run docs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs } from './run-ts.mjs';

const root = join(import.meta.dirname, '..');
const { currentContentReference } = await importTs(join(root, 'src/data/content-reference.ts'));
mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(join(root, 'docs/content.md'), currentContentReference());
console.log('wrote docs/content.md');
