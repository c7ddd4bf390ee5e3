// Search benchmark on the real build, in Chromium: bytes fetched (gzip) from opening search to the
// first results, and milliseconds from the last keystroke to results on screen. Prints medians.
// Usage: npm run build && npm run bench:search
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../tests/support/browser.ts';
import { DIST } from '../tests/support/dist.ts';
import { serveDist } from '../tests/support/server.ts';

const QUERIES = ['team leader', 'kepuasan pelanggan', 'gaji', 'empati', 'CCO'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const gzipSize = (path: string) => {
  const file = join(DIST, path);
  if (!existsSync(file) || statSync(file).isDirectory()) return 0;
  const raw = readFileSync(file);
  // Pagefind's index chunks are compressed already; a host serves them as they are.
  return /\.pf_|\.pagefind$/.test(path) ? raw.length : gzipSync(raw, { level: 9 }).length;
};

const server = await serveDist();
const browser = await launch();
const rows: { query: string; kb: number; ms: number }[] = [];
try {
  for (const query of QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.keyboard.press('/');
    await page.locator('pagefind-modal input').waitFor({ state: 'visible' });
    await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
    await page.evaluate(() => {
      const w = window as unknown as { firstResultAt?: number };
      new MutationObserver(() => {
        if (!w.firstResultAt && document.querySelector('pagefind-results a.pf-result-link')) w.firstResultAt = performance.now();
      }).observe(document.body, { subtree: true, childList: true });
    });
    await page.keyboard.type(query.slice(0, -1));
    const lastKey = await page.evaluate(() => performance.now());
    await page.keyboard.type(query.slice(-1));
    await page.waitForFunction(() => (window as unknown as { firstResultAt?: number }).firstResultAt !== undefined, null, { timeout: 10_000 });
    const shownAt = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
    const bytes = fetched.reduce((sum, p) => sum + gzipSize(p), 0);
    rows.push({ query, kb: bytes / 1000, ms: shownAt - lastKey });
    console.log(`"${query}": ${(bytes / 1000).toFixed(1)} kB fetched (gzip), results ${(shownAt - lastKey).toFixed(0)} ms after the last keystroke`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`\nmedian: ${median(rows.map((r) => r.kb)).toFixed(1)} kB fetched before the first results (target < 100 kB), ${median(rows.map((r) => r.ms)).toFixed(0)} ms from the last keystroke to results (target < 100 ms; includes Pagefind's input debounce)`);
