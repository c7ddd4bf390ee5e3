// Runs a TypeScript module of src/ from a script: src/ imports without file extensions (as Vite
// allows), which Node's own type stripping cannot resolve, so esbuild bundles it first (packages stay external).
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Imports a .ts file of this repository and returns its exports. */
export async function importTs(entry) {
  // Inside node_modules/, so the bundle resolves the packages it leaves external from this repository.
  const cache = join(import.meta.dirname, '../node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'run-ts-'));
  const outfile = join(dir, 'module.mjs');
  try {
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'error' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// As a command: `node scripts/run-ts.mjs <file.ts> [args…]` runs that file (the benchmarks use it).
if (process.argv[1] === import.meta.filename && process.argv[2]) {
  const [file, ...rest] = process.argv.slice(2);
  process.argv = [process.argv[0], file, ...rest];
  await importTs(file);
}
