/** The example fork in examples/company/ builds as a fork would: its own config and content, under /karier/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildFixture } from '../support/fixture-build';

const EXAMPLE = join(import.meta.dirname, '../../examples/company');

test('examples/company builds with its own name and pay bands, every link resolving under /karier/', () => {
  const build = buildFixture(() => {}, { JENJANG_SITE_CONFIG: join(EXAMPLE, 'site.config.ts') }, join(EXAMPLE, 'content'));
  expect(build.log).not.toContain('Jenjang content check failed');
  expect(build.status, build.log).toBe(0);
  expect(build.log).toMatch(/links: every internal link and anchor on \d+ pages resolves/);
  const home = readFileSync(join(build.dist, 'index.html'), 'utf8');
  expect(home).toContain('Karier CS Contoh Nusantara');
  expect(home).not.toMatch(/\bJenjang\b(?! karier)/);
  const data = JSON.parse(readFileSync(join(build.dist, 'data/careers.json'), 'utf8'));
  expect(data.roles.length).toBeGreaterThanOrEqual(6);
  expect(data.roles.every((r: { salary: unknown[] }) => r.salary.length > 0)).toBe(true);
  expect(data.roles[0].url.id).toMatch(/^https:\/\/intranet\.contoh\.example\/karier\//);
});
