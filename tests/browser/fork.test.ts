/**
 * A fork: the fixture content built with another site config (another name, origin, colours and the
 * base path /karier/). The build's own link check has passed on it (every link starts with the base
 * and resolves); here the brand is gone from every file, and in Chromium search and the ladder island
 * work under the sub-path.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, watch } from '../support/browser';
import { buildFixture, type FixtureBuild } from '../support/fixture-build';

const BASE = '/karier/';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

let build: FixtureBuild;
let browser: Browser;
let server: Server;
let origin = '';

/** Serves the built site under /karier/ only, as a host with a sub-path does; anything else is a 404. */
function serveUnderBase(dist: string): Promise<Server> {
  const s = createServer((req, res) => {
    const path = decodeURI(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(BASE)) return void res.writeHead(404).end('outside the base');
    let file = join(dist, path.slice(BASE.length));
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((ok) => s.listen(0, '127.0.0.1', () => ok(s)));
}

beforeAll(async () => {
  build = buildFixture(() => {}, { JENJANG_SITE_CONFIG: join(import.meta.dirname, '../fixtures/site.config.ts') });
  if (build.status !== 0) throw new Error(`the fork did not build:\n${build.log}`);
  [browser, server] = await Promise.all([launch(), serveUnderBase(build.dist)]);
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

/** Every file of the built site. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

describe('a fork with its own site config under /karier/', () => {
  test('carries its own name and none of this guide\'s brand in any file it builds', () => {
    const brand = /\bJenjang\b(?! karier)|jenjang\.example/;
    const text = files(build.dist).filter((f) => /\.(html|json|js|css|txt|xml)$|_headers$/.test(f));
    expect(text.length).toBeGreaterThan(30);
    const branded = text.filter((f) => brand.test(readFileSync(f, 'utf8')));
    expect(branded).toEqual([]);
    expect(readFileSync(join(build.dist, 'index.html'), 'utf8')).toContain('Karier Pelabuhan Kabut');
  });

  test('writes every link, asset and absolute URL with the base', () => {
    const html = readFileSync(join(build.dist, 'peran/agent/index.html'), 'utf8');
    expect(html).toContain('<link rel="canonical" href="https://intranet.pelabuhan.example/karier/peran/agent/">');
    expect(html).toContain('hreflang="en" href="https://intranet.pelabuhan.example/karier/en/roles/agent/"');
    const paths = [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((p) => !p.startsWith(BASE))).toEqual([]);
    // The manifest, its icons, the sitemap and robots.txt live under the base too.
    const manifest = JSON.parse(readFileSync(join(build.dist, 'manifest.webmanifest'), 'utf8'));
    expect(manifest.start_url).toBe(BASE);
    expect(manifest.icons.map((i: { src: string }) => i.src).filter((src: string) => !src.startsWith(BASE))).toEqual([]);
    expect(readFileSync(join(build.dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://intranet.pelabuhan.example/karier/sitemap.xml');
    expect(readFileSync(join(build.dist, 'sitemap.xml'), 'utf8')).toContain('<loc>https://intranet.pelabuhan.example/karier/peran/agent/</loc>');
    const data = JSON.parse(readFileSync(join(build.dist, 'data/careers.json'), 'utf8'));
    expect(data.roles[0].url.id).toMatch(/^https:\/\/intranet\.pelabuhan\.example\/karier\/peran\//);
  });

  test('search opens, finds a role and links to it under the base', async () => {
    const page = await browser.newPage();
    const { problems } = watch(page, origin);
    await page.goto(`${origin}${BASE}peran/agent/`);
    // The manifest, linked once the page has painted, is under the base too.
    await expect.poll(() => page.locator('head link[rel="manifest"]').getAttribute('href')).toBe(`${BASE}manifest.webmanifest`);
    await page.keyboard.press('/');
    await page.locator('pagefind-input input').first().fill('agent');
    const first = page.locator('pagefind-results a.pf-result-link').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/karier\/peran\//);
    await first.click();
    await page.waitForURL(/\/karier\/peran\//);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('the ladder island runs: a role opens its panel with a link under the base', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const { problems } = watch(page, origin);
    await page.goto(`${origin}${BASE}jenjang-karier/`);
    await page.locator('[data-role="agent"]').first().click();
    const link = page.locator('[data-panel-link]');
    await expect.poll(() => link.getAttribute('href')).toBe(`${BASE}peran/agent/`);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('with share images turned off, pages name none and none are drawn', () => {
    const html = readFileSync(join(build.dist, 'peran/agent/index.html'), 'utf8');
    expect(html).not.toContain('og:image');
    expect(html).not.toContain('jenjang:share-card');
    expect(html).toContain('<meta name="twitter:card" content="summary">');
    expect(files(build.dist).filter((f) => f.includes('/og/'))).toEqual([]);
  });

  test('an unknown address under the base gets the fork\'s 404 page', async () => {
    const res = await fetch(`${origin}${BASE}404.html`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Karier Pelabuhan Kabut');
  });
});
