import { describe, expect, test } from 'vitest';
import { PAGE_END, THEME_INIT } from '../../src/lib/inline-scripts';
import { builderPages, careers, comparePages, fileFor, htmlPages, jobDescriptionPages, jsonLd, listPages, page } from '../support/dist';
import { t } from '../../src/i18n/ui';

const pages = htmlPages();
const LADDER_PAGES = ['/jenjang-karier/', '/en/career-ladder/'];
const LIST_PAGES = listPages();
const JOB_PAGES = jobDescriptionPages();
const COMPARE_PAGES = comparePages();
const data = careers();

describe.each(pages)('%s', (path) => {
  const $ = page(path);
  const lang = path.startsWith('/en/') ? 'en' : 'id';

  test('declares its language from its place in the URL', () => {
    expect($('html').attr('lang')).toBe(lang);
  });

  test('has a title, a description and exactly one h1', () => {
    expect($('title').text().trim()).not.toBe('');
    expect($('meta[name="description"]').attr('content')?.length).toBeGreaterThan(20);
    expect($('h1')).toHaveLength(1);
  });

  test('links to a twin in the other language that exists', () => {
    const twin = $('a[data-twin]');
    expect(twin.attr('hreflang')).toBe(lang === 'en' ? 'id' : 'en');
    expect(fileFor(twin.attr('href')!), twin.attr('href')).toBeDefined();
  });

  test('has hreflang alternates that exist (except a 404)', () => {
    if (path.includes('404')) return expect($('link[rel="alternate"]')).toHaveLength(0);
    const hreflangs = $('link[rel="alternate"][hreflang]')
      .toArray()
      .map((el) => $(el).attr('hreflang'));
    expect(hreflangs.sort()).toEqual(['en', 'id', 'x-default']);
    for (const el of $('link[rel="alternate"]').toArray()) {
      expect(fileFor(new URL($(el).attr('href')!).pathname), $(el).attr('href')).toBeDefined();
    }
  });

  test('runs no external JavaScript (but the ladder island, the list progress script, the list builder, the job description copy buttons the compare columns and the save-for-offline control on their pages) and no inline script but the theme code and the page-end script (theme choice, search loader, list check, page links, web app manifest and service worker)', () => {
    const external = $('script[src]').toArray().map((el) => $(el).attr('src'));
    if (LADDER_PAGES.includes(path)) expect(external).toEqual([expect.stringMatching(/^\/_astro\/LadderIsland[^/]*\.js$/)]);
    else if (LIST_PAGES.includes(path)) expect(external.sort()).toEqual([expect.stringMatching(/^\/_astro\/ListView[^/]*\.js$/), expect.stringMatching(/^\/_astro\/SaveOffline[^/]*\.js$/)]);
    else if (builderPages().includes(path)) expect(external.sort()).toEqual([expect.stringMatching(/^\/_astro\/ListBuilderView[^/]*\.js$/), expect.stringMatching(/^\/_astro\/SaveOffline[^/]*\.js$/)]);
    else if (JOB_PAGES.includes(path)) expect(external).toEqual([expect.stringMatching(/^\/_astro\/JobDescriptionView[^/]*\.js$/)]);
    else if (COMPARE_PAGES.includes(path)) expect(external).toEqual([expect.stringMatching(/^\/_astro\/CompareView[^/]*\.js$/)]);
    else expect(external).toEqual([]);
    const inline = $('script:not([type]):not([src])').toArray().map((el) => $(el).text());
    expect(inline.sort()).toEqual([THEME_INIT, PAGE_END].sort());
    for (const code of inline) expect(code.length).toBeLessThan(4600);
  });

  test('has a breadcrumb trail in JSON-LD unless it is the home page', () => {
    const types = jsonLd($).map((ld) => ld['@type']);
    if (path === '/' || path === '/en/') expect(types).not.toContain('BreadcrumbList');
    else expect(types).toContain('BreadcrumbList');
  });

  test('links only to pages and anchors that exist', () => {
    for (const el of $('a[href^="/"], a[href^="#"]').toArray()) {
      const href = $(el).attr('href')!;
      const [target, fragment] = href.split('#');
      const targetPath = target === '' ? path : target!;
      expect(fileFor(targetPath), `${href} on ${path}`).toBeDefined();
      if (fragment) {
        const $target = targetPath === path ? $ : page(targetPath);
        expect($target(`[id="${fragment}"]`).length, `#${fragment} on ${targetPath}`).toBe(1);
      }
    }
  });
});

