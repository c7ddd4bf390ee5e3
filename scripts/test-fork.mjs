// Runs the tests of how the site works (tests/site and tests/browser) on a fork's build instead of
// this guide's: the company example's site and content, built into a folder of its own. It proves a
// fork's suite is green on day one. Usage: npm run test:fork [-- <site.config.ts> <content folder>]
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = join(import.meta.dirname, '..');
const [config = 'examples/company/site.config.ts', content = 'examples/company/content'] = process.argv.slice(2);
const work = join(root, 'node_modules/.cache/test-fork');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const dist = join(work, 'dist');

const run = (command, args, env) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
// At the host root: these tests read pages by their root path (the sub-path has its own test).
run('npx', ['astro', 'build'], {
  SITE_BASE: '/',
  JENJANG_SITE_CONFIG: resolve(root, config),
  JENJANG_CONTENT_DIR: resolve(root, content),
  JENJANG_OUT_DIR: dist,
  JENJANG_CACHE_DIR: join(work, 'cache'),
});
// The fork and hostile-content tests build fixtures of their own, so they have run already.
run('npx', ['vitest', 'run', '--project', 'site', '--project', 'browser', '--exclude', 'tests/browser/fork.test.ts', '--exclude', 'tests/browser/hostile-content.test.ts'], { JENJANG_TEST_DIST: dist });
rmSync(work, { recursive: true, force: true });
