import { describe, expect, test } from 'vitest';
import { chromiumOnDist } from '../support/chromium-on-dist';
import { watch } from '../support/browser';
import { careers } from '../support/dist';
import { pathTo } from '../../src/lib/routes';

const chromium = chromiumOnDist();
const graph = careers();
// A role with a promotion, so the ladder has a path to keep across the language switch.
const role = graph.roles.find((r) => r.promotesTo.length > 0)!;

describe('section links on a role page', () => {
  test('each section heading has a copy-link control that the keyboard reaches, and it copies the full address', async () => {
    const context = await chromium.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: chromium.origin });
    const page = await context.newPage();
    const { problems } = watch(page, chromium.origin);
    const path = pathTo('en', { view: 'role', id: role.id });
    await page.goto(chromium.origin + path);
    const headings = await page.locator('main section > div > h2[id]').count();
    expect(headings).toBeGreaterThan(5);
    expect(await page.locator('main section > div > h2[id] + a[data-section-link]').count()).toBe(headings);
    const salary = page.locator('a[data-section-link][href="#salary"]');
    expect(await salary.isVisible()).toBe(true);
    // Tab until the salary link has focus, then press Enter.
    for (let i = 0; i < 60 && !(await salary.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await salary.evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${chromium.origin}${path}#salary`);
    await expect.poll(() => salary.innerText()).toBe('Link copied');
    // The section the link lands on is highlighted.
    expect(await page.evaluate(() => location.hash)).toBe('#salary');
    expect(await page.locator('#salary').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('on a phone, #ladder lands on a visible section with the way to the full ladder', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${chromium.origin}${pathTo('id', { view: 'role', id: role.id })}#ladder`);
    expect(await page.locator('#ladder').isVisible()).toBe(true);
    const link = page.locator('section:has(> div > #ladder) a[href*="?from="]');
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe(`${pathTo('id', { view: 'ladder' })}?from=${role.id}`);
    await context.close();
  });
});

describe('the language switch keeps the reader\'s place', () => {
  test('a section anchor and the ladder\'s path state', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${chromium.origin}${pathTo('id', { view: 'role', id: role.id })}#salary`);
    await page.locator('a[data-twin]').click();
    await page.waitForURL(`**${pathTo('en', { view: 'role', id: role.id })}#salary`);

    const state = `?from=${role.id}&to=${role.promotesTo[0]}`;
    await page.goto(`${chromium.origin}${pathTo('en', { view: 'ladder' })}${state}`);
    await page.locator('a[data-twin]').click();
    await page.waitForURL(`**${pathTo('id', { view: 'ladder' })}${state}`);
    await context.close();
  });
});
