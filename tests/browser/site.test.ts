import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, watch } from '../support/browser';
import { serveDist } from '../support/server';
import { htmlPages } from '../support/dist';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serveDist()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every page in Chromium', () => {
  test('loads with no console error, no failed request and no request to another origin', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { problems } = watch(page, server.origin);
    for (const path of htmlPages()) {
      // Search pages go on fetching the index after load; let them settle so leaving cannot cut a fetch short.
      await page.goto(server.origin + path, { waitUntil: /\/(cari|search)\/$/.test(path) ? 'networkidle' : 'load' });
      expect(problems, path).toEqual([]);
    }
    await context.close();
  });
});

describe('theme', () => {
  test('the toggle switches to dark, says so, and remembers it on the next page', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/en/roles/team-leader/`);
    const toggle = page.locator('#theme-toggle');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(21, 22, 26)');
    await page.goto(`${server.origin}/peran/`);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    await context.close();
  });

  test('follows the system dark theme without JavaScript', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(21, 22, 26)');
    await context.close();
  });
});

describe('without JavaScript', () => {
  test('a role page shows its full text and navigation, and hides the theme button that would do nothing', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/peran/team-leader/`);
    expect(await page.locator('h1').innerText()).toContain('Team Leader');
    expect(await page.locator('#responsibilities').isVisible()).toBe(true);
    expect(await page.locator('nav[aria-label="Navigasi utama"] a').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('#theme-toggle').isVisible()).toBe(false);
    await context.close();
  });
});

describe('keyboard', () => {
  test('the first Tab reaches the skip link, and Enter moves focus to the main content', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/en/skills/empathy/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  test('the language link leads to the same page in the other language', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/en/roles/customer-success-manager/`);
    await page.locator('a[data-twin]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.origin}/peran/customer-success-manager/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await context.close();
  });
});

test('an unknown address gets the 404 page in its language', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(`${server.origin}/en/does-not-exist/`);
  expect(response?.status()).toBe(404);
  expect(await page.locator('h1').innerText()).toBe('Page not found');
  await context.close();
});
