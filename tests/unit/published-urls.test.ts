import { describe, expect, test } from 'vitest';
import { publishedUrls, readPublishedUrls, vanishedUrls, writePublishedUrls } from '../../src/lib/published-urls';

const role = '<h2 id="salary">Pay</h2><a href="#salary" class="section-link" data-section-link>x</a><h2 id="skills">S</h2><a data-section-link href="#skills">y</a>';
const pages = new Map([
  ['/', '<h1>Home</h1>'],
  ['/peran/agent/', role],
  ['/peran/new-name/', role],
]);
const isRole = (p: string) => p.startsWith('/peran/');

describe('the published addresses', () => {
  test('are every page, and every section a role page links to', () => {
    expect(publishedUrls(pages, isRole).sort()).toEqual(['/', '/peran/agent/', '/peran/agent/#salary', '/peran/agent/#skills', '/peran/new-name/', '/peran/new-name/#salary', '/peran/new-name/#skills']);
  });

  test('round-trip through the committed file, sorted, once each, comments ignored', () => {
    const file = writePublishedUrls(['/b/', '/a/', '/b/']);
    expect(file.startsWith('# ')).toBe(true);
    expect(readPublishedUrls(file)).toEqual(['/a/', '/b/']);
    expect(readPublishedUrls('/a/  # kept for a 2026 campaign\n\n# note\n/b/#x\n')).toEqual(['/a/', '/b/#x']);
  });
});

describe('a vanished address', () => {
  test('is a page gone without a redirect, or a section gone from its page', () => {
    const published = ['/', '/peran/agent/#salary', '/peran/old-name/', '/peran/old-name/#skills', '/peran/gone/', '/peran/agent/#gaji'];
    const redirects = new Map([['/peran/old-name/', '/peran/new-name/']]);
    expect(vanishedUrls(published, pages, redirects)).toEqual([
      { url: '/peran/gone/', reason: 'no page has this address any more, and no redirect leads from it' },
      { url: '/peran/agent/#gaji', reason: 'the page /peran/agent/ has no section #gaji any more' },
    ]);
  });

  test('nothing vanishes when the site still serves every address', () => {
    expect(vanishedUrls(publishedUrls(pages, isRole), pages, new Map())).toEqual([]);
  });
});
