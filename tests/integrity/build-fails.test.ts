/**
 * Bad content must stop `astro build` with a message naming the file, the field, the value and the fix.
 * Each case copies the small valid fixture in tests/fixtures/content, breaks one thing, and builds it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/content');
const work = mkdtempSync(join(tmpdir(), 'jenjang-integrity-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds a copy of the fixture after `breakIt` has changed it; returns the exit code and everything printed. */
function buildWith(name: string, breakIt: (dir: string) => void): { status: number | null; log: string } {
  const dir = join(work, name);
  cpSync(FIXTURE, join(dir, 'content'), { recursive: true });
  breakIt(join(dir, 'content'));
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      JENJANG_CONTENT_DIR: join(dir, 'content'),
      JENJANG_OUT_DIR: join(dir, 'dist'),
      JENJANG_CACHE_DIR: join(dir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  return { status: result.status, log: `${result.stdout}\n${result.stderr}` };
}

const write = (dir: string, file: string, text: string) => writeFileSync(join(dir, file), text);

describe('the build', () => {
  test('succeeds on the valid fixture (so every failure below is caused by its one change)', () => {
    const { status, log } = buildWith('valid', () => {});
    expect(log).not.toContain('Jenjang content check failed');
    expect(status, log).toBe(0);
  });

  test('fails on a reference to a skill that does not exist', () => {
    const { status, log } = buildWith('missing-ref', (dir) =>
      write(dir, 'roles/agent.yaml', 'level: entry\ntrack: frontline\nskills:\n  - { skill: telepathy, importance: essential, sources: [qiscus] }\nsources: [qiscus]\n'),
    );
    expect(status).not.toBe(0);
    expect(log).toContain('roles/agent.yaml');
    expect(log).toContain('field:    skills[0].skill');
    expect(log).toContain('value:    telepathy');
    expect(log).toContain('expected: the id of an existing skill');
  });

  test('fails on a missing required field and names it', () => {
    const { status, log } = buildWith('missing-field', (dir) =>
      write(dir, 'roles/agent.yaml', 'track: frontline\nskills: []\nsources: [qiscus]\n'),
    );
    expect(status).not.toBe(0);
    expect(log).toMatch(/roles → agent/);
    expect(log).toMatch(/level/);
  });

  test('fails on a field with a value outside its list', () => {
    const { status, log } = buildWith('wrong-value', (dir) =>
      write(dir, 'roles/agent.yaml', 'level: boss\ntrack: frontline\nskills: []\nsources: [qiscus]\n'),
    );
    expect(status).not.toBe(0);
    expect(log).toMatch(/roles → agent/);
    expect(log).toMatch(/level/);
    expect(log).toMatch(/entry|mid|management|executive/);
  });

  test('fails when an entry has no English words', () => {
    const { status, log } = buildWith('missing-translation', (dir) => rmSync(join(dir, 'texts/roles/en/team-leader.mdx')));
    expect(status).not.toBe(0);
    expect(log).toContain('roles/team-leader.yaml');
    expect(log).toContain('field:    texts.en');
    expect(log).toContain('texts/roles/en/team-leader.mdx');
  });

  test('fails when two files share an id', () => {
    const { status, log } = buildWith('duplicate-id', (dir) => cpSync(join(dir, 'roles/agent.yaml'), join(dir, 'roles/agent.yml')));
    expect(status).not.toBe(0);
    expect(log).toMatch(/the id "agent" is already used by roles\/agent\.ya?ml/);
  });

  test('fails when a promotion points to a lower level', () => {
    const { status, log } = buildWith('downward-promotion', (dir) =>
      write(dir, 'roles/team-leader.yaml', 'level: mid\ntrack: people-leadership\nskills: []\npromotesTo: [agent]\nsources: [qiscus]\n'),
    );
    expect(status).not.toBe(0);
    expect(log).toContain('roles/team-leader.yaml');
    expect(log).toContain('value:    agent (level entry)');
  });
});
