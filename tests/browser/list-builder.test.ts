import { describe, expect, test } from 'vitest';
import { chromiumOnDist } from '../support/chromium-on-dist';
import { watch } from '../support/browser';
import { pathTo } from '../../src/lib/routes';

const chromium = chromiumOnDist();
const builder = pathTo('en', { view: 'list-builder' });

describe('the list builder', () => {
  test('builds a list by keyboard alone, and its link opens the same list in a fresh browser, with progress', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const { problems } = watch(page, chromium.origin);
    await page.goto(chromium.origin + builder);
    await page.locator('[data-builder-title]').focus();
    await page.keyboard.type('Week one at our desk');
    // Find two pages and add them, with Tab and Enter only.
    await page.locator('[data-builder-query]').focus();
    await page.keyboard.type('a');
    const first = await page.locator('[data-builder-results] li span').first().evaluate((el) => el.childNodes[0]!.textContent!);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const added = await page.locator('[data-builder-steps] li > span:first-child').allTextContents();
    expect(added.length).toBe(2);
    expect(added[0]).toBe(first);
    // Move the second item up by keyboard; focus stays on the moved item's button.
    await page.locator('[data-builder-steps] li').nth(1).getByRole('button', { name: /up/ }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-builder-steps] li > span:first-child').allTextContents()).toEqual([added[1], added[0]]);
    const link = await page.locator('[data-builder-link]').inputValue();
    expect(link.length).toBeLessThan(2000);
    expect(problems).toEqual([]);
    await context.close();

    const fresh = await chromium.browser.newContext();
    const reader = await fresh.newPage();
    const readerWatch = watch(reader, chromium.origin);
    await reader.goto(link.replace(/^https?:\/\/[^/]+/, chromium.origin));
    await expect.poll(() => reader.locator('[data-built-title]').textContent()).toBe('Week one at our desk');
    expect(await reader.locator('[data-built-steps] li a').allTextContents()).toEqual([added[1], added[0]]);
    await reader.locator('[data-built-steps] input[type=checkbox]').first().check();
    await reader.reload();
    expect(await reader.locator('[data-built-steps] input[type=checkbox]').first().isChecked()).toBe(true);
    expect(await reader.locator('[data-built-progress]').textContent()).toBe('1 of 2 done');

    // An item opened from the built list shows the list bar, from the copy the list's page left.
    await reader.locator('[data-built-steps] li a').nth(1).click();
    const bar = reader.locator('nav.list-bar');
    await expect.poll(() => bar.count()).toBe(1);
    expect(await bar.locator('a').first().textContent()).toBe('Week one at our desk');
    expect(await bar.innerText()).toContain('2 of 2');
    expect(await bar.getByRole('link', { name: 'Previous' }).getAttribute('href')).toContain('item=');
    await bar.getByRole('checkbox').check();
    // The bar's list name leads back to the built list, where both items are now done.
    await bar.locator('a').first().click();
    await expect.poll(() => reader.locator('[data-built-progress]').textContent()).toBe('2 of 2 done');
    expect(readerWatch.problems).toEqual([]);
    await fresh.close();
  });

  test('a tampered link shows what could be read, as text, and says what could not', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const payload = Buffer.from('J1\nT<img src=x onerror=alert(1)>\nSDay 1\nErno-such-role\nUjavascript:alert(1) Click\nZ').toString('base64url');
    await page.goto(`${chromium.origin}${builder}#${payload}`);
    await expect.poll(() => page.locator('[data-built-title]').textContent()).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('[data-built-title] img').count()).toBe(0);
    expect(await page.locator('[data-built-problems] li').allTextContents()).toEqual([
      expect.stringContaining('no longer exists'),
      expect.stringContaining('https address'),
    ]);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  test("a built list prints as a booklet assembled from its pages' own text", async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const { problems } = watch(page, chromium.origin);
    // Two curated items: a whole page and a section, taken from the first ready-made list.
    await page.goto(chromium.origin + builder);
    await page.locator('[data-builder-start]').click();
    const link = await page.locator('[data-builder-link]').inputValue();
    await page.goto(link.replace(/^https?:\/\/[^/]+/, chromium.origin));
    // The print dialog itself is the browser's; note that it was asked for, and print to PDF here instead.
    await page.evaluate(() => {
      window.print = () => ((window as unknown as { printed: boolean }).printed = true);
    });
    await page.locator('[data-built-print]').click();
    await expect.poll(() => page.locator('[data-built-booklet]').isVisible()).toBe(true);
    await expect.poll(() => page.locator('[data-built-status]').textContent()).not.toContain('…');
    const parts = await page.locator('[data-built-booklet] .booklet-item').count();
    expect(parts).toBe(await page.locator('[data-built-steps] li').count());
    // Every page item carries text of its own, and nothing interactive came along with it.
    for (const body of await page.locator('[data-built-booklet] .booklet-item .prose').all()) expect((await body.innerText()).length).toBeGreaterThan(20);
    expect(await page.locator('[data-built-booklet] script, [data-built-booklet] input, [data-built-booklet] .booklet-item [id]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(20_000);
    expect(problems).toEqual([]);
    await context.close();
  });
});
