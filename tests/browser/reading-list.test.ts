import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, test } from 'vitest';
import { chromiumOnDist } from '../support/chromium-on-dist';
import { watch } from '../support/browser';
import { listPages, page as pageOf } from '../support/dist';

const chromium = chromiumOnDist();

/** The text of a PDF, page after page (pdf.js, the library Firefox reads PDFs with). */
async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join(''));
  }
  return pages.join(' ');
}
// Any list will do; these tests are about progress, not about this guide's lists.
const enPath = listPages().find((p) => p.startsWith('/en/'))!;
const twinPath = pageOf(enPath)('a[data-twin]').attr('href')!;
const items = pageOf(enPath)('input[data-done]').toArray().map((el) => el.attribs['data-done']!);

describe('progress on a reading list', () => {
  test('ticked items stay ticked after a reload and in the other language, with the counts', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const { problems } = watch(page, chromium.origin);
    await page.goto(chromium.origin + enPath);
    await page.locator(`input[data-done="${items[0]}"]`).check();
    await page.locator(`input[data-done="${items.at(-1)}"]`).check();
    await expect.poll(() => page.locator('[data-progress-text]').textContent()).toBe(`2 of ${items.length} done`);
    expect(await page.locator('[data-progress-bar]').evaluate((el) => (el as HTMLProgressElement).value)).toBe(2);
    await page.reload();
    expect(await page.locator(`input[data-done="${items[0]}"]`).isChecked()).toBe(true);
    await page.goto(chromium.origin + twinPath);
    expect(await page.locator(`input[data-done="${items.at(-1)}"]`).isChecked()).toBe(true);
    expect(await page.locator(`input[data-done="${items[1]}"]`).isChecked()).toBe(false);
    await page.locator('[data-progress-reset]').click();
    expect(await page.locator('input[data-done]:checked').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('exported progress imports into a fresh browser, and a progress link carries it too', async () => {
    const first = await chromium.browser.newContext({ acceptDownloads: true });
    const page = await first.newPage();
    await page.goto(chromium.origin + enPath);
    await page.locator(`input[data-done="${items[1]}"]`).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-progress-export]').click()]);
    const exported = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'jenjang-progress', done: [items[1]] });
    await first.close();

    const second = await chromium.browser.newContext();
    const fresh = await second.newPage();
    await fresh.goto(chromium.origin + enPath);
    expect(await fresh.locator('input[data-done]:checked').count()).toBe(0);
    await fresh.locator('[data-progress-import]').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => fresh.locator(`input[data-done="${items[1]}"]`).isChecked()).toBe(true);
    await second.close();

    const third = await chromium.browser.newContext();
    const linked = await third.newPage();
    await linked.goto(`${chromium.origin}${enPath}#done=${items[0]},not-an-item`);
    await expect.poll(() => linked.locator(`input[data-done="${items[0]}"]`).isChecked()).toBe(true);
    expect(await linked.locator('input[data-done]:checked').count()).toBe(1);
    expect(new URL(linked.url()).hash).toBe('');
    await third.close();
  });

  test('without JavaScript every item, reason and time is there and the controls that need it are not', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(chromium.origin + enPath);
    expect(await page.locator('[data-item]').count()).toBe(items.length);
    expect(await page.locator('input[data-done]').first().isVisible()).toBe(false);
    expect(await page.locator('[data-progress-panel]').isVisible()).toBe(false);
    expect(await page.locator('#total').textContent()).toMatch(/minutes/);
    await context.close();
  });

  test('an item opened from the list shows the list bar: the list, "n of N", done and the next item', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const { problems } = watch(page, chromium.origin);
    await page.goto(chromium.origin + enPath);
    await page.locator(`a[href*="item=${items[1]}"]`).first().click();
    const bar = page.locator('nav.list-bar');
    await expect.poll(() => bar.isVisible()).toBe(true);
    expect(await bar.innerText()).toContain(`2 of ${items.length}`);
    await bar.locator('input[type=checkbox]').check();
    await bar.locator('a', { hasText: 'Next' }).click();
    await expect.poll(() => page.locator('nav.list-bar').innerText()).toContain(`3 of ${items.length}`);
    await page.goto(chromium.origin + enPath);
    expect(await page.locator(`input[data-done="${items[1]}"]`).isChecked()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a page opened without the list marker loads no script file', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    await page.goto(chromium.origin + new URL(pageOf(enPath)('a[href*="item="]').first().attr('href')!, 'http://x').pathname);
    expect(await page.evaluate(() => [...document.scripts].filter((s) => s.src).length)).toBe(0);
    expect(await page.locator('nav.list-bar').count()).toBe(0);
    await context.close();
  });

  test("a booklet's PDF holds the text of every item, and no list bar or controls", async () => {
    const bookletPath = pageOf(enPath)('a[data-booklet-link]').attr('href')!;
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    await page.goto(chromium.origin + bookletPath, { waitUntil: 'networkidle' });
    const expected = await page.locator('.booklet-item').evaluateAll((els) =>
      els.map((el) => {
        const title = el.querySelector('h3')!.textContent!;
        // The start of the item's printed text, up to its first link (a printed link adds its address after it).
        const first = el.querySelector('[data-booklet-body] p, li') ?? el.querySelector('p.italic')!;
        const body = first.childNodes[0]!.textContent!;
        return [title, body];
      }),
    );
    const pdf = await page.pdf({ format: 'A4' });
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(expected.length).toBe(items.length);
    const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const [title, body] of expected) {
      expect(text, title).toContain(flat(title!).slice(0, 40));
      expect(text, title).toContain(flat(body!).slice(0, 30));
    }
    expect(text).not.toContain(pageOf(enPath)('[data-progress-reset]').text().trim() + ' Export');
    await context.close();
  });
});
