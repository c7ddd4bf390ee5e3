import { expect, test } from 'vitest';
import { chromiumOnDist } from '../support/chromium-on-dist';
import { htmlPages } from '../support/dist';

const chromium = chromiumOnDist();

/** The visible text of the main content and of the navigation. */
async function visibleText(javaScriptEnabled: boolean): Promise<Map<string, string>> {
  const context = await chromium.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const texts = new Map<string, string>();
  for (const path of htmlPages()) {
    await page.goto(chromium.origin + path);
    // What exists only with scripts (.needs-js, the island's panel) or only without (.no-js-only) is left out.
    texts.set(
      path,
      await page.evaluate(() => {
        const main = document.querySelector('main')!;
        const hidden = [...main.querySelectorAll<HTMLElement>('.needs-js, .no-js-only, [data-panel], [data-announce]')];
        for (const el of hidden) el.dataset.skip = el.style.display || 'x';
        for (const el of hidden) el.style.display = 'none';
        return `${document.querySelector('header nav')?.textContent ?? ''}\n${main.innerText}`;
      }),
    );
  }
  await context.close();
  return texts;
}

// Room for two sweeps of about 200 pages each on a busy 2-core machine (a sweep, not a speed test).
test('every page shows the same text and navigation with JavaScript off as with it on', { timeout: 240_000 }, async () => {
  const [off, on] = await Promise.all([visibleText(false), visibleText(true)]);
  for (const [path, text] of on) {
    expect(off.get(path), path).toBe(text);
    expect(text.length, path).toBeGreaterThan(100);
  }
});
