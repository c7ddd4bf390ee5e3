import { describe, expect, test } from 'vitest';
import { allPages, pathTo, routeParam, twinOf } from '../../src/lib/routes';

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
  const pages = allPages({ roles: ['a'], skills: ['s'], certifications: [], metrics: ['m'], tools: [], guides: ['g'] });

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
