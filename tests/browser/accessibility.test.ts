import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { chromiumOnDist } from '../support/chromium-on-dist';
import { htmlPages } from '../support/dist';

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

const chromium = chromiumOnDist();

test.each(['light', 'dark'] as const)('axe-core finds no violation on any page in the %s theme', { timeout: 300_000 }, async (colorScheme) => {
  // bypassCSP lets the test inject axe; the site's own CSP is checked by the other browser tests.
  const context = await chromium.browser.newContext({ colorScheme, bypassCSP: true });
  const page = await context.newPage();
  const report: string[] = [];
  for (const path of htmlPages()) {
    await page.goto(chromium.origin + path);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: any[] }> } }).axe.run({
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    for (const v of violations) report.push(`${path} ${v}`);
  }
  await context.close();
  expect(report).toEqual([]);
});
