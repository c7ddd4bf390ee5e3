import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch } from '../support/browser';
import { htmlPages } from '../support/dist';
import { serveDist } from '../support/server';

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serveDist()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test.each(['light', 'dark'] as const)('axe-core finds no violation on any page in the %s theme', { timeout: 300_000 }, async (colorScheme) => {
  // bypassCSP lets the test inject axe; the site's own CSP is checked by the other browser tests.
  const context = await browser.newContext({ colorScheme, bypassCSP: true });
  const page = await context.newPage();
  const report: string[] = [];
  for (const path of htmlPages()) {
    await page.goto(server.origin + path);
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
