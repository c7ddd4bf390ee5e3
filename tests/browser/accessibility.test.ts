import { expect, test } from 'vitest';
import { axeViolations } from '../support/browser';
import { chromiumOnDist } from '../support/chromium-on-dist';
import { htmlPages } from '../support/dist';

const chromium = chromiumOnDist();

test.each(['light', 'dark'] as const)('axe-core finds no violation on any page in the %s theme', { timeout: 300_000 }, async (colorScheme) => {
  // bypassCSP lets the test inject axe; the site's own CSP is checked by the other browser tests.
  const context = await chromium.browser.newContext({ colorScheme, bypassCSP: true });
  const page = await context.newPage();
  const report: string[] = [];
  for (const path of htmlPages()) {
    await page.goto(chromium.origin + path);
    const violations = await axeViolations(page);
    for (const v of violations) report.push(`${path} ${v}`);
  }
  await context.close();
  expect(report).toEqual([]);
});
