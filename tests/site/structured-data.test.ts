import { describe, expect, test } from 'vitest';
import { fileFor, htmlPages, jsonLd, page } from '../support/dist';

/** The fields each schema.org type must carry here. */
const REQUIRED: Record<string, string[]> = {
  Occupation: ['name', 'description', 'occupationLocation', 'skills', 'url'],
  DefinedTerm: ['name', 'description', 'inDefinedTermSet', 'url'],
  EducationalOccupationalCredential: ['name', 'description', 'credentialCategory', 'url'],
  BreadcrumbList: ['itemListElement'],
};

describe.each(htmlPages())('%s', (path) => {
  const ld = jsonLd(page(path));

  test('has JSON-LD that parses, with the fields its type needs', () => {
    for (const item of ld) {
      expect(item['@context']).toBe('https://schema.org');
      const type = item['@type'] as string;
      expect(Object.keys(REQUIRED), `unexpected type ${type}`).toContain(type);
      for (const field of REQUIRED[type]!) expect(item[field], `${type}.${field}`).toBeTruthy();
    }
  });

  test('has breadcrumbs numbered from 1 that point to pages that exist, ending at this page', () => {
    const crumbs = ld.find((item) => item['@type'] === 'BreadcrumbList') as { itemListElement: any[] } | undefined;
    if (!crumbs) return;
    crumbs.itemListElement.forEach((c, i) => {
      expect(c.position).toBe(i + 1);
      expect(fileFor(new URL(c.item).pathname), c.item).toBeDefined();
    });
    if (!path.includes('404')) expect(new URL(crumbs.itemListElement.at(-1).item).pathname).toBe(path);
  });

  test('gives a sourced salary as a monthly IDR distribution', () => {
    const occupation = ld.find((item) => item['@type'] === 'Occupation') as any;
    if (!occupation?.estimatedSalary) return;
    for (const salary of occupation.estimatedSalary) {
      expect(salary).toMatchObject({ '@type': 'MonetaryAmountDistribution', currency: 'IDR', duration: 'P1M' });
      expect(salary.minValue).toBeLessThanOrEqual(salary.maxValue);
    }
  });
});
