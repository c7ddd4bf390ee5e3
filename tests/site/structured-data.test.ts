import { describe, expect, test } from 'vitest';
import { careers, fileFor, htmlPages, jsonLd, page, spacedText } from '../support/dist';

/** The fields each schema.org type must carry here. */
const REQUIRED: Record<string, string[]> = {
  Occupation: ['name', 'description', 'occupationLocation', 'skills', 'url', 'image'],
  DefinedTerm: ['name', 'description', 'inDefinedTermSet', 'url'],
  EducationalOccupationalCredential: ['name', 'description', 'credentialCategory', 'url'],
  BreadcrumbList: ['itemListElement'],
  WebSite: ['name', 'url'],
  ItemList: ['name', 'itemListElement', 'numberOfItems'],
};

/** Every string value in a JSON-LD object that is words for a reader (not a URL, type, code or date). */
function wordsIn(value: unknown, key = ''): string[] {
  if (typeof value === 'string') {
    if (key.startsWith('@') || /^(url|item|inLanguage|currency|duration)$/.test(key) || /^https?:/.test(value)) return [];
    return [value];
  }
  if (Array.isArray(value)) return value.flatMap((v) => wordsIn(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => wordsIn(v, k));
  return [];
}

const pages = htmlPages();
const roles = careers().roles;
const rolePages = roles.flatMap((role) => Object.entries(role.url).map(([lang, url]) => ({ role, lang, path: new URL(url).pathname })));

describe.each(pages)('%s', (path) => {
  const $ = page(path);
  const ld = jsonLd($);

  test('has JSON-LD that parses, with the fields its type needs', () => {
    expect(ld.length).toBeGreaterThan(0);
    for (const item of ld) {
      expect(item['@context']).toBe('https://schema.org');
      const type = item['@type'] as string;
      expect(Object.keys(REQUIRED), `unexpected type ${type}`).toContain(type);
      for (const field of REQUIRED[type]!) expect(item[field], `${type}.${field}`).toBeTruthy();
      // An image in structured data is the page's own share image.
      if (item.image) expect(item.image).toBe($('meta[property="og:image"]').attr('content'));
    }
  });

  test('says in its structured data only words the page itself shows, in the page language', () => {
    const shown = spacedText($, 'body').replace(/\s+/g, ' ');
    const unshown = ld.flatMap((item) => wordsIn(item)).filter((w) => !shown.includes(w.replace(/\s+/g, ' ')));
    expect(unshown).toEqual([]);
  });
});

describe.each(pages.filter((p) => !p.includes('404')))('breadcrumbs of %s', (path) => {
  test('are numbered from 1, point to pages that exist and end at this page', () => {
    const crumbs = jsonLd(page(path)).find((item) => item['@type'] === 'BreadcrumbList') as { itemListElement: any[] } | undefined;
    if (path === '/' || path === '/en/') {
      expect(crumbs).toBeUndefined();
      return;
    }
    expect(crumbs).toBeDefined();
    crumbs!.itemListElement.forEach((c, i) => {
      expect(c.position).toBe(i + 1);
      expect(fileFor(new URL(c.item).pathname), c.item).toBeDefined();
    });
    expect(new URL(crumbs!.itemListElement.at(-1).item).pathname).toBe(path);
  });
});

describe.each(rolePages)('the Occupation on $path', ({ role, path }) => {
  const occupation = jsonLd(page(path)).find((item) => item['@type'] === 'Occupation') as any;

  test('gives as salary exactly the figures a source gives for this very role, never a range for CS work in general nor a minimum wage', () => {
    // A single figure is both ends of its range.
    const own = role.salary.filter((s) => s.scope === 'role' && s.kind === 'pay').map((s) => ({ minValue: s.min, maxValue: s.max ?? s.min }));
    const given = (occupation.estimatedSalary ?? []).map((s: any) => {
      expect(s).toMatchObject({ '@type': 'MonetaryAmountDistribution', currency: 'IDR', duration: 'P1M', name: occupation.name });
      return { minValue: s.minValue, maxValue: s.maxValue };
    });
    expect(given).toEqual(own);
  });

  test('names its occupation codes as CategoryCodes of their classification, linked to the page that states them', () => {
    const codes = (occupation.occupationalCategory ?? []) as any[];
    expect(codes.map((c) => c.codeValue)).toEqual(role.occupationCodes.map((c) => c.code));
    for (const [i, c] of codes.entries()) {
      expect(c).toMatchObject({ '@type': 'CategoryCode', name: role.occupationCodes[i]!.title, inCodeSet: { '@type': 'CategoryCodeSet' } });
      expect(c.url).toBe(role.occupationCodes[i]!.url);
    }
  });

  test('states experience only where a source states a requirement for this role', () => {
    const required = role.experience.flatMap((e) => (e.kind === 'requirement' && e.minYears !== undefined ? [e.minYears] : []));
    expect(occupation.experienceRequirements?.monthsOfExperience).toBe(required.length > 0 ? Math.min(...required) * 12 : undefined);
  });
});
