/** Reading offline: pages once opened open again without a connection, lists save ahead, a new deploy replaces the old cleanly. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, watch } from '../support/browser';
import { DIST, htmlPages, listPages, offlinePages, page as pageOf } from '../support/dist';
import { serveDist } from '../support/server';
import { CACHE_PREFIX } from '../../src/lib/offline';

// Any pages will do: two role pages in English, one never opened, a reading list and its first item.
const roles = htmlPages().filter((p) => /^\/en\/roles\/[^/]+\/$/.test(p));
const [first, second, unopened] = roles as [string, string, string];
const list = listPages().find((p) => p.startsWith('/en/'))!;
const listItems = pageOf(list)('a[data-offline-item]').toArray().map((el) => new URL(el.attribs.href!, 'http://x').pathname);
const [, enOffline] = offlinePages() as [string, string];

// The site is served from a folder that a test can swap for a "new deploy" at the same address.
let root = DIST;
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Awaited<ReturnType<typeof launch>>;
const deploys: string[] = [];
beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serveDist(() => root)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of deploys) rmSync(dir, { recursive: true, force: true });
});

/** Opens a page and waits until the service worker controls it (the first visit installs it). */
async function controlled(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.origin + path);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  return page;
}

/** What the worker has kept: each cache's name and the paths in it. */
function kept(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    return out;
  });
}

/** Whether the page's stylesheet applied (Tailwind's reset sets the body's margin to 0; a browser's default is 8px). */
const styled = (page: Page) => page.evaluate(() => getComputedStyle(document.body).margin === '0px');

describe('reading offline', () => {
  test('a page once opened opens again offline, styled, on reload and by following a link; another gives the offline page', async () => {
    const context = await browser.newContext();
    const page = await controlled(context, first);
    const { problems } = watch(page, server.origin);
    // The page that installed the worker is kept too, and the next one as it is opened.
    await expect.poll(async () => Object.values(await kept(page)).flat()).toContain(first);
    await page.goto(server.origin + second);
    await expect.poll(async () => Object.values(await kept(page)).flat()).toContain(second);
    const heading = (path: string) => pageOf(path)('h1').first().text().trim();
    expect(problems).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    expect((await page.locator('h1').first().textContent())?.trim()).toBe(heading(second));
    expect(await styled(page)).toBe(true);
    await page.goto(server.origin + first);
    expect((await page.locator('h1').first().textContent())?.trim()).toBe(heading(first));
    expect(await styled(page)).toBe(true);
    // The manifest it links once painted comes from the worker's cache, and Chrome reads it.
    await page.waitForSelector('head link[rel="manifest"]', { state: 'attached' });
    const manifest = (await (await context.newCDPSession(page)).send('Page.getAppManifest')) as { url: string; data?: string; errors: unknown[] };
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data ?? '{}').start_url).toBe('/');

    // A page never opened: the offline page in the reader's language, listing what is saved.
    await page.goto(server.origin + unopened);
    expect((await page.locator('h1').textContent())?.trim()).toBe(pageOf(enOffline)('h1').text().trim());
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await styled(page)).toBe(true);
    const saved = page.locator('[data-saved-pages] a');
    await expect.poll(() => saved.count()).toBeGreaterThanOrEqual(2);
    const links = await saved.evaluateAll((as) => as.map((a) => [new URL((a as HTMLAnchorElement).href).pathname, a.textContent]));
    expect(Object.fromEntries(links)).toMatchObject({ [first]: heading(first), [second]: heading(second) });
    expect(await page.locator('[data-saved-none]').isHidden()).toBe(true);
    await saved.filter({ hasText: heading(first) }).click();
    await page.waitForURL(server.origin + first);
    expect((await page.locator('h1').first().textContent())?.trim()).toBe(heading(first));
    await context.close();
  });

  test('"Save for offline" on a reading list keeps every item, so one never opened reads offline', async () => {
    expect(listItems.length).toBeGreaterThan(1);
    const context = await browser.newContext();
    const page = await controlled(context, list);
    const save = page.locator('[data-save-offline]');
    await expect.poll(() => save.isVisible()).toBe(true);
    await save.locator('button').click();
    await expect.poll(() => save.locator('[data-save-status]').textContent(), { timeout: 30_000 }).toMatch(/^Saved: \d+ pages/);
    const paths = Object.values(await kept(page)).flat();
    for (const item of listItems) expect(paths, item).toContain(item);

    await context.setOffline(true);
    const item = listItems.find((p) => p !== list)!;
    await page.goto(`${server.origin}${item}`);
    expect((await page.locator('h1').first().textContent())?.trim()).toBe(pageOf(item)('h1').first().text().trim());
    expect(await styled(page)).toBe(true);
    await context.close();
  });

  test('search opened online works offline over what it fetched', async () => {
    const context = await browser.newContext();
    const page = await controlled(context, first);
    const search = async () => {
      await page.locator('[data-search-trigger]').click();
      await page.locator('pagefind-modal input').fill('team');
      await expect.poll(() => page.locator('pagefind-modal pagefind-results a').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      return page.locator('pagefind-modal pagefind-results a').allTextContents();
    };
    const online = await search();
    await context.setOffline(true);
    await page.reload();
    expect(await search()).toEqual(online);
    await context.close();
  });
});

