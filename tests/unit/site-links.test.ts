import { describe, expect, test } from 'vitest';
import { brokenLinks, pathOfFile } from '../../src/lib/site-links';

const site = new Map([
  ['/', '<a href="/peran/x/">x</a><a href="#main">skip</a><main id="main"></main>'],
  ['/peran/x/', '<h2 id="salary">Gaji</h2><a href="/peran/x/#salary">here</a><a href="https://example.org/">out</a><a href="/data/careers.json">data</a>'],
]);

describe('brokenLinks', () => {
  test('accepts links to pages, anchors and files that exist, and ignores other origins', () => {
    expect(brokenLinks(site, new Set(['/data/careers.json']))).toEqual([]);
  });

  test('reports a link to a page that does not exist', () => {
    const pages = new Map([...site, ['/en/', '<a href="/en/roles/y/">y</a>']]);
    expect(brokenLinks(pages, new Set(['/data/careers.json']))).toEqual([{ page: '/en/', href: '/en/roles/y/', reason: 'no page has this address' }]);
  });

  test('reports an anchor the target page does not have', () => {
    const pages = new Map([...site, ['/a/', '<a href="/peran/x/#gaji">y</a>']]);
    expect(brokenLinks(pages, new Set(['/data/careers.json']))).toEqual([
      { page: '/a/', href: '/peran/x/#gaji', reason: '/peran/x/ has no element with id "gaji"' },
    ]);
  });

  test('under a base path, reports a link that forgets the base', () => {
    const pages = new Map([['/karier/', '<a href="/peran/x/">x</a><a href="/karier/">home</a>']]);
    expect(brokenLinks(pages, new Set(), '/karier/')).toEqual([
      { page: '/karier/', href: '/peran/x/', reason: "it does not start with the site's base path /karier/" },
    ]);
  });
});

test('pathOfFile turns a built file into the address it serves', () => {
  expect(pathOfFile('peran/x/index.html')).toBe('/peran/x/');
  expect(pathOfFile('index.html')).toBe('/');
  expect(pathOfFile('404.html')).toBe('/404.html');
});
