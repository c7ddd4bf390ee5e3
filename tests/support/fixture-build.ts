/** Builds a copy of the fixture content (tests/fixtures/content), changed by a test, into a folder of its own. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
export const FIXTURE = join(ROOT, 'tests/fixtures/content');

/** Reads a fixture file, or writes it when `text` is given; paths are relative to the content folder. */
export type FixtureFile = (path: string, text?: string) => string;

/** A built fixture: the exit code, everything the build printed, and where its site is. */
export interface FixtureBuild {
  status: number | null;
  log: string;
  dist: string;
}

/** Copies the fixture (or another content folder), lets `change` edit it, and runs `astro build` on it with its own cache and output. */
export function buildFixture(
  change: (file: FixtureFile, dir: string) => void = () => {},
  env: Record<string, string> = {},
  from = FIXTURE,
): FixtureBuild {
  const dir = mkdtempSync(join(tmpdir(), 'jenjang-fixture-'));
  const content = join(dir, 'content');
  cpSync(from, content, { recursive: true });
  change((path, text) => {
    if (text !== undefined) writeFileSync(join(content, path), text);
    return readFileSync(join(content, path), 'utf8');
  }, content);
  const dist = join(dir, 'dist');
  // Vitest puts import.meta.env's keys (BASE_URL, MODE, …) into process.env; a child build would take them as its own.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST', 'NODE_ENV'].includes(k)));
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...inherited,
      JENJANG_CONTENT_DIR: content,
      JENJANG_OUT_DIR: dist,
      JENJANG_CACHE_DIR: join(dir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
  });
  return { status: result.status, log: `${result.stdout}\n${result.stderr}`, dist };
}
