import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumOnDist } from '../../support/chromium-on-dist';
import { axeViolations, watch } from '../../support/browser';

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

describe('the path finder', () => {
  test('on a phone, with only a current role, shows at once where it leads: one and two moves away, with pay, years and skills', async () => {
    const { page, problems, close } = await openLadder('/en/career-ladder/', 360);
    await page.selectOption('select[name="from"]', 'customer-service-representative');
    await page.locator('form[data-finder] button').click();
    const answer = page.locator('[data-path-result] > section');
    await expect.poll(() => answer.evaluate((el) => el === document.activeElement)).toBe(true);
    // Its heading is on screen, not below it.
    await expect.poll(() => answer.locator('h2').evaluate((h) => { const r = h.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
    expect(await answer.locator('h2').innerText()).toBe('Where you can go from Customer Service Representative');
    const text = await answer.innerText();
    expect(text).toContain('One move away');
    expect(text).toContain('Two moves away');
    const senior = answer.locator('li', { has: page.locator('a[href="/en/roles/senior-customer-service-representative/"]') });
    expect(await senior.innerText()).toMatch(/Mid level · promotion/);
    expect(await senior.innerText()).toContain('New skills needed');
    // Two moves away names the role in between, and a role's pay with its source.
    const leader = answer.locator('li', { has: page.locator('a[href="/en/roles/team-leader/"]') });
    expect(await leader.innerText()).toMatch(/via (Senior Customer Service Representative|Customer Service Specialist)/);
    expect(await leader.innerText()).toContain('IDR 8,000,000 – IDR 40,000,000');
    expect(await page.locator('[data-path-result]').getAttribute('aria-live')).toBe('polite');
    expect(problems).toEqual([]);
    await close();
  });

  test('along a path the skill gap is cumulative, each step shows its pay, and the years in all are the target role\'s', async () => {
    const { page, close } = await openLadder();
    await page.selectOption('select[name="from"]', 'customer-service-intern');
    await page.selectOption('select[name="to"]', 'customer-service-manager');
    await page.locator('form[data-finder] button').click();
    const steps = page.locator('[data-path-result] ol > li');
    expect(await steps.count()).toBeGreaterThanOrEqual(3);
    const gaps = await steps.evaluateAll((items) => items.map((li) => [...li.querySelectorAll('p')].map((p) => p.textContent ?? '').find((t) => t.startsWith('New skills needed'))!.replace(/^New skills needed: /, '')));
    const asked = gaps.flatMap((g) => (g === 'no new skills listed' ? [] : g.split(', ')));
    expect(asked.length).toBeGreaterThan(0);
    expect(new Set(asked).size).toBe(asked.length);
    for (let i = 0; i < (await steps.count()); i++) expect(await steps.nth(i).innerText()).toContain('Monthly salary');
    expect(await page.locator('[data-path-result]').innerText()).toMatch(/Experience in all for Customer Service Manager|The sources give no years of experience for Customer Service Manager/);
    await close();
  });
});

test.each(['light', 'dark'] as const)('axe finds nothing with an answer shown and the panel open, in the %s theme', async (colorScheme) => {
  const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${chromium.origin}/en/career-ladder/?from=team-leader`);
  await page.waitForFunction(() => customElements.get('jenjang-ladder') !== undefined);
  await page.locator('[data-path-result] section').waitFor();
  await page.locator('.ladder-node[data-role="team-leader"]').click();
  await page.locator('[data-panel]').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

describe('the details panel', () => {
  test('Escape closes it wherever focus is, and focus goes back to the role', async () => {
    const { page, close } = await openLadder();
    await page.locator('.ladder-node[data-role="team-leader"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-panel-link]').focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-panel]').isVisible()).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.role)).toBe('team-leader');
    await close();
  });

  test('Tab goes through it and on to the next role, and it never covers what has focus', async () => {
    const { page, close } = await openLadder();
    const nodes = await page.locator('svg#ladder .ladder-node').evaluateAll((els) => els.map((e) => e.getAttribute('data-role')));
    const opener = nodes[nodes.length - 2]!;
    await page.locator(`.ladder-node[data-role="${opener}"]`).focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-panel]');
    expect(await panel.isVisible()).toBe(true);
    const covered = () =>
      page.evaluate(() => {
        const p = document.querySelector('[data-panel]') as HTMLElement;
        if (p.hidden) return false;
        const a = p.getBoundingClientRect();
        const b = document.activeElement!.getBoundingClientRect();
        return !p.contains(document.activeElement) && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      });
    const visited: string[] = [];
    for (let i = 0; i < 4 && (await panel.isVisible()); i++) {
      await page.keyboard.press('Tab');
      expect(await covered()).toBe(false);
      visited.push(await page.evaluate(() => document.activeElement!.textContent ?? ''));
    }
    expect(await panel.isVisible()).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.role)).toBe(nodes[nodes.length - 1]);
    // Shift+Tab from the panel's first control goes back to the role that opened it.
    await page.keyboard.press('Enter');
    await page.locator('[data-panel-close]').focus();
    await page.keyboard.press('Shift+Tab');
    expect(await panel.isVisible()).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.role)).toBe(nodes[nodes.length - 1]);
    await close();
  });
});

describe('the ladder page layout', () => {
  test('the track filter leaves no bare level headings', async () => {
    const { page, close } = await openLadder();
    await page.selectOption('select[name="track"]', 'beyond-cs');
    expect(await page.locator('[data-list-level="entry"]').isVisible()).toBe(false);
    expect(await page.locator('[data-list-level="mid"]').isVisible()).toBe(true);
    await page.selectOption('select[name="track"]', '');
    expect(await page.locator('[data-list-level="entry"]').isVisible()).toBe(true);
    await close();
  });

  test('lines its content up with the header', async () => {
    const { page, close } = await openLadder();
    const left = (selector: string) => page.locator(selector).first().evaluate((el) => Math.round(el.getBoundingClientRect().left));
    expect(await left('main h1')).toBe(await left('header a'));
    await close();
  });

  test('prints the diagram and not the form', async () => {
    const { page, close } = await openLadder('/en/career-ladder/', 800);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('svg#ladder').isVisible()).toBe(true);
    expect(await page.locator('form[data-finder]').isVisible()).toBe(false);
    await close();
  });


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
