/**
 * `npm start` serves the built site with `astro preview`: an address typed without its last slash
 * reaches the page (Astro's bare trailing-slash error is what a reader got before). --ignore-lock lets it
 * run beside a preview the developer already has open.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { careers, DIST } from '../support/dist';
import { pathTo } from '../../src/lib/routes';

let preview: ChildProcess | undefined;
let origin = '';

/** A free port on this machine. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  preview = spawn(join(import.meta.dirname, '../../node_modules/.bin/astro'), ['preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: join(import.meta.dirname, '../..'),
    env: { ...process.env, JENJANG_OUT_DIR: DIST, ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: process.env.DEBUG_PREVIEW ? 'inherit' : 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${origin}/`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('astro preview did not start');
}, 60_000);
afterAll(() => {
  preview?.kill();
});

test('a role page typed without its last slash is served, with the slashed address as canonical', async () => {
  const role = careers().roles[0]!;
  const path = pathTo('en', { view: 'role', id: role.id });
  const response = await fetch(`${origin}${path.slice(0, -1)}`);
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(html).toContain(`<h1`);
  expect(html).toContain(role.title.en);
  expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${path.replaceAll('/', '\\/')}">`));
  expect(html).not.toContain('trailingSlash');
});
