import { describe, expect, test } from 'vitest';
import { jobDescription, jobDescriptionHtml, jobDescriptionMarkdown, jobDescriptionText } from '../../src/lib/pages/job-description';
import { markdownText } from '../../src/lib/escape';
import { validCatalog } from '../support/catalog-fixture';

const URL_EN = 'https://guide.example/en/roles/agent/';

/** The fixture's agent with pay, years of three kinds, a metric, and words a hostile author might write. */
function catalog() {
  const c = validCatalog();
  const agent = c.roles[0]!;
  agent.salary = [{ min: 4_000_000, max: 6_000_000, currency: 'IDR', period: 'month', kind: 'pay', source: 'qiscus', scope: 'role' }];
  agent.experience = [
    { minYears: 1, maxYears: 2, source: 'qiscus', kind: 'requirement', moreThan: false },
    { minYears: 4, maxYears: 8, source: 'qiscus', kind: 'earlier-stage', moreThan: false },
  ];
  agent.texts.en!.fields = { ...agent.texts.en!.fields, altTitles: ['CS agent'], responsibilities: ['Answer <b>chats</b> & calls', '# not a heading'] };
  return c;
}

describe('jobDescription', () => {
  test('has the role, employer placeholders, responsibilities, requirements and pay with its source', () => {
    const jd = jobDescription(catalog(), 'agent', 'en', URL_EN, 'Guide');
    expect(jd.employer.map((e) => e.placeholder)).toEqual(['[Company name]', '[Location]', '[Employment type]']);
    expect(jd.alsoCalled).toBe('Also called: CS agent');
    const section = (id: string) => jd.sections.find((s) => s.id === id)?.items ?? [];
    expect(section('responsibilities')).toEqual(['Answer <b>chats</b> & calls', '# not a heading']);
    expect(section('requirements').some((i) => i.startsWith('Experience: 1–2 years'))).toBe(true);
    // Years of the stages before a role are not a requirement of it.
    expect(section('requirements').some((i) => i.includes('4–8'))).toBe(false);
    expect(section('pay')[0]).toMatch(/4[.,]000[.,]000.*6[.,]000[.,]000 a month \(source: /);
    expect(jd.origin.url).toBe(URL_EN);
  });

  test('says plainly when no source reports pay, in both languages', () => {
    const c = validCatalog();
    expect(jobDescription(c, 'agent', 'en', URL_EN, 'Guide').sections.find((s) => s.id === 'pay')!.items).toEqual([
      'No source in this guide reports a pay range for this role; state your own.',
    ]);
    expect(jobDescription(c, 'agent', 'id', URL_EN, 'Guide').employer[0]!.placeholder).toBe('[Nama perusahaan]');
  });

  test('drops a section with nothing in it', () => {
    const jd = jobDescription(validCatalog(), 'agent', 'en', URL_EN, 'Guide');
    expect(jd.sections.every((s) => s.items.length > 0)).toBe(true);
  });
});

describe('the three formats', () => {
  const jd = jobDescription(catalog(), 'agent', 'en', URL_EN, 'Guide');

  test('plain text keeps every line as written, and ends with the role page', () => {
    const text = jobDescriptionText(jd);
    expect(text).toContain('- Answer <b>chats</b> & calls');
    expect(text).toContain('Company: [Company name]');
    expect(text.endsWith(`Drafted from Guide: ${URL_EN}`)).toBe(true);
  });

  test('HTML escapes every string, so markup in content stays text', () => {
    const html = jobDescriptionHtml(jd);
    expect(html).toContain('<li>Answer &lt;b&gt;chats&lt;/b&gt; &amp; calls</li>');
    expect(html).not.toContain('<b>');
    expect(html).toContain(`<a href="${URL_EN}">`);
  });

  test('Markdown escapes what would turn into markup or a heading', () => {
    const md = jobDescriptionMarkdown(jd);
    expect(md).toContain('- Answer \\<b\\>chats\\</b\\> & calls');
    expect(md).toContain('- \\# not a heading');
    expect(md).toContain('- **Company:** \\[Company name\\]');
    expect(md.split('\n').filter((l) => l.startsWith('## ')).length).toBe(jd.sections.length);
  });
});

test('markdownText escapes a line start that would begin a heading, a list or a numbered list', () => {
  expect(markdownText('# a')).toBe('\\# a');
  expect(markdownText('- a\n+ b')).toBe('\\- a\n\\+ b');
  expect(markdownText('1. a')).toBe('1\\. a');
  expect(markdownText('a [link](javascript:x) *b* `c` <i>')).toBe('a \\[link\\](javascript:x) \\*b\\* \\`c\\` \\<i\\>');
});
