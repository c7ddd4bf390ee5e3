import { expect, test } from 'vitest';
import { BUDGETS, pageWeight } from '../support/budgets';
import { htmlPages } from '../support/dist';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const pages = htmlPages();
const rolePages = pages.filter((p) => /^\/(en\/roles|peran)\/[^/]+\/$/.test(p));

test(`every role page's HTML + CSS stays under ${kb(BUDGETS.rolePageHtmlCss)} gzip`, () => {
  const rows = rolePages.map((path) => ({ path, ...pageWeight(path) }));
  const worst = rows.reduce((a, b) => (a.html + a.css >= b.html + b.css ? a : b));
  console.log(
    `role pages (gzip): ${rows.length} pages, heaviest ${worst.path} = ${kb(worst.html)} HTML + ${kb(worst.css)} CSS = ${kb(worst.html + worst.css)} (budget ${kb(BUDGETS.rolePageHtmlCss)})`,
  );
  expect(rolePages.length).toBeGreaterThan(0);
  for (const row of rows) expect(row.html + row.css, row.path).toBeLessThan(BUDGETS.rolePageHtmlCss);
});

const LADDER_PAGES = ['/jenjang-karier/', '/en/career-ladder/'];

test('no content page but the ladder loads a JavaScript file', () => {
  for (const path of pages.filter((p) => !LADDER_PAGES.includes(p))) expect(pageWeight(path).js, path).toBe(BUDGETS.contentPageJs);
});

test(`the ladder island stays under ${kb(BUDGETS.ladderIslandJs)} of JavaScript gzip`, () => {
  for (const path of LADDER_PAGES) {
    const { js, html, css } = pageWeight(path);
    console.log(`ladder page ${path} (gzip): ${kb(js)} JS + ${kb(html)} HTML + ${kb(css)} CSS (JS budget ${kb(BUDGETS.ladderIslandJs)})`);
    expect(js).toBeGreaterThan(0);
    expect(js).toBeLessThan(BUDGETS.ladderIslandJs);
  }
});
