import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumOnDist } from '../../support/chromium-on-dist';
import { watch } from '../../support/browser';

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

const chromium = chromiumOnDist();

async function open(path: string, options: { bypassCSP?: boolean; colorScheme?: 'light' | 'dark' } = {}) {
  const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const { problems } = watch(page, chromium.origin);
  await page.goto(chromium.origin + path);
  return { page, requests, problems, close: () => context.close() };
}

const resultLinks = (page: Page) => page.locator('pagefind-results a.pf-result-link');

/** Opens search with "/" and types once the input has focus (the UI loads on demand). */
async function searchFor(page: Page, query: string) {
  await page.keyboard.press('/');
  const input = page.locator('pagefind-modal input');
  await input.waitFor({ state: 'visible' });
  await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type(query);
}

describe('search', () => {
  test('loads nothing of search until the reader opens it, then opens with "/" and finds as they type', async () => {
    const { page, requests, problems, close } = await open('/en/roles/team-leader/');
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.keyboard.press('/');
    const input = page.locator('pagefind-modal input');
    await input.waitFor({ state: 'visible' });
    await page.keyboard.type('net promoter');
    await expect.poll(async () => resultLinks(page).first().getAttribute('href'), { timeout: 10_000 }).toContain('/en/metrics/nps/');
    expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  test('on a slow connection, a word typed while Pagefind loads ends on that word\'s results, not a prefix\'s', { timeout: 60_000 }, async () => {
    const { page, problems, close } = await open('/en/roles/team-leader/');
    // The benchmark's throttled profile: 1.6 Mbps down, 750 kbps up, 150 ms latency.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 });
    await page.keyboard.press('/');
    // A box takes typing at once, before Pagefind's UI has arrived, and nothing typed is lost on the way.
    expect(await page.evaluate(() => document.activeElement?.tagName === 'INPUT' && !customElements.get('pagefind-input'))).toBe(true);
    await page.keyboard.type('churn', { delay: 100 });
    const input = page.locator('pagefind-modal input');
    await expect.poll(() => input.inputValue(), { timeout: 30_000 }).toBe('churn');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    const first = () => resultLinks(page).first().getAttribute('href');
    await expect.poll(first, { timeout: 30_000 }).toContain('/en/metrics/churn-rate/');
    // And it stays there: no earlier search lands after it.
    await page.waitForTimeout(3000);
    expect(await first()).toContain('/en/metrics/churn-rate/');
    expect(await input.inputValue()).toBe('churn');
    expect(problems).toEqual([]);
    await close();
  });

  test('on a slow connection, Escape in the box shown while Pagefind loads closes search for good', { timeout: 60_000 }, async () => {
    const { page, close } = await open('/en/');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 });
    await page.keyboard.press('/');
    expect(await page.locator('dialog[data-search-shell]').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog[data-search-shell]').isVisible()).toBe(false);
    await page.waitForFunction(() => customElements.get('pagefind-modal') !== undefined, null, { timeout: 30_000 });
    await page.waitForTimeout(500);
    expect(await page.locator('pagefind-modal dialog[open]').count()).toBe(0);
    await close();
  });

  test('opens with Ctrl+K and from the header button, and closes with Escape', async () => {
    const { page, close } = await open('/peran/');
    await page.keyboard.press('Control+k');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('pagefind-modal dialog[open]').count()).toBe(0);
    await page.locator('[data-search-trigger]').click();
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await close();
  });

  test('shows the kind and level of a result as badges and filters by kind', async () => {
    const { page, close } = await open('/en/');
    await searchFor(page, 'customer service manager');
    await expect.poll(() => resultLinks(page).count(), { timeout: 10_000 }).toBeGreaterThan(1);
    const firstRole = page.locator('pagefind-results .pf-result', { has: page.locator('a.pf-result-link[href^="/en/roles/customer-service-manager/"]') });
    await expect.poll(() => firstRole.locator('.search-badge').allInnerTexts()).toEqual(['Role', 'Management']);
    await page.locator('pagefind-filter-dropdown[filter="kind"] button').first().click();
    await page.getByRole('option', { name: /Certification/ }).click();
    await expect
      .poll(async () => (await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')))).every((h) => h?.startsWith('/en/certifications/')), { timeout: 10_000 })
      .toBe(true);
    await close();
  });

  test('opening a result lands on the page and highlights the words', async () => {
    const { page, problems, close } = await open('/');
    await searchFor(page, 'kepuasan pelanggan');
    await expect.poll(() => resultLinks(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await resultLinks(page).first().click();
    await page.waitForURL(/highlight=/);
    await expect.poll(() => page.locator('mark').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await close();
  });

  test('by keyboard alone: "/" opens search, typing finds, the arrow keys reach a result and Enter opens it', async () => {
    const { page, problems, close } = await open('/en/');
    await searchFor(page, 'team lead');
    await expect.poll(() => resultLinks(page).first().getAttribute('href'), { timeout: 10_000 }).toContain('/en/roles/team-leader/');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href') ?? '')).toContain('/en/roles/team-leader/');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/roles\/team-leader\/\?highlight=/);
    await expect.poll(() => page.locator('main mark').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await close();
  });

  test('the search page runs the query in ?q= and keeps the URL in step with the input', async () => {
    const { page, close } = await open('/en/search/?q=team%20lead');
    await expect.poll(() => resultLinks(page).first().getAttribute('href'), { timeout: 10_000 }).toContain('/en/roles/team-leader/');
    await page.locator('pagefind-input input').fill('churn');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 10_000 }).toBe('churn');
    await close();
  });

  test('a query without results suggests browsing the roles by level', async () => {
    const { page, close } = await open('/cari/?q=zzqxv');
    await expect.poll(() => page.locator('[data-search-empty]').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('[data-search-empty] a').getAttribute('href')).toBe('/peran/');
    await close();
  });

  test('without JavaScript the search link leads to the index pages', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${chromium.origin}/en/`);
    await page.locator('[data-search-trigger]').click();
    await page.waitForURL(`${chromium.origin}/en/search/`);
    expect(await page.locator('.no-js-only a[href="/en/roles/"]').isVisible()).toBe(true);
    await context.close();
  });

  test('the level filter lists the levels in ladder order, while badges show the plain level', async () => {
    const { page, close } = await open('/en/');
    await searchFor(page, 'manager');
    await resultLinks(page).first().waitFor();
    await page.locator('pagefind-modal pagefind-filter-dropdown[filter="level"] .pf-dropdown-trigger').click();
    const labels = page.locator('pagefind-modal .pf-dropdown-menu:visible .pf-dropdown-option-label');
    await expect.poll(() => labels.allTextContents()).toEqual(['1. Entry level', '2. Mid level', '3. Management', '4. Executive']);
    await expect.poll(() => page.locator('pagefind-modal .search-badge').allTextContents()).toContain('Management');
    await close();
  });

  test('Escape in an open filter menu closes the menu, and only the next Escape closes search', async () => {
    const { page, problems, close } = await open('/');
    await searchFor(page, 'empati');
    await resultLinks(page).first().waitFor();
    const trigger = page.locator('pagefind-modal pagefind-filter-dropdown[filter="kind"] .pf-dropdown-trigger');
    await trigger.focus();
    await page.keyboard.press('Enter');
    await page.locator('pagefind-modal .pf-dropdown-menu:visible').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('pagefind-modal .pf-dropdown-menu').first().waitFor({ state: 'hidden' });
    expect(await page.locator('dialog[open]').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('pf-dropdown-trigger'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  test('on a 360 px phone every filter menu opens inside the screen', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${chromium.origin}/en/`);
    await searchFor(page, 'manager');
    await resultLinks(page).first().waitFor();
    const triggers = page.locator('pagefind-modal .pf-dropdown-trigger');
    await expect.poll(() => triggers.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      await triggers.nth(i).click();
      const menu = page.locator('pagefind-modal .pf-dropdown-menu:visible');
      await menu.waitFor();
      const box = (await menu.boundingBox())!;
      expect(box.x, `menu ${i} left edge`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `menu ${i} right edge`).toBeLessThanOrEqual(360);
      await triggers.nth(i).click();
      await menu.waitFor({ state: 'hidden' });
    }
    await context.close();
  });

  test('names every filter the moment Pagefind draws it (its comboboxes take no name from their text)', async () => {
    const { page, close } = await open('/en/search/');
    await page.locator('pagefind-filter-dropdown .pf-dropdown-trigger').first().waitFor({ state: 'attached' });
    const labels = await page.locator('pagefind-filter-dropdown .pf-dropdown-trigger').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(labels).toEqual(['Kind', 'Level', 'Track']);
    await close();
  });

  test.each(['light', 'dark'] as const)('axe-core finds no violation with the search open, and with a result selected, in the %s theme', async (colorScheme) => {
    const { page, close } = await open('/en/', { bypassCSP: true, colorScheme });
    await searchFor(page, 'team');
    await expect.poll(() => resultLinks(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.evaluate(axeSource);
    const axeViolations = () =>
      page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: any[] }> } }).axe.run({ resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
      });
    expect(await axeViolations()).toEqual([]);
    // The arrow key selects the first result, which Pagefind draws with its own background.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('pf-result-link'))).toBe(true);
    expect(await axeViolations()).toEqual([]);
    await close();
  });
});
