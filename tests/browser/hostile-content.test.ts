/**
 * Content is never trusted as markup. The fixture site is built with script and markup payloads in
 * every string an author writes (titles, other names, summaries, duties, source titles, body text,
 * reading lists' words, and a built list's link);
 * in Chromium no page opens a dialog or runs injected code, and every JSON-LD block parses back to
 * exactly the strings that were written.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clipboardContents, launch } from '../support/browser';
import { htmlPages } from '../support/dist';
import { buildFixture, type FixtureBuild } from '../support/fixture-build';
import { serveDist } from '../support/server';

const TITLE = 'Agen </script><script>alert(1)</script>';
const ALT = '<img src=x onerror=alert(2)>';
const SUMMARY = `Ringkasan "'><svg onload=alert(3)> & \u2028 </script><script>window.__pwned=1</script> selesai.`;
const DUTY = '<a href="javascript:alert(4)">klik</a> & <!-- komentar -->';
const SOURCE_TITLE = '</title><script>alert(5)</script>';
const PUBLISHER = 'Q&A <b onmouseover=alert(6)>tebal</b>';
const BODY = 'Teks \\<script>window.__pwned=2\\</script> dan \\<img src=x onerror=alert(7)> tetap teks.';

const yaml = (value: string) => JSON.stringify(value);

let build: FixtureBuild;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => {
  build = buildFixture((f) => {
    for (const lang of ['id', 'en']) {
      const file = `texts/roles/${lang}/agent.mdx`;
      f(
        file,
        f(file)
          .replace(/^title: .*$/m, `title: ${yaml(TITLE)}\naltTitles: [${yaml(ALT)}]`)
          .replace(/^summary: .*$/m, `summary: ${yaml(SUMMARY)}`)
          .replace(/^responsibilities: .*$/m, `responsibilities: [${yaml(DUTY)}]`)
          .concat(`\n${BODY}\n`),
      );
      const list = `texts/lists/${lang}/first-week.mdx`;
      f(
        list,
        f(list)
          .replace(/^title: .*$/m, `title: ${yaml(TITLE)}`)
          .replace(/^summary: .*$/m, `summary: ${yaml(SUMMARY)}`)
          .replace(/the-job: \{ reason: [^}]*\}/, `the-job: { reason: ${yaml(DUTY)} }`),
      );
      const skill = `texts/skills/${lang}/empathy.mdx`;
      f(skill, f(skill).replace(/^name: .*$/m, `name: ${yaml(TITLE)}\naltNames: [${yaml(ALT)}]`));
    }
    f('sources/qiscus.yaml', f('sources/qiscus.yaml').replace('publisher: Qiscus', `publisher: ${yaml(PUBLISHER)}\ncitedAs: [Qiscus]`).replace('title: Fixture source', `title: ${yaml(SOURCE_TITLE)}`));
  });
  if (build.status !== 0) throw new Error(`the hostile fixture did not build:\n${build.log}`);
  [browser, server] = await Promise.all([launch(), serveDist(build.dist)]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a site built from hostile content', () => {
  test('opens no dialog and runs no injected script on any page, and shows the payloads as text', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${page.url()}: ${d.message()}`);
      void d.dismiss();
    });
    const all = htmlPages(build.dist);
    expect(all.length).toBeGreaterThan(20);
    for (const path of all) {
      await page.goto(server.origin + path);
      // Give injected handlers (onerror, onload) a moment, and hover everything for onmouseover.
      for (const b of await page.locator('main b').all()) await b.hover().catch(() => {});
      await page.waitForTimeout(30);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), path).toBeUndefined();
      expect(await page.locator('main img[src="x"], main svg[onload], a[href^="javascript:"]').count(), path).toBe(0);
    }
    // The list bar and a built list set their words from data at run time: as text too.
    await page.goto(`${server.origin}/peran/agent/?list=first-week&item=the-job`);
    await expect.poll(() => page.locator('nav.list-bar').innerText()).toContain(TITLE);
    const built = Buffer.from(`J1\nT${TITLE}\nS${ALT}\nEragent\nZ`).toString('base64url');
    await page.goto(`${server.origin}/daftar-bacaan/buat/#${built}`);
    await expect.poll(() => page.locator('[data-built-title]').textContent()).toBe(TITLE);
    // The built list's item opens with the bar, which shows the link's title as text too.
    await page.locator('[data-built-steps] li a').first().click();
    await expect.poll(() => page.locator('nav.list-bar a').first().textContent()).toBe(TITLE);
    await page.waitForTimeout(30);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img[src="x"], main script:not([type])').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.goto(`${server.origin}/peran/agent/`);
    expect(await page.locator('h1').innerText()).toBe(TITLE);
    expect(await page.locator('main').innerText()).toContain('\\<script>'.slice(1));
    await context.close();
  });

  test("copies a job description's words as text in every format: escaped in the HTML, never run", async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await context.newPage();
    await page.goto(`${server.origin}/peran/agent/deskripsi-kerja/`);
    const clipboard = async (type: string) => (await clipboardContents(page))[type] ?? '';
    await page.locator('[data-copy="rich"]').click();
    await expect.poll(() => clipboard('text/html')).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(await clipboard('text/html')).not.toContain('<script>');
    expect(await clipboard('text/plain')).toContain(TITLE);
    await page.locator('[data-copy="markdown"]').click();
    await expect.poll(() => clipboard('text/plain')).toContain('\\</script\\>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await context.close();
  });

  test('keeps every JSON-LD block parseable and equal to the strings the author wrote', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/peran/agent/`);
    const blocks = await page.$$eval('script[type="application/ld+json"]', (els) => els.map((e) => JSON.parse(e.textContent ?? '')));
    const occupation = blocks.find((b) => b['@type'] === 'Occupation');
    expect(occupation).toMatchObject({ name: TITLE, alternateName: [ALT], description: SUMMARY, responsibilities: [DUTY] });
    expect(occupation.skills).toEqual([{ '@type': 'DefinedTerm', name: TITLE }]);
    const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList');
    expect(crumbs.itemListElement.at(-1).name).toBe(TITLE);
    await page.goto(`${server.origin}/jenjang-karier/`);
    const ladder = await page.$eval('script[data-ladder]', (e) => JSON.parse(e.textContent ?? ''));
    expect(JSON.stringify(ladder)).toContain(JSON.stringify(SUMMARY).slice(1, -1));
    await context.close();
  });
});
