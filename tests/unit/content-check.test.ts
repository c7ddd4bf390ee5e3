/**
 * The build's content check on the fixture content: each case copies the valid fixture, breaks one
 * thing, and expects one problem naming the file, the field, the value and what is expected.
 * (tests/integrity/ proves that `astro build` itself stops with these messages.)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentProblems } from '../../src/integrations/content-check';
import type { Problem } from '../../src/lib/problems';

const FIXTURE = join(import.meta.dirname, '../fixtures/content');
const work = mkdtempSync(join(tmpdir(), 'jenjang-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

/** The problems of a copy of the fixture after `change` has edited it. */
function problemsAfter(change: (file: (path: string, text?: string) => string) => void): Problem[] {
  const dir = join(work, String(n++));
  cpSync(FIXTURE, dir, { recursive: true });
  change((path, text) => {
    if (text !== undefined) writeFileSync(join(dir, path), text);
    return readFileSync(join(dir, path), 'utf8');
  });
  return contentProblems(dir);
}

const one = (problems: Problem[]) => {
  expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
  return problems[0]!;
};
const agent = 'roles/agent.yaml';
const agentText = 'texts/roles/id/agent.mdx';

test('the valid fixture has no problems (so each case below is caused by its one change)', () => {
  expect(problemsAfter(() => {})).toEqual([]);
});

describe('files that cannot be read', () => {
  test('a YAML syntax error names the line', () => {
    const p = one(problemsAfter((f) => f(agent, `${f(agent)}tools: [crm\n`)));
    expect(p.file).toMatch(/roles\/agent\.yaml$/);
    expect(p.field).toMatch(/line \d+/);
    expect(p.expected).toMatch(/valid YAML/);
  });

  test('a key written twice is named', () => {
    const p = one(problemsAfter((f) => f(agent, `${f(agent)}track: specialist\n`)));
    expect(p).toMatchObject({ field: 'track', expected: 'each field once' });
    expect(p.value).toMatch(/written twice/);
  });

  test('an empty file is refused', () => {
    expect(one(problemsAfter((f) => f(agent, '\n')))).toMatchObject({ value: '(empty)' });
  });

  test('an MDX file without frontmatter is refused', () => {
    expect(one(problemsAfter((f) => f(agentText, 'Just a body.\n')))).toMatchObject({ field: '(frontmatter)' });
  });
});

describe('fields', () => {
  test('an unknown key is named with the fields that exist', () => {
    const p = one(problemsAfter((f) => f(agent, `${f(agent)}salery: []\n`)));
    expect(p).toMatchObject({ field: 'salery', value: '[]' });
    expect(p.expected).toMatch(/no such field.*salary/);
  });

  test('a missing required field says it is required', () => {
    const p = one(problemsAfter((f) => f(agent, f(agent).replace('track: frontline\n', ''))));
    expect(p).toMatchObject({ field: 'track', value: '(missing)' });
    expect(p.expected).toMatch(/required/);
  });

  test('a value outside its list names the allowed values and an example', () => {
    const p = one(problemsAfter((f) => f(agent, f(agent).replace('level: entry', 'level: boss'))));
    expect(p).toMatchObject({ field: 'level', value: '"boss"', expected: 'one of: entry, mid, management, executive', fix: 'level: entry' });
  });

  test('a wrong type says what was found and what is expected, in words', () => {
    const p = one(problemsAfter((f) => f(agent, f(agent).replace('minYears: 2', 'minYears: "two"'))));
    expect(p).toMatchObject({ field: 'experience[0].minYears', value: '"two" (text)', expected: 'a number' });
  });

  test('a role without a skill is refused', () => {
    const p = one(problemsAfter((f) => f(agent, f(agent).replace(/skills:\n.*\n/, 'skills: []\n'))));
    expect(p).toMatchObject({ field: 'skills', value: '[] (0 items)' });
    expect(p.expected).toMatch(/at least 1 item/);
  });

  test('a title over the limit names the limit and the length', () => {
    const long = 'A'.repeat(81);
    const p = one(problemsAfter((f) => f(agentText, f(agentText).replace('title: Fixture agent (id)', `title: ${long}`))));
    expect(p).toMatchObject({ field: 'title', expected: 'at most 80 characters' });
    expect(p.value).toContain('(81 characters)');
  });

  test.each(['altTitles: ["' + 'B'.repeat(61) + '"]', 'summary: ' + 'C'.repeat(281)])('a text field over its limit is refused: %s', (line) => {
    const field = line.split(':')[0]!;
    const p = one(problemsAfter((f) => f(agentText, f(agentText).replace('---\n\n', `${field === 'summary' ? '' : `${line}\n`}---\n\n`).replace(/^summary: .*$/m, field === 'summary' ? line : '$&'))));
    expect(p.field).toMatch(new RegExp(`^${field}`));
    expect(p.expected).toMatch(/at most \d+ characters/);
  });
});

