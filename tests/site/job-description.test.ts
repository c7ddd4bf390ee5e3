/** Every role's job description page in the built site: complete without JavaScript, and linked from the role page. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { careers, fileFor, htmlPages, jsonLd, page } from '../support/dist';
import { LOCALES } from '../../src/lib/model';
import { pathTo } from '../../src/lib/routes';

const graph = careers();

describe.each(LOCALES)('job descriptions (%s)', (lang) => {
  test.each(graph.roles.map((r) => r.id))('%s has one, with every responsibility and essential skill of its role page', (id) => {
    const rolePath = pathTo(lang, { view: 'role', id });
    const jdPath = pathTo(lang, { view: 'job-description', id });
    const role = page(rolePath);
    expect(role(`a[href="${jdPath}"]`).length, 'the role page links to it').toBe(1);

    const jd = page(jdPath);
    const text = jd('[data-jd]').text().replace(/\s+/g, ' ');
    const responsibilities = role('#responsibilities').closest('section').find('li').toArray().map((li) => role(li).text().trim());
    expect(responsibilities.length).toBeGreaterThan(0);
    for (const r of responsibilities) expect(text).toContain(r);
    const essential = graph.roles.find((r) => r.id === id)!.skills.filter((s) => s.importance === 'essential');
    for (const need of essential) expect(text).toContain(graph.skills.find((s) => s.id === need.skill)!.name[lang]);
    // Placeholders for what only the employer knows, and the way back to the role page.
    expect(text).toMatch(lang === 'id' ? /\[Nama perusahaan\].*\[Lokasi\].*\[Jenis pekerjaan\]/ : /\[Company name\].*\[Location\].*\[Employment type\]/);
    expect(jd(`a[href="${rolePath}"]`).length).toBeGreaterThan(0);

    // The three formats the buttons copy are the same description.
    const formats = JSON.parse(jd('script[data-jd-formats]').text()) as { text: string; markdown: string; html: string };
    for (const r of responsibilities) expect(formats.text).toContain(r);
    expect(formats.markdown.startsWith('# ')).toBe(true);
    expect(formats.html.startsWith('<h1>')).toBe(true);
  });
});

test('no page claims a live opening: there is no JobPosting structured data anywhere', { timeout: 60_000 }, () => {
  const pages = htmlPages();
  expect(pages.length).toBeGreaterThan(0);
  for (const path of pages) {
    const types = jsonLd(page(path)).map((d) => d['@type']);
    expect(types, path).not.toContain('JobPosting');
    expect(readFileSync(fileFor(path)!, 'utf8'), path).not.toContain('JobPosting');
  }
});
