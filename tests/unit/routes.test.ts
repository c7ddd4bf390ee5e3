import { afterEach, describe, expect, test, vi } from 'vitest';
import { allPages, assetPath, pathTo, routeParam, twinOf, withBase } from '../../src/lib/routes';
import { siteAddress } from '../../src/integrations/site-address';

describe('pathTo', () => {
  test('puts Indonesian pages at the root with Indonesian section names', () => {
    expect(pathTo('id', { view: 'home' })).toBe('/');
    expect(pathTo('id', { view: 'role', id: 'team-leader' })).toBe('/peran/team-leader/');
    expect(pathTo('id', { view: 'skills' })).toBe('/keterampilan/');
  });

  test('puts English pages under /en/ with English section names', () => {
    expect(pathTo('en', { view: 'home' })).toBe('/en/');
    expect(pathTo('en', { view: 'role', id: 'team-leader' })).toBe('/en/roles/team-leader/');
    expect(pathTo('en', { view: 'metric', id: 'csat' })).toBe('/en/metrics/csat/');
  });

  test('sends each 404 where static hosts look for it', () => {
    expect(pathTo('id', { view: 'not-found' })).toBe('/404.html');
    expect(pathTo('en', { view: 'not-found' })).toBe('/en/404/');
  });
});

describe('twinOf', () => {
  test('links a role page to the same role in the other language', () => {
    expect(twinOf('id', { view: 'role', id: 'x' })).toEqual({ lang: 'en', path: '/en/roles/x/' });
    expect(twinOf('en', { view: 'role', id: 'x' })).toEqual({ lang: 'id', path: '/peran/x/' });
  });

  test('offers the other home from a 404', () => {
    expect(twinOf('en', { view: 'not-found' })).toEqual({ lang: 'id', path: '/' });
  });
});

describe('allPages', () => {
  const pages = allPages({ roles: ['a'], skills: ['s'], certifications: [], metrics: ['m'], tools: [], guides: ['g'], lists: ['l'] });

  test('lists every page in both languages plus the English 404', () => {
    const paths = pages.map(({ lang, page }) => pathTo(lang, page));
    expect(paths).toContain('/peran/a/');
    expect(paths).toContain('/en/roles/a/');
    expect(paths).toContain('/en/404/');
    expect(paths).toContain('/panduan/g/');
    expect(paths).toContain('/jenjang-karier/');
    expect(paths).toContain('/en/career-ladder/');
    expect(paths).not.toContain('/404.html');
    expect(new Set(paths).size).toBe(paths.length);
  });

  test('gives the root an undefined route parameter', () => {
    expect(routeParam('id', { view: 'home' })).toBeUndefined();
    expect(routeParam('en', { view: 'skill', id: 's' })).toBe('en/skills/s');
  });
});

describe('under a base path', () => {
  afterEach(() => vi.unstubAllEnvs());

  test('puts the base in front of every page path, and keeps the route parameter without it', () => {
    vi.stubEnv('BASE_URL', '/karier/');
    expect(pathTo('id', { view: 'home' })).toBe('/karier/');
    expect(pathTo('en', { view: 'role', id: 'team-leader' })).toBe('/karier/en/roles/team-leader/');
    expect(pathTo('id', { view: 'not-found' })).toBe('/karier/404.html');
    expect(twinOf('en', { view: 'not-found' })).toEqual({ lang: 'id', path: '/karier/' });
    expect(routeParam('en', { view: 'role', id: 'team-leader' })).toBe('en/roles/team-leader');
  });

  test('gives assets the base, and leaves a data: URI alone', () => {
    vi.stubEnv('BASE_URL', '/karier');
    expect(withBase('/pagefind/')).toBe('/karier/pagefind/');
    expect(assetPath('favicon.svg')).toBe('/karier/favicon.svg');
    expect(assetPath('data:image/svg+xml,x')).toBe('data:image/svg+xml,x');
  });
});

describe('siteAddress', () => {
  test('gives the base with its trailing slash and the origin without a path', () => {
    expect(siteAddress({ base: '/karier', site: 'https://intranet.example.com/' })).toEqual({ base: '/karier/', origin: 'https://intranet.example.com' });
    expect(siteAddress({ base: '/' })).toEqual({ base: '/', origin: 'http://localhost' });
  });
});