describe('source dates', () => {
  const source = 'sources/harbour.yaml';
  test.each(['2022', 'June 2022', '2022-02-30', '"2022-6-30"'])('%s stops the build', (date) => {
    const p = one(problemsAfter((f) => f(source, f(source).replace('date: 2026-03-15', `date: ${date}`))));
    expect(p.field).toBe('date');
    expect(p.expected).toMatch(/YYYY-MM-DD/);
  });

  test('a date without saying whether it is a publication or an update is refused', () => {
    const p = one(problemsAfter((f) => f(source, f(source).replace('dateKind: published\n', ''))));
    expect(p.field).toBe('dateKind');
    expect(p.expected).toMatch(/published .*or updated/);
  });

  test('null is an undated source, read on the day `accessed` gives', () => {
    expect(problemsAfter((f) => f(source, f(source).replace('date: 2026-03-15\ndateKind: published', 'date: null\naccessed: 2026-03-20')))).toEqual([]);
  });
});

describe('facts checked against the source they name', () => {
  test('a salary the source does not give is refused', () => {
    const p = one(problemsAfter((f) => f(agent, f(agent).replace('max: 5000000', 'max: 6000000'))));
    expect(p).toMatchObject({ field: 'salary[0].max', value: 'Rp6.000.000' });
    expect(p.expected).toMatch(/harbour gives/);
  });

  test('a figure in prose credited to a source that does not give it is refused', () => {
    const problems = problemsAfter((f) => f(agentText, f(agentText).replace('Menurut Survei Pelabuhan', 'Menurut Qiscus')));
    expect(problems.map((p) => p.value.split(' in ')[0])).toEqual(['2 years', 'Rp3.000.000', 'Rp5.000.000']);
    for (const p of problems) {
      expect(p.file).toMatch(/texts\/roles\/id\/agent\.mdx$/);
      expect(p.value).toContain('"Menurut Qiscus');
      expect(p.expected).toMatch(/qiscus gives; it does not/);
    }
  });

  test('a figure in prose credited to no source at all is refused', () => {
    const problems = problemsAfter((f) => f(agentText, f(agentText).replace('Menurut Survei Pelabuhan, gaji', 'Gaji')));
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.fix).toMatch(/name the source/);
  });

  test('a figure a source without a text lists as written is accepted, and one it does not list is refused', () => {
    const withFigure = (figures: string) => (f: (p: string, t?: string) => string) => {
      f('sources/qiscus.yaml', `${f('sources/qiscus.yaml')}figures: ["${figures}"]\n`);
      f(agent, `${f(agent)}`.replace('source: harbour }\nexperience', 'source: qiscus }\nexperience'));
    };
    expect(problemsAfter(withFigure('Rp3.000.000 sampai Rp5.000.000 per bulan'))).toEqual([]);
    expect(one(problemsAfter(withFigure('Rp3.000.000 sampai Rp4.000.000 per bulan')))).toMatchObject({ field: 'salary[0].max' });
  });
});