describe('role pages', () => {
  test.each(data.roles.map((r) => ({ id: r.id, role: r })))('$id has a page in both languages with its title as h1', ({ role }) => {
    for (const lang of ['id', 'en'] as const) {
      const $ = page(new URL(role.url[lang]).pathname);
      expect($('h1').text().trim()).toBe(role.title[lang]);
    }
  });

  test.each(data.roles.map((r) => ({ id: r.id, role: r })))('$id describes itself as an Occupation', ({ role }) => {
    const $ = page(new URL(role.url.en).pathname);
    const occupation = jsonLd($).find((ld) => ld['@type'] === 'Occupation') as Record<string, any>;
    expect(occupation.name).toBe(role.title.en);
    expect(occupation.description.length).toBeGreaterThan(20);
    expect(occupation.skills.length).toBe(role.skills.length);
    if (role.salary.some((s) => s.scope === 'role')) {
      expect(occupation.estimatedSalary[0]).toMatchObject({ '@type': 'MonetaryAmountDistribution', currency: 'IDR', duration: 'P1M' });
    } else {
      expect(occupation.estimatedSalary).toBeUndefined();
    }
  });

  test('every role shows its sourced salaries with their sources, or says no published source gives its own', () => {
    const publisher = (id: string) => data.sources.find((s) => s.id === id)!.publisher;
    for (const role of data.roles) {
      const salary = page(new URL(role.url.en).pathname)('#salary').text();
      const own = role.salary.some((s) => s.kind === 'pay' && s.scope === 'role');
      if (!own) expect(salary, role.id).toContain(t('en')('role.payNone'));
      else expect(salary, role.id).not.toContain(t('en')('role.payNone'));
      for (const claim of role.salary) {
        const name = publisher(claim.source);
        expect(salary, role.id).toContain(typeof name === 'string' ? name : name.en);
      }
    }
  });

  test('every role shows years of experience from a source, or says no published source gives them', () => {
    for (const role of data.roles) {
      const experience = page(new URL(role.url.en).pathname)('#experience').text();
      if (role.experience.length === 0) expect(experience, role.id).toContain(t('en')('role.experienceNone'));
      else expect(experience, role.id).not.toContain(t('en')('role.experienceNone'));
    }
  });

  test('a figure older than three years says its year, and the newest of several dated figures says so', () => {
    for (const role of data.roles) {
      const salary = page(new URL(role.url.en).pathname)('#salary').text().replace(/\s+/g, ' ');
      for (const s of role.salary) {
        if (s.old) expect(salary, role.id).toContain(t('en')('fact.fromYear', { year: 'year' in s.from! ? s.from.year : Number(s.from!.day.slice(0, 4)) }));
      }
      expect(salary.split(t('en')('fact.newest')).length - 1, role.id).toBe(role.salary.filter((s) => s.newest).length);
    }
  });

  test('prints how many roles have their own pay figure and an experience figure', () => {
    // Customer service roles: every track but the roles beyond customer service a career can move to.
    const rows = data.roles.filter((r) => r.track !== 'beyond-cs').map((r) => ({
      id: r.id,
      pay: r.salary.some((s) => s.kind === 'pay' && s.scope === 'role'),
      years: r.experience.some((e) => e.minYears !== undefined),
    }));
    const missing = (key: 'pay' | 'years') => rows.filter((r) => !r[key]).map((r) => r.id);
    console.log(
      `customer service roles with their own pay figure: ${rows.length - missing('pay').length} of ${rows.length}; with an experience figure: ${rows.length - missing('years').length} of ${rows.length}\n` +
        `  no pay figure of their own: ${missing('pay').join(', ') || 'none'}\n  no experience figure: ${missing('years').join(', ') || 'none'}`,
    );
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('skill and certification pages', () => {
  test.each(data.skills.map((s) => ({ id: s.id, skill: s })))('skill $id is a DefinedTerm', ({ skill }) => {
    const ld = jsonLd(page(new URL(skill.url.id).pathname)).find((x) => x['@type'] === 'DefinedTerm');
    expect(ld).toMatchObject({ name: skill.name.id, inLanguage: 'id' });
  });

  test.each(data.certifications.map((c) => ({ id: c.id, cert: c })))('certification $id is an EducationalOccupationalCredential', ({ cert }) => {
    const ld = jsonLd(page(new URL(cert.url.en).pathname)).find((x) => x['@type'] === 'EducationalOccupationalCredential');
    expect(ld).toMatchObject({ name: cert.name.en, credentialCategory: 'certificate' });
  });

  test('a skill page lists the roles that need it', () => {
    const role = data.roles.find((r) => r.skills.length > 0)!;
    const skill = data.skills.find((s) => s.id === role.skills[0]!.skill)!;
    expect(page(new URL(skill.url.en).pathname)('#roles').closest('section').text()).toContain(role.title.en);
  });
});
