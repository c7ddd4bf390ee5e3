// Screenshots of pages at 360 px and 1280 px, in light and dark, for looking at what users see.
// Usage: npm run preview (in another shell), then: node scripts/screenshots.mjs /peran/team-leader/ /en/ …
// SEARCH="team leader" opens search on each page (with "/"), types the query and waits for results first.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const origin = process.env.ORIGIN ?? 'http://localhost:4321';
const out = process.env.OUT ?? 'screenshots';
const paths = process.argv.slice(2);
const widths = (process.env.WIDTHS ?? '360,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const path of paths) {
  for (const width of widths) {
    for (const colorScheme of schemes) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      const query = process.env.SEARCH;
      if (query) {
        if (!(await page.locator('[data-search-page]').count())) await page.keyboard.press('/');
        await page.locator('pagefind-input input').first().fill(query);
        await page.locator('pagefind-results a.pf-result-link').first().waitFor();
        await page.waitForLoadState('networkidle');
      }
      const name = `${path.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'home'}${query ? '-search' : ''}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL !== '0' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      console.log(`${out}/${name}${overflow > 0 ? `  HORIZONTAL OVERFLOW ${overflow}px` : ''}`);
      await context.close();
    }
  }
}
await browser.close();
