import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOnDist } from '../support/chromium-on-dist';
import { watch } from '../support/browser';
import { careers, htmlPages } from '../support/dist';

const chromium = chromiumOnDist();
const data = careers();
// Any role and skill will do: these tests are about the site, not about this guide's content.
const role = data.roles[0]!;
const skill = data.skills[0]!;
const path = (url: string) => new URL(url).pathname;

describe('every page in Chromium', () => {
  test('loads with no console error, no failed request and no request to another origin', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const { problems } = watch(page, chromium.origin);
    for (const path of htmlPages()) {
      // Search pages go on fetching the index after load; let them settle so leaving cannot cut a fetch short.
      await page.goto(chromium.origin + path, { waitUntil: /\/(cari|search)\/$/.test(path) ? 'networkidle' : 'load' });
      expect(problems, path).toEqual([]);
    }
    await context.close();
  });
});

describe('every page on a 360 px phone', () => {
  test('fits the screen: nothing scrolls sideways', { timeout: 180_000 }, async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of htmlPages()) {
      await page.goto(chromium.origin + path, { waitUntil: 'domcontentloaded' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${path} (${width} px)`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });
});

describe('theme', () => {
  test('the theme choice switches to dark, remembers it on the next page, and goes back to the system setting', async () => {
    const context = await chromium.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(chromium.origin + path(role.url.en));
    const choice = page.locator('#theme-select');
    await expect.poll(() => choice.isVisible()).toBe(true);
    expect(await choice.inputValue()).toBe('auto');
    expect(await page.locator('label:has(#theme-select)').innerText()).toContain('System');
    await choice.selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(21, 22, 26)');
    await page.goto(`${chromium.origin}/peran/`);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    expect(await page.locator('#theme-select').inputValue()).toBe('dark');
    // Back to the system setting: light here, and nothing remembered.
    await page.locator('#theme-select').selectOption('auto');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe('rgb(21, 22, 26)');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(21, 22, 26)');
    await context.close();
  });

  test('follows the system dark theme without JavaScript', async () => {
    const context = await chromium.browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${chromium.origin}/`);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(21, 22, 26)');
    await context.close();
  });
});

describe('without JavaScript', () => {
  test('a role page shows its full text and navigation, and hides the theme choice that would do nothing', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(chromium.origin + path(role.url.id));
    expect(await page.locator('h1').innerText()).toContain(role.title.id);
    expect(await page.locator('#responsibilities').isVisible()).toBe(true);
    expect(await page.locator('nav[aria-label="Navigasi utama"] a').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('#theme-choice').isVisible()).toBe(false);
    await context.close();
  });
});

describe('the header', () => {
  test('on a phone takes one row, and its menu opens without JavaScript', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(chromium.origin + path(role.url.en));
    expect(await page.locator('header').evaluate((h) => h.getBoundingClientRect().height)).toBeLessThanOrEqual(64);
    const menu = page.locator('header details[data-menu] nav a');
    expect(await menu.first().isVisible()).toBe(false);
    await page.locator('header details[data-menu] summary').click();
    expect(await menu.count()).toBeGreaterThanOrEqual(6);
    expect(await menu.first().isVisible()).toBe(true);
    await menu.nth(1).click();
    await page.waitForURL((url) => url.pathname !== path(role.url.en));
    await context.close();
  });

  test('from 1024 px shows the sections as a row and no menu button', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(chromium.origin + path(role.url.en));
    expect(await page.locator('header details[data-menu] summary').isVisible()).toBe(false);
    const links = page.locator('header nav a');
    expect(await links.first().isVisible()).toBe(true);
    expect(await links.last().isVisible()).toBe(true);
    // One row under the name, left-aligned with it.
    const [first, last] = await Promise.all([links.first().boundingBox(), links.last().boundingBox()]);
    expect(Math.abs(first!.y - last!.y)).toBeLessThan(4);
    await context.close();
  });
});

describe('keyboard', () => {
  test('the first Tab reaches the skip link, and Enter moves focus to the main content', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    await page.goto(chromium.origin + path(skill.url.en));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  test('the language link leads to the same page in the other language', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    await page.goto(chromium.origin + path(role.url.en));
    await page.locator('a[data-twin]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(chromium.origin + path(role.url.id));
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await context.close();
  });
});

test('an unknown address gets the 404 page in its language', async () => {
  const context = await chromium.browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(`${chromium.origin}/en/does-not-exist/`);
  expect(response?.status()).toBe(404);
  expect(await page.locator('h1').innerText()).toBe('Page not found');
  await context.close();
});

describe('the web app manifest', () => {
  /** The manifest Chrome found for the page, as the install menu sees it. */
  const appManifest = async (page: Page) => {
    const cdp = await page.context().newCDPSession(page);
    return (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
  };

  test('is linked once the page has painted its text, and Chrome reads it without errors', async () => {
    const context = await chromium.browser.newContext();
    // Notes, at the moment the manifest link appears, whether the first contentful paint has happened.
    await context.addInitScript(() => {
      new MutationObserver((_, o) => {
        if (!document.head?.querySelector('link[rel="manifest"]')) return;
        o.disconnect();
        (window as { paintedBeforeManifest?: boolean }).paintedBeforeManifest = performance.getEntriesByName('first-contentful-paint').length > 0;
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(chromium.origin + path(role.url.en));
    await page.waitForSelector('head link[rel="manifest"]', { state: 'attached' });
    expect(await page.evaluate(() => (window as { paintedBeforeManifest?: boolean }).paintedBeforeManifest)).toBe(true);
    const manifest = await appManifest(page);
    expect(path(manifest.url)).toBe('/manifest.webmanifest');
    expect(manifest.errors).toEqual([]);
    await context.close();
  });
});