/**
 * A new deploy at the same address: a copy of dist/ whose every page says so in a <meta>, whose
 * stylesheet has a new name and one more rule, and whose worker has a new version.
 */
function newDeploy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jenjang-deploy-'));
  deploys.push(dir);
  cpSync(DIST, dir, { recursive: true });
  const css = readdirSync(join(dir, '_astro')).filter((f) => f.endsWith('.css'));
  for (const file of css) {
    writeFileSync(join(dir, '_astro', file), `${readFileSync(join(dir, '_astro', file), 'utf8')}\nhtml{--deploy:new}`);
    renameSync(join(dir, '_astro', file), join(dir, '_astro', `new-${file}`));
  }
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    let html = readFileSync(file, 'utf8').replace('<head>', '<head><meta name="deploy" content="new">');
    for (const name of css) html = html.replaceAll(`/_astro/${name}`, `/_astro/new-${name}`);
    writeFileSync(file, html);
  }
  const worker = join(dir, 'sw.js');
  const source = readFileSync(worker, 'utf8');
  const version = /version:"([0-9a-f]+)"/.exec(source)![1]!;
  writeFileSync(worker, source.replaceAll(version, 'f'.repeat(version.length)).replace(/"\/_astro\/([^"]+\.css)"/g, '"/_astro/new-$1"'));
  return dir;
}

describe('a new deploy', () => {
  test('is announced, replaces the cache on request, and its pages come with its own files, online and offline', async () => {
    root = DIST;
    const context = await browser.newContext();
    const page = await controlled(context, first);
    await page.goto(server.origin + second);
    await expect.poll(async () => Object.values(await kept(page)).flat()).toContain(second);

    root = newDeploy();
    // The browser looks for a new worker at each visit; it installs and waits, and the reader is told.
    await page.goto(server.origin + first);
    const notice = page.locator('[data-update-notice]');
    await expect.poll(() => notice.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await notice.getAttribute('role')).toBe('status');
    await Promise.all([page.waitForEvent('load'), notice.locator('button').first().click()]);
    await page.waitForFunction(() => document.querySelector('meta[name="deploy"]') !== null);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--deploy').trim())).toBe('new');

    // One cache remains, and every page in it is the new deploy's, with the new deploy's stylesheet.
    const caches = await kept(page);
    expect(Object.keys(caches).filter((name) => name.startsWith(CACHE_PREFIX))).toHaveLength(1);
    const paths = Object.values(caches)[0]!;
    expect(paths).toContain(second);
    expect(paths.filter((p) => p.endsWith('.css')).every((p) => p.includes('/new-'))).toBe(true);

    await context.setOffline(true);
    await page.goto(server.origin + second);
    expect(await page.locator('meta[name="deploy"]').count()).toBe(1);
    expect(await styled(page)).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--deploy').trim())).toBe('new');
    await context.close();
    root = DIST;
  });
});
