import { expect, test } from 'vitest';
import { entryIdFromPath } from '../../src/lib/entry-id';

test('takes the id from the file name', () => {
  expect(entryIdFromPath('roles/team-leader.yaml', new Map())).toBe('team-leader');
});

test('keeps the language folder of a text file', () => {
  expect(entryIdFromPath('texts/roles/en/team-leader.mdx', new Map())).toBe('en/team-leader');
});

test('refuses a second file with the same id and names both', () => {
  const seen = new Map<string, string>();
  entryIdFromPath('roles/agent.yaml', seen);
  expect(() => entryIdFromPath('roles/agent.yml', seen)).toThrow(
    'roles/agent.yml: the id "agent" is already used by roles/agent.yaml',
  );
});

test('accepts the same file seen twice (a rebuild in dev)', () => {
  const seen = new Map<string, string>();
  entryIdFromPath('roles/agent.yaml', seen);
  expect(entryIdFromPath('roles/agent.yaml', seen)).toBe('agent');
});

test('refuses file names that are not URL-safe', () => {
  expect(() => entryIdFromPath('roles/Team Leader.yaml', new Map())).toThrow('cannot be an entry id');
});
