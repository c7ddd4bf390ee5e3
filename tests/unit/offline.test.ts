import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { cacheName, CACHE_PREFIX, offlinePageFor, pageFiles, pageKey, requestKind } from '../../src/lib/offline';

const origin = 'https://karier.example';

describe('requestKind', () => {
  const kind = (path: string, navigate = false, base = '/') => requestKind(new URL(path, origin), origin, base, navigate);

  test('pages, files and Pagefind entry are told apart', () => {
    expect(kind('/peran/team-leader/')).toBe('page');
    expect(kind('/')).toBe('page');
    expect(kind('/404.html')).toBe('page');
    expect(kind('/peran/team-leader', true)).toBe('page');
    expect(kind('/_astro/Base.abc123.css')).toBe('file');
    expect(kind('/pagefind/index/en_20b094c.pf_index')).toBe('file');
    expect(kind('/pagefind/pagefind-entry.json')).toBe('search-entry');
    expect(kind('/pagefind/pagefind-entry.json?ts=123')).toBe('search-entry');
  });

  test('the worker itself, share images, open data, other sites and paths outside the base are left alone', () => {
    expect(kind('/sw.js')).toBe('pass');
    expect(kind('/og/peran/team-leader.png')).toBe('pass');
    expect(kind('/data/careers.json')).toBe('pass');
    expect(requestKind(new URL('https://elsewhere.example/x/'), origin, '/', true)).toBe('pass');
    expect(kind('/peran/', true, '/karier/')).toBe('pass');
    expect(kind('/karier/peran/', true, '/karier/')).toBe('page');
    expect(kind('/karier/sw.js', false, '/karier/')).toBe('pass');
  });
});

describe('pageKey', () => {
  test('drops the query and the fragment, whatever they hold', () => {
    fc.assert(
      fc.property(fc.webPath(), fc.webQueryParameters(), fc.webFragments(), (path, query, fragment) => {
        const base = new URL(`${origin}/${path.replace(/^\/+/, '')}`);
        expect(pageKey(`${base.href}?${query}#${fragment}`)).toBe(`${origin}${base.pathname}`);
      }),
    );
  });
});

describe('offlinePageFor', () => {
  const pages = [
    { prefix: '/', path: '/luring/' },
    { prefix: '/en/', path: '/en/offline/' },
  ];
  test('the longest language prefix wins', () => {
    expect(offlinePageFor('/en/roles/team-leader/', pages)).toBe('/en/offline/');
    expect(offlinePageFor('/peran/team-leader/', pages)).toBe('/luring/');
    expect(offlinePageFor('/english/', pages)).toBe('/luring/');
    expect(offlinePageFor('/x/', [{ prefix: '/karier/', path: '/karier/luring/' }])).toBeUndefined();
  });
});

describe('pageFiles', () => {
  test('lists the stylesheets, scripts, icons and manifest of the same site, not links to pages or other sites', () => {
    const html = `<head><link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml">
      <link rel="manifest" href="/manifest.webmanifest"><link rel="apple-touch-icon" href="/icons/t.png">
      <link rel="canonical" href="${origin}/peran/"><link rel="alternate" hreflang="en" href="${origin}/en/roles/">
      <link rel="stylesheet" href="https://cdn.example/x.css"><link rel="icon" href="data:image/svg+xml,x"></head>
      <body><a href="/x/">x</a><script type="module" src="/_astro/b.js?v=1&amp;w=2"></script><script>inline()</script></body>`;
    expect(pageFiles(html, `${origin}/peran/team-leader/`).sort()).toEqual(
      [`${origin}/_astro/a.css`, `${origin}/_astro/b.js?v=1&w=2`, `${origin}/favicon.svg`, `${origin}/icons/t.png`, `${origin}/manifest.webmanifest`].sort(),
    );
  });
});

test('each deploy has its own cache, found by its prefix', () => {
  expect(cacheName('abc')).toBe(`${CACHE_PREFIX}abc`);
  expect(cacheName('abc')).not.toBe(cacheName('abd'));
});
