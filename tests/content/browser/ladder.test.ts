import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumOnDist } from '../../support/chromium-on-dist';
import { watch } from '../../support/browser';

const chromium = chromiumOnDist();

async function openLadder(path = '/en/career-ladder/', width = 1280): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await chromium.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const { problems } = watch(page, chromium.origin);
  await page.goto(chromium.origin + path);
  await page.waitForFunction(() => customElements.get('jenjang-ladder') !== undefined);
  return { page, problems, close: () => context.close() };
}

const dimmed = (page: Page, id: string) => page.locator(`.ladder-node[data-role="${id}"]`).evaluate((el) => el.classList.contains('is-dim'));

describe('the ladder island', () => {
  test('hovering a role highlights its promotion line and dims the rest', async () => {
    const { page, problems, close } = await openLadder();
    await page.locator('.ladder-node[data-role="team-leader"]').hover();
    expect(await dimmed(page, 'customer-service-manager')).toBe(false);
    expect(await dimmed(page, 'customer-service-representative')).toBe(false);
    expect(await dimmed(page, 'cx-strategist')).toBe(true);
    await page.mouse.move(5, 5);
    expect(await dimmed(page, 'cx-strategist')).toBe(false);
    expect(problems).toEqual([]);
    await close();
  });

  test('pointing at or focusing a role outlines the roles it can move to sideways, which have no line', async () => {
    const { page, problems, close } = await openLadder();
    const outlined = () => page.locator('.ladder-node.is-side').evaluateAll((els) => els.map((e) => e.getAttribute('data-role')).sort());
    await page.locator('.ladder-node[data-role="team-leader"]').hover();
    expect(await outlined()).toEqual(['customer-service-trainer', 'operations-management', 'quality-assurance-analyst']);
    // Outlined, not dimmed, and drawn dashed.
    expect(await dimmed(page, 'operations-management')).toBe(false);
    expect(await page.locator('.ladder-node[data-role="operations-management"] rect').evaluate((r) => getComputedStyle(r).strokeDasharray)).not.toBe('none');
    await page.mouse.move(5, 5);
    expect(await outlined()).toEqual([]);
    await page.locator('.ladder-node[data-role="customer-service-representative"]').focus();
    expect(await outlined()).toEqual(['sales-representative']);
    expect(problems).toEqual([]);
    await close();
  });

  test('clicking a role opens the side panel with its facts and a link to its page', async () => {
    const { page, close } = await openLadder();
    await page.locator('.ladder-node[data-role="team-leader"]').click();
    const panel = page.locator('[data-panel]');
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.locator('[data-panel-title]').innerText()).toBe('Team Leader / Supervisor');
    expect(await panel.innerText()).toContain('IDR 8,000,000 – IDR 40,000,000');
    expect(await panel.locator('[data-panel-link]').getAttribute('href')).toBe('/en/roles/team-leader/');
    await close();
  });

  test('works by keyboard alone: arrows move along the ladder, Enter opens, Escape closes', async () => {
    const { page, close } = await openLadder();
    await page.locator('.ladder-node[data-role="customer-service-representative"]').focus();
    await page.keyboard.press('ArrowUp');
    const afterUp = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.role);
    expect(['senior-customer-service-representative', 'customer-service-specialist']).toContain(afterUp);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.role)).toBe('customer-service-representative');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    const sideways = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.role);
    expect(sideways).not.toBe(afterUp);
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-panel]').isVisible()).toBe(true);
    expect(await page.locator('[data-announce]').innerText()).toContain('selected');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-panel]').isVisible()).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.role)).toBe(sideways);
    await close();
  });

  test('a focused role shows a visible focus ring', async () => {
    const { page, close } = await openLadder();
    await page.locator('.ladder-node[data-role="team-leader"]').focus();
    const width = await page.locator('.ladder-node[data-role="team-leader"] rect').evaluate((el) => getComputedStyle(el).strokeWidth);
    expect(width).toBe('3px');
    await close();
  });

  test('finds the path between two roles with years and the skill gap, and puts it in the URL', async () => {
    const { page, close } = await openLadder();
    await page.selectOption('select[name="from"]', 'customer-service-representative');
    await page.selectOption('select[name="to"]', 'customer-service-manager');
    await page.keyboard.press('Tab');
    await page.locator('form[data-finder] button').click();
    const result = page.locator('[data-path-result]');
    expect(await result.innerText()).toMatch(/From Customer Service Representative to Customer Service Manager: \d+ steps/);
    expect(await result.innerText()).toContain('Team Leader / Supervisor');
    expect(await result.innerText()).toContain('New skills needed');
    expect(await result.innerText()).toContain('Jobstreet, updated 30 June 2022');
    const url = new URL(page.url());
    expect(url.searchParams.get('from')).toBe('customer-service-representative');
    expect(url.searchParams.get('to')).toBe('customer-service-manager');
    expect(await dimmed(page, 'cx-strategist')).toBe(true);
    expect(await dimmed(page, 'team-leader')).toBe(false);
    await close();
  });

  test('restores a shared link: path and track filter come back from the URL', async () => {
    const { page, close } = await openLadder('/jenjang-karier/?from=customer-service-representative&to=team-leader&track=people-leadership');
    expect(await page.locator('select[name="from"]').inputValue()).toBe('customer-service-representative');
    expect(await page.locator('[data-path-result]').innerText()).toContain('Team Leader / Supervisor');
    const filtered = await page.locator('.ladder-node[data-role="customer-service-specialist"]').evaluate((el) => el.classList.contains('is-filtered'));
    expect(filtered).toBe(true);
    expect(await page.locator('[data-list-role="customer-service-specialist"]').isVisible()).toBe(false);
    expect(await page.locator('[data-list-role="team-leader"]').isVisible()).toBe(true);
    await close();
  });
});

describe('the ladder page layout', () => {
  test('at 360 px it is a vertical list with no horizontal scrolling', async () => {
    const { page, close } = await openLadder('/jenjang-karier/', 360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.locator('svg#ladder').isVisible()).toBe(false);
    expect(await page.locator('[data-list-role="team-leader"]').isVisible()).toBe(true);
    await close();
  });

  test('with JavaScript off the diagram and every role link are there, and the controls are not', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${chromium.origin}/en/career-ladder/`);
    expect(await page.locator('svg#ladder').isVisible()).toBe(true);
    const nodes = await page.locator('svg#ladder .ladder-node').count();
    expect(nodes).toBe(await page.locator('[data-list-role]').count());
    expect(await page.locator('form[data-finder]').isVisible()).toBe(false);
    await page.locator('.ladder-node[data-role="team-leader"]').click();
    await page.waitForURL(`${chromium.origin}/en/roles/team-leader/`);
    await context.close();
  });

  test('loading the island causes no layout shift', async () => {
    const { page, close } = await openLadder();
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
              if (!entry.hadRecentInput) total += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBeLessThan(0.01);
    await close();
  });
});
