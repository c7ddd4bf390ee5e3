/**
 * schema.org JSON-LD for each page type, so search engines and job boards can read a role's
 * salary, experience and skills without scraping. Pure: takes catalog data and absolute URLs.
 */
import type { Catalog, Certification, Role, Skill } from './catalog';
import { byId, payFigures, textOf } from './catalog';
import { categoryCode } from './occupation-codes';
import type { Locale } from './model';

type JsonLd = Record<string, unknown>;

/** A WebSite for the home page of each language: the guide's name and address. */
export function webSite(name: string, url: string, lang: Locale): JsonLd {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name, url, inLanguage: lang };
}

/** A BreadcrumbList from the page's trail (home first, the page itself last). */
export function breadcrumbList(trail: { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

/** An Occupation for a role page; salary and experience appear only where a source gives them for this very role. */
export function occupation(role: Role, catalog: Catalog, lang: Locale, url: string): JsonLd {
  const words = textOf(role, lang).fields;
  // Only what a source says of this very role: never a range for CS work in general, never the years of earlier stages.
  const salaries = payFigures(role).filter((s) => s.scope === 'role');
  const required = role.experience.flatMap((e) => (e.kind === 'requirement' && e.minYears !== undefined ? [e.minYears] : []));
  const minYears = required.length > 0 ? Math.min(...required) : undefined;
  const ld: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: words.title,
    alternateName: words.altTitles,
    description: words.summary,
    url,
    inLanguage: lang,
    occupationLocation: [{ '@type': 'Country', name: 'Indonesia' }],
    responsibilities: words.responsibilities,
    skills: role.skills.map((need) => ({
      '@type': 'DefinedTerm',
      name: textOf(byId(catalog.skills, need.skill), lang).fields.name,
    })),
    qualifications: role.certifications.map((id) => ({
      '@type': 'EducationalOccupationalCredential',
      name: textOf(byId(catalog.certifications, id), lang).fields.name,
    })),
  };
  if (salaries.length > 0) {
    ld.estimatedSalary = salaries.map((salary) => ({
      '@type': 'MonetaryAmountDistribution',
      name: words.title,
      currency: salary.currency,
      duration: 'P1M',
      // One figure (a table's single amount) is both ends of the range; a median only where the source gives one.
      minValue: salary.min,
      maxValue: salary.max ?? salary.min,
      ...(salary.median !== undefined ? { median: salary.median } : {}),
    }));
  }
  if (role.occupationCodes.length > 0) {
    ld.occupationalCategory = role.occupationCodes.map((c) => categoryCode(c.scheme, c.code, c.title, byId(catalog.sources, c.source).url));
  }
  if (minYears !== undefined) {
    ld.experienceRequirements = { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: minYears * 12 };
  }
  return ld;
}

/** A DefinedTerm for a skill page, inside the set of all skills. */
export function definedTerm(skill: Skill, lang: Locale, url: string, setUrl: string, setName: string): JsonLd {
  const words = textOf(skill, lang).fields;
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    name: words.name,
    alternateName: words.altNames,
    description: words.summary,
    url,
    inLanguage: lang,
    inDefinedTermSet: { '@type': 'DefinedTermSet', name: setName, url: setUrl },
  };
}

/** An EducationalOccupationalCredential for a certification page. */
export function credential(cert: Certification, lang: Locale, url: string): JsonLd {
  const words = textOf(cert, lang).fields;
  const ld: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'EducationalOccupationalCredential',
    name: words.name,
    alternateName: words.altNames,
    description: words.summary,
    url,
    inLanguage: lang,
    credentialCategory: 'certificate',
  };
  if (cert.issuer) ld.recognizedBy = { '@type': 'Organization', name: cert.issuer };
  return ld;
}

/** A reading list as an ItemList: its items in reading order, each with its name and address. */
export function itemList(name: string, description: string, items: readonly { title: string; href: string }[], site: URL | string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name,
    description,
    numberOfItems: items.length,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.title, url: new URL(item.href, site).href })),
  };
}