describe('originality', () => {
  test('a run of eight words from a source is refused', () => {
    const p = one(problemsAfter((f) => f(agentText, `${f(agentText)}\nMenurut Survei Pelabuhan, agen biasanya bekerja dua tahun sebelum dipromosikan menjadi team leader.\n`)));
    expect(p.expected).toMatch(/no run of 8 words/);
    expect(p.value).toContain('bekerja dua tahun sebelum dipromosikan menjadi team leader');
  });

  test("a passage that follows a source's sentences with words swapped is refused", () => {
    const swapped =
      '\nMenurut Survei Pelabuhan, di Tanjung Kabut para responden menganggap ketelitian, kesabaran, dan kemampuan mendengarkan sebagai bekal pokok agen. ' +
      'Mereka juga bilang shift malam di pelabuhan yang berkabut lebih sepi ketimbang shift pagi yang penuh kapal.\n';
    const p = one(problemsAfter((f) => f(agentText, `${f(agentText)}${swapped}`)));
    expect(p.expected).toMatch(/follows harbour's sentences/);
  });
});

describe('the ladder', () => {
  test('a role no path from the entry level reaches is refused', () => {
    const p = one(problemsAfter((f) => f(agent, f(agent).replace('promotesTo: [team-leader]\npromotionsFrom: { team-leader: [harbour] }', 'promotesTo: []'))));
    expect(p).toMatchObject({ value: 'team-leader' });
    expect(p.file).toMatch(/team-leader\.yaml$/);
  });

  test('promotionsFrom may only name promotions the role has', () => {
    const p = one(problemsAfter((f) => f(agent, f(agent).replace('{ team-leader: [harbour] }', '{ team-leader: [harbour], agent: [qiscus] }'))));
    expect(p.field).toBe('promotionsFrom.agent');
  });
});

describe('markup in text bodies', () => {
  test.each([
    ['<script>alert(1)</script>', 'an HTML or JSX tag'],
    ['<img src=x onerror=alert(1)>', 'an HTML or JSX tag'],
    ['{alert(1)}', 'an MDX expression in braces'],
    ["import X from './x.astro';", 'an import or export'],
    ['[klik](javascript:alert(1))', 'a link with a scheme other than'],
  ])('%s is refused', (markup, what) => {
    const p = one(problemsAfter((f) => f(agentText, `${f(agentText)}\n${markup}\n`)));
    expect(p.expected).toContain(what);
    expect(p.field).toMatch(/^body, line \d+/);
  });

  test('an escaped < or { reads as text and is accepted', () => {
    expect(problemsAfter((f) => f(agentText, `${f(agentText)}\nTulis \\<b> dan \\{x} sebagai teks.\n`))).toEqual([]);
  });
});

describe('new evidence: dates, minimum wages and occupation codes', () => {
  const source = (extra: string) =>
    `publisher: Kode\ntitle: A classification page\nlanguage: en\n${extra}\ncovers: { id: Halaman klasifikasi., en: A classification page. }\n`;

  test('a figure whose source shows no date needs the day its page was read', () => {
    const p = one(
      problemsAfter((f) => {
        f('sources/blog.yaml', source('date: null\nfigures:\n  - "Gaji: Rp 4.000.000 per bulan"'));
        f(agent, f(agent).replace('salary:\n', 'salary:\n  - { min: 4000000, source: blog }\n'));
      }),
    );
    expect(p).toMatchObject({ file: expect.stringMatching(/sources\/blog\.yaml$/), field: 'date' });
    expect(p.fix).toMatch(/accessed: YYYY-MM-DD/);
  });

  test('a minimum wage names its region, year and authority', () => {
    const p = one(problemsAfter((f) => f(agent, f(agent).replace('salary:\n', 'salary:\n  - { kind: minimum-wage, min: 3000000, source: harbour }\n'))));
    expect(p.field).toMatch(/salary\.0\.kind|salary\[0\]\.kind/);
    expect(p.expected).toMatch(/region.*year.*authority/);
  });

  test('an occupation code its source does not state is refused, and a code written the wrong way too', () => {
    const page = source('date: null\naccessed: 2026-12-01\nurl: https://www.onetonline.org/link/summary/43-4051.00\nfigures:\n  - "43-4051.00 - Customer Service Representatives"');
    const stated = problemsAfter((f) => {
      f('sources/onet.yaml', page);
      f(agent, `${f(agent)}occupationCodes:\n  - { scheme: onet-soc, code: 43-4051.00, title: Customer Service Representatives, source: onet }\n`);
    });
    expect(stated).toEqual([]);
    const guessed = one(
      problemsAfter((f) => {
        f('sources/onet.yaml', page);
        f(agent, `${f(agent)}occupationCodes:\n  - { scheme: onet-soc, code: 43-4051.01, title: Customer Service Representatives, source: onet }\n`);
      }),
    );
    expect(guessed).toMatchObject({ field: 'occupationCodes[0]', value: '43-4051.01 "Customer Service Representatives"' });
    const malformed = one(
      problemsAfter((f) => {
        f('sources/onet.yaml', page);
        f(agent, `${f(agent)}occupationCodes:\n  - { scheme: isco-08, code: '42220', title: Contact centre information clerks, source: onet }\n`);
      }),
    );
    expect(malformed).toMatchObject({ field: 'occupationCodes[0].code', value: '42220' });
    expect(malformed.expected).toMatch(/ISCO-08 code such as 4222/);
  });

  test('a year a figure is for must be one its source states', () => {
    const p = one(problemsAfter((f) => f(agent, f(agent).replace('{ min: 3000000, max: 5000000, scope: role, source: harbour }', '{ min: 3000000, max: 5000000, year: 2019, scope: role, source: harbour }'))));
    expect(p).toMatchObject({ field: 'salary[0].year', value: 'the year 2019' });
  });
});
