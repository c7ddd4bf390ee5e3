import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BUDGETS, gzipBytes, pageWeight, servedBytes } from '../support/budgets';
import { builderPages, comparePages, DIST, fileFor, htmlPages, jobDescriptionPages, listPages, offlinePages, page } from '../support/dist';
import { LIST_BAR_FILE, LIST_CHECK, UPDATE_NOTICE_FILE } from '../../src/lib/inline-scripts';
import { SERVICE_WORKER_FILE } from '../../src/lib/offline';

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

test(`every role page's first visit (HTML, CSS, fonts, icon and images) stays under ${kb(BUDGETS.rolePageFirstVisit)} gzip`, () => {
  const rows = rolePages.map((path) => {
    const w = pageWeight(path);
    return { path, ...w, total: w.html + w.css + w.js + w.fonts + w.icons };
  });
  const worst = rows.reduce((a, b) => (a.total >= b.total ? a : b));
  console.log(
    `role pages, first visit (gzip): heaviest ${worst.path} = ${kb(worst.html)} HTML + ${kb(worst.css)} CSS + ${kb(worst.fonts)} fonts + ${kb(worst.icons)} icon and images = ${kb(worst.total)} (budget ${kb(BUDGETS.rolePageFirstVisit)})`,
  );
  for (const row of rows) expect(row.total, row.path).toBeLessThan(BUDGETS.rolePageFirstVisit);
});

const LADDER_PAGES = ['/jenjang-karier/', '/en/career-ladder/'];

const LIST_PAGES = listPages();
const BUILDER_PAGES = builderPages();
const JOB_PAGES = jobDescriptionPages();
const COMPARE_PAGES = comparePages();
const OFFLINE_PAGES = offlinePages();

test('no content page but the ladder, the reading lists, the job descriptions and the compare page loads a JavaScript file', () => {
  const scripted = [...LADDER_PAGES, ...LIST_PAGES, ...BUILDER_PAGES, ...JOB_PAGES, ...COMPARE_PAGES];
  for (const path of pages.filter((p) => !scripted.includes(p))) expect(pageWeight(path).js, path).toBe(BUDGETS.contentPageJs);
});

test(`the compare page's script stays under ${kb(BUDGETS.comparePageJs)} of JavaScript gzip`, () => {
  const js = Math.max(...COMPARE_PAGES.map((path) => pageWeight(path).js));
  console.log(`compare page (gzip): ${kb(js)} JS (budget ${kb(BUDGETS.comparePageJs)})`);
  expect(js).toBeGreaterThan(0);
  expect(js).toBeLessThan(BUDGETS.comparePageJs);
});

test(`a job description's copy buttons stay under ${kb(BUDGETS.jobDescriptionJs)} of JavaScript gzip`, () => {
  expect(JOB_PAGES.length).toBeGreaterThan(0);
  const js = Math.max(...JOB_PAGES.map((path) => pageWeight(path).js));
  console.log(`job description pages (gzip): ${kb(js)} JS (budget ${kb(BUDGETS.jobDescriptionJs)})`);
  expect(js).toBeGreaterThan(0);
  expect(js).toBeLessThan(BUDGETS.jobDescriptionJs);
});

test(`the reading lists' JavaScript (progress script, list bar and builder together) stays under ${kb(BUDGETS.readingListJs)} gzip`, () => {
  expect(LIST_PAGES.length).toBeGreaterThan(0);
  const page = Math.max(...LIST_PAGES.map((path) => pageWeight(path).js));
  const builder = Math.max(...BUILDER_PAGES.map((path) => pageWeight(path).js));
  // Every script file but the ladder island's, the job description's, the compare page's and the offline code, shared chunks included: all the lists' code, counted once.
  const files = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js') && !/^(LadderIsland|JobDescriptionView|CompareView|SaveOffline)/.test(f));
  const shipped = files.reduce((sum, f) => sum + gzipBytes(join(DIST, '_astro', f)), 0) + gzipBytes(join(DIST, LIST_BAR_FILE));
  console.log(`reading lists (gzip): ${kb(shipped)} in ${files.length + 1} files (budget ${kb(BUDGETS.readingListJs)})`);
  expect(page).toBeGreaterThan(0);
  expect(builder).toBeGreaterThan(0);
  expect(shipped).toBeLessThan(BUDGETS.readingListJs);
});

test(`the inline check that loads the list bar stays under ${kb(BUDGETS.listCheck)}`, () => {
  expect(Buffer.byteLength(LIST_CHECK)).toBeLessThan(BUDGETS.listCheck);
});

