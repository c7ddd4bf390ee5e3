/**
 * Bad content must stop `astro build` itself with one readable block naming the file, the field, the
 * value and the fix, with no stack trace and not buried under upstream warnings. Each case builds a
 * copy of the valid fixture with one thing broken (tests/unit/content-check.test.ts covers every rule
 * without a build).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture } from '../support/fixture-build';

/** What every failed build must look like: our message, and nothing an author has to dig through. */
function expectReadableFailure(build: { status: number | null; log: string }) {
  expect(build.status).not.toBe(0);
  expect(build.log).toContain('Jenjang content check failed');
  expect(build.log, 'no stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(build.log).not.toContain('MODULE_LEVEL_DIRECTIVE');
}

describe('the build', () => {
  test('succeeds on the valid fixture, without the upstream MODULE_LEVEL_DIRECTIVE warning', () => {
    const { status, log } = buildFixture();
    expect(log).not.toContain('Jenjang content check failed');
    expect(log).not.toContain('MODULE_LEVEL_DIRECTIVE');
    expect(status, log).toBe(0);
  });

  test('fails on a reference to a skill that does not exist', () => {
    const build = buildFixture((f) => f('roles/agent.yaml', f('roles/agent.yaml').replace('skill: empathy', 'skill: telepathy')));
    expectReadableFailure(build);
    expect(build.log).toContain('roles/agent.yaml');
    expect(build.log).toContain('field:    skills[0].skill');
    expect(build.log).toContain('value:    telepathy');
    expect(build.log).toContain('expected: the id of an existing skill');
  });

  test('fails on a missing required field and names it', () => {
    const build = buildFixture((f) => f('roles/agent.yaml', f('roles/agent.yaml').replace('level: entry\n', '')));
    expectReadableFailure(build);
    expect(build.log).toContain('field:    level');
    expect(build.log).toContain('value:    (missing)');
  });

  test('fails on a YAML syntax error and a duplicate key, naming both', () => {
    const build = buildFixture((f) => {
      f('roles/agent.yaml', `${f('roles/agent.yaml')}track: specialist\n`);
      f('roles/team-leader.yaml', `${f('roles/team-leader.yaml')}tools: [crm\n`);
    });
    expectReadableFailure(build);
    expect(build.log).toMatch(/roles\/agent\.yaml\n\s+field:\s+track\n\s+value:\s+written twice/);
    expect(build.log).toMatch(/roles\/team-leader\.yaml\n\s+field:\s+\(the file\), line \d+/);
  });

  test('fails on an impossible source date instead of printing another day', () => {
    const build = buildFixture((f) => f('sources/harbour.yaml', f('sources/harbour.yaml').replace('2026-03-15', '2022-02-30')));
    expectReadableFailure(build);
    expect(build.log).toContain('value:    "2022-02-30"');
  });

  test('fails when an entry has no English words', () => {
    const build = buildFixture((_f, dir) => rmSync(join(dir, 'texts/roles/en/team-leader.mdx')));
    expectReadableFailure(build);
    expect(build.log).toContain('field:    texts.en');
    expect(build.log).toContain('texts/roles/en/team-leader.mdx');
  });

  test('fails when a promotion points to a lower level', () => {
    const build = buildFixture((f) => f('roles/team-leader.yaml', `${f('roles/team-leader.yaml')}promotesTo: [agent]\n`));
    expectReadableFailure(build);
    expect(build.log).toContain('value:    agent (level entry)');
  });

  test('fails on a figure credited to a source that does not give it', () => {
    const build = buildFixture((f) => f('texts/roles/en/agent.mdx', f('texts/roles/en/agent.mdx').replace('According to the Harbour Survey', 'According to Qiscus')));
    expectReadableFailure(build);
    expect(build.log).toContain('texts/roles/en/agent.mdx');
    expect(build.log).toContain('expected: a figure that qiscus gives; it does not');
  });

  test('fails on a link in prose to an anchor that does not exist, naming the text', () => {
    const build = buildFixture((f) => f('texts/roles/id/agent.mdx', f('texts/roles/id/agent.mdx').replace('/peran/team-leader/#facts', '/peran/team-leader/#gaji')));
    expectReadableFailure(build);
    expect(build.log).toMatch(/texts\/roles\/id\/agent\.mdx\n\s+field:\s+link on \/peran\/agent\/\n\s+value:\s+\/peran\/team-leader\/#gaji/);
  });

  test('fails on markup in a text body', () => {
    const build = buildFixture((f) => f('texts/roles/id/agent.mdx', `${f('texts/roles/id/agent.mdx')}\n<script>alert(1)</script>\n`));
    expectReadableFailure(build);
    expect(build.log).toContain('expected: plain Markdown, without an HTML or JSX tag');
  });

  test('fails on a reading list item that points at an entry that does not exist', () => {
    const build = buildFixture((f) => f('lists/first-week.yaml', f('lists/first-week.yaml').replace('{ kind: skills, id: empathy }', '{ kind: skills, id: telepathy }')));
    expectReadableFailure(build);
    expect(build.log).toContain('lists/first-week.yaml');
    expect(build.log).toContain('field:    steps[1].items[0].page.id');
    expect(build.log).toContain('value:    telepathy');
    expect(build.log).toContain('fix:      create src/content/skills/telepathy.yaml');
  });

  test('fails on a reading list item that opens at a section the page does not have', () => {
    const build = buildFixture((f) => f('lists/first-week.yaml', f('lists/first-week.yaml').replace('section: skills', 'section: skils')));
    expectReadableFailure(build);
    expect(build.log).toContain('field:    steps[0].items[1].page.section');
    expect(build.log).toContain('value:    skils');
    expect(build.log).toContain('expected: a section every roles page has: facts, salary');
  });

  test('fails on an empty step of a reading list', () => {
    const build = buildFixture((f) => {
      const yaml = f('lists/first-week.yaml');
      f('lists/first-week.yaml', yaml.slice(0, yaml.indexOf('  - id: week-1')) + '  - id: week-1\n    items: []\n');
    });
    expectReadableFailure(build);
    expect(build.log).toContain('field:    steps[1].items');
    expect(build.log).toContain('a step needs at least one item to read');
  });

  test('fails when a published address vanishes without a redirect, naming the address and the fix', () => {
    const build = buildFixture((f) => f('published-urls.txt', '/peran/agent/\n/peran/gone/\n/peran/agent/#gaji\n/peran/agent/#salary\n'));
    expectReadableFailure(build);
    expect(build.log).toContain('published-urls.txt');
    expect(build.log).toMatch(/value:\s+\/peran\/gone\/\n\s+expected: an address that still leads somewhere: no page has this address any more/);
    expect(build.log).toContain('value:    /peran/agent/#gaji');
    expect(build.log).not.toContain('value:    /peran/agent/#salary');
    expect(build.log).toContain('formerIds');
  });
});

describe('a renamed entry', () => {
  test('keeps its old address as a redirect page and in _redirects (a role, and a skill likewise), and its published sections still resolve', () => {
    const build = buildFixture((f) => {
      f('roles/agent.yaml', `${f('roles/agent.yaml')}formerIds: [support-agent]\n`);
      f('skills/empathy.yaml', `${f('skills/empathy.yaml')}formerIds: [compassion]\n`);
      f('published-urls.txt', '/peran/support-agent/\n/peran/support-agent/#salary\n/en/roles/support-agent/\n/en/skills/compassion/\n');
    });
    expect(build.status, build.log).toBe(0);
    expect(build.log).toContain('published addresses: all 4 still lead somewhere');
    for (const [old, to] of [['peran/support-agent', '/peran/agent/'], ['en/roles/support-agent', '/en/roles/agent/'], ['keterampilan/compassion', '/keterampilan/empathy/'], ['en/skills/compassion', '/en/skills/empathy/']] as const) {
      const html = readFileSync(`${build.dist}/${old}/index.html`, 'utf8');
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${to.replaceAll('/', '\\/')}">`));
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain(`href="${to}"`);
    }
    const redirects = readFileSync(`${build.dist}/_redirects`, 'utf8');
    expect(redirects).toContain('/peran/support-agent/ /peran/agent/ 301');
    expect(redirects).toContain('/en/skills/compassion/ /en/skills/empathy/ 301');
    expect(redirects).toContain('/en/* /en/404/ 404');
    expect(existsSync(`${build.dist}/og/peran/support-agent.png`)).toBe(false);
  });
});
