import { describe, expect, test } from 'vitest';
import { chromiumOnDist } from '../support/chromium-on-dist';
import { clipboardContents, watch } from '../support/browser';
import { careers } from '../support/dist';
import { pathTo } from '../../src/lib/routes';

const chromium = chromiumOnDist();
const roleId = careers().roles[0]!.id;

describe('a job description page', () => {
  test.each(['id', 'en'] as const)('copies the description as plain text, rich text and Markdown (%s)', async (lang) => {
    const context = await chromium.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: chromium.origin });
    const page = await context.newPage();
    const { problems } = watch(page, chromium.origin);
    await page.goto(chromium.origin + pathTo(lang, { view: 'job-description', id: roleId }));
    const formats = JSON.parse((await page.locator('script[data-jd-formats]').textContent())!) as { text: string; markdown: string; html: string };
    const title = (await page.locator('[data-jd] h2').textContent())!;
    const clipboard = () => clipboardContents(page);
    const buttons = page.locator('[data-jd-actions] button[data-copy]');
    expect(await buttons.count()).toBe(3);

    await buttons.nth(0).click();
    await expect.poll(() => page.locator('[data-jd-status]').textContent()).not.toBe('');
    await expect.poll(async () => (await clipboard())['text/plain']).toBe(formats.text);
    expect(formats.text.startsWith(title)).toBe(true);

    await buttons.nth(1).click();
    await expect.poll(async () => (await clipboard())['text/html'] ?? '').toContain(`<h1>${title}</h1>`);
    const rich = await clipboard();
    // The browser may re-serialise the HTML; its headings and lists must be there, as in the built text.
    const markup = (html: string) => (html.match(/<(h1|h2|li)>/g) ?? []).length;
    expect(markup(rich['text/html']!)).toBe(markup(formats.html));
    expect(rich['text/plain']).toBe(formats.text);

    // Keyboard only: Tab to the Markdown button and press Enter.
    await buttons.nth(2).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await clipboard())['text/plain']).toBe(formats.markdown);
    expect(formats.markdown.startsWith(`# ${title}`)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('prints the description alone, with the employer placeholders', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    await page.goto(chromium.origin + pathTo('en', { view: 'job-description', id: roleId }));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-jd-actions]').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(false);
    expect(await page.locator('[data-jd]').innerText()).toContain('[Company name]');
    await context.close();
  });
});