test(`the ladder island stays under ${kb(BUDGETS.ladderIslandJs)} of JavaScript gzip`, () => {
  for (const path of LADDER_PAGES) {
    const { js, html, css } = pageWeight(path);
    console.log(`ladder page ${path} (gzip): ${kb(js)} JS + ${kb(html)} HTML + ${kb(css)} CSS (JS budget ${kb(BUDGETS.ladderIslandJs)})`);
    expect(js).toBeGreaterThan(0);
    expect(js).toBeLessThan(BUDGETS.ladderIslandJs);
  }
});

test(`search's UI stays under ${kb(BUDGETS.searchUiJs)} of JavaScript and ${kb(BUDGETS.searchUiCss)} of CSS gzip`, () => {
  const js = gzipBytes(join(DIST, 'pagefind/search-ui.js'));
  const css = gzipBytes(join(DIST, 'pagefind/search-ui.css'));
  const published = gzipBytes(join(DIST, 'pagefind/pagefind-component-ui.js'));
  console.log(`search UI (gzip): ${kb(js)} JS (Pagefind's full bundle: ${kb(published)}) + ${kb(css)} CSS`);
  expect(js).toBeLessThan(BUDGETS.searchUiJs);
  expect(css).toBeLessThan(BUDGETS.searchUiCss);
});

test(`a one-word search fetches under ${kb(BUDGETS.searchFirstResults)} before its first results, at worst`, () => {
  const dir = join(DIST, 'pagefind');
  const bytes = (path: string) => servedBytes(join(dir, path));
  const largest = (sub: string, lang: string, n: number) =>
    readdirSync(join(dir, sub))
      .filter((f) => f.startsWith(`${lang}_`))
      .map((f) => bytes(`${sub}/${f}`))
      .sort((a, b) => b - a)
      .slice(0, n)
      .reduce((a, b) => a + b, 0);
  for (const lang of ['id', 'en']) {
    const parts = {
      ui: bytes('search-ui.js') + bytes('search-ui.css'),
      runtime: bytes('pagefind.js') + bytes(`wasm.${lang}.pagefind`),
      meta: readdirSync(dir).filter((f) => f.startsWith(`pagefind.${lang}_`)).reduce((a, f) => a + bytes(f), 0) + largest('filter', lang, 9),
      index: largest('index', lang, 1),
      fragments: largest('fragment', lang, 5),
    };
    const total = Object.values(parts).reduce((a, b) => a + b, 0);
    console.log(`search before first results, ${lang} (gzip, worst case): ${Object.entries(parts).map(([k, v]) => `${k} ${kb(v)}`).join(' + ')} = ${kb(total)}`);
    expect(total).toBeLessThan(BUDGETS.searchFirstResults);
  }
});

test(`reading offline costs under ${kb(BUDGETS.offlineInstall)}, fetched after the first visit has loaded`, () => {
  const worker = readFileSync(join(DIST, SERVICE_WORKER_FILE), 'utf8');
  const precache = JSON.parse(/precache:(\[[^\]]*\])/.exec(worker)![1]!) as string[];
  const parts = {
    worker: gzipBytes(join(DIST, SERVICE_WORKER_FILE)),
    precache: precache.reduce((sum, path) => sum + gzipBytes(fileFor(path)!), 0),
    notice: gzipBytes(join(DIST, UPDATE_NOTICE_FILE)),
    save: readdirSync(join(DIST, '_astro'))
      .filter((f) => f.startsWith('SaveOffline'))
      .reduce((sum, f) => sum + gzipBytes(join(DIST, '_astro', f)), 0),
  };
  const total = parts.worker + parts.precache + parts.notice + parts.save;
  // The stylesheet and icons among the files on install are in the browser's cache already, from the page itself.
  console.log(`offline (gzip, after load): worker ${kb(parts.worker)} + ${precache.length} files on install ${kb(parts.precache)} + update notice ${kb(parts.notice)} + a list's save control ${kb(parts.save)} = ${kb(total)} (budget ${kb(BUDGETS.offlineInstall)})`);
  expect(parts.save).toBeGreaterThan(0);
  expect(precache).toEqual(expect.arrayContaining(OFFLINE_PAGES));
  expect(total).toBeLessThan(BUDGETS.offlineInstall);
  // Small enough that Astro writes it into the page as an inline module.
  const pageJs = Math.max(...OFFLINE_PAGES.map((path) => gzipBytes(Buffer.from(page(path)('script[type="module"]:not([src])').text()))));
  console.log(`offline page (gzip): ${kb(pageJs)} JS (budget ${kb(BUDGETS.offlinePageJs)})`);
  expect(pageJs).toBeGreaterThan(0);
  expect(pageJs).toBeLessThan(BUDGETS.offlinePageJs);
});
