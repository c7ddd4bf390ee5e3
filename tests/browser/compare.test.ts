import { expect, test } from 'vitest';
import { chromiumOnDist } from '../support/chromium-on-dist';
import { watch } from '../support/browser';
import { careers } from '../support/dist';
import { pathTo } from '../../src/lib/routes';

const chromium = chromiumOnDist();
const graph = careers();
const from = graph.roles.find((r) => r.promotesTo.length > 0)!;
const to = graph.roles.find((r) => r.id === from.promotesTo[0])!;

test('two roles picked side by side, kept in the address, with shared skills apart from each role\'s own', async () => {
  const context = await chromium.browser.newContext();
  const page = await context.newPage();
  const { problems } = watch(page, chromium.origin);
  await page.goto(chromium.origin + pathTo('en', { view: 'compare' }));
  await page.locator('[data-compare-pick="0"]').selectOption(from.id);
  await page.locator('[data-compare-pick="1"]').selectOption(to.id);
  await expect.poll(() => page.evaluate(() => location.search)).toBe(`?roles=${from.id},${to.id}`);
  const heads = await page.locator('[data-compare-result] thead th a').allTextContents();
  expect(heads).toEqual([from.title.en, to.title.en]);
  // Shared skills are listed once, apart; each column's own skills leave them out.
  const names = new Map(graph.skills.map((s) => [s.id, s.name.en]));
  const shared = from.skills.filter((s) => to.skills.some((t) => t.skill === s.skill)).map((s) => names.get(s.skill)!);
  const sharedShown = await page.locator('[data-compare-result] > div:not([role]) li').allTextContents();
  expect(sharedShown.sort()).toEqual([...shared].sort());
  const ownRow = page.locator('[data-compare-result] tbody tr', { hasText: 'Skills only this role needs' });
  for (const own of await ownRow.locator('td li').allTextContents()) expect(shared).not.toContain(own);
  // The ladder's path from one to the other.
  expect(await page.locator('[data-compare-result] a[href*="?from="]').getAttribute('href')).toBe(`${pathTo('en', { view: 'ladder' })}?from=${from.id}&to=${to.id}`);

  // The address opens the same columns in a fresh page, in the other language too.
  const url = page.url();
  const fresh = await context.newPage();
  await fresh.goto(url);
  expect(await fresh.locator('[data-compare-result] thead th a').allTextContents()).toEqual(heads);
  await fresh.goto(`${chromium.origin}${pathTo('id', { view: 'compare' })}?peran=${from.id},${to.id}`);
  expect(await fresh.locator('[data-compare-result] thead th a').allTextContents()).toEqual([from.title.id, to.title.id]);
  expect(problems).toEqual([]);
  await context.close();
});
