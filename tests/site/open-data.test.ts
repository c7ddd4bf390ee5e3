import { expect, test } from 'vitest';
import { careers, fileFor } from '../support/dist';

const data = careers();

test('publishes the levels and tracks in ladder order', () => {
  expect(data.levels).toEqual(['entry', 'mid', 'management', 'executive']);
  expect(data.tracks[0]).toBe('frontline');
});

test('gives every role, skill, certification, metric and tool a page URL per language that exists', () => {
  for (const kind of ['roles', 'skills', 'certifications', 'metrics', 'tools'] as const) {
    expect(data[kind].length, kind).toBeGreaterThan(0);
    for (const entry of data[kind]) {
      for (const lang of ['id', 'en'] as const) expect(fileFor(new URL(entry.url[lang]).pathname), `${kind} ${entry.id} ${lang}`).toBeDefined();
    }
  }
});

test('lists every promotion as an edge between known roles', () => {
  const ids = new Set(data.roles.map((r) => r.id));
  expect(data.promotions.length).toBeGreaterThan(0);
  for (const edge of data.promotions) {
    expect(ids.has(edge.from) && ids.has(edge.to), `${edge.from} → ${edge.to}`).toBe(true);
  }
});

test('carries the ten roles of the Qiscus ladder', () => {
  const ids = data.roles.map((r) => r.id);
  for (const id of [
    'customer-service-representative',
    'senior-customer-service-representative',
    'customer-service-specialist',
    'team-leader',
    'customer-service-manager',
    'contact-center-manager',
    'head-of-customer-service',
    'customer-success-manager',
    'cx-strategist',
    'vp-customer-experience',
  ]) {
    expect(ids).toContain(id);
  }
});

test('gives each salary figure its source and dates sources where they show a date', () => {
  const sources = new Map(data.sources.map((s) => [s.id, s] as const));
  for (const role of data.roles) for (const s of role.salary) expect(sources.has(s.source)).toBe(true);
  expect(sources.get('jobstreet')?.date).toBe('2022-06-30');
  expect(sources.get('jobstreet')?.dateKind).toBe('updated');
});

test("says which levels and promotions a source gives and which are the guide's own reading", () => {
  const trainer = data.roles.find((r) => r.id === 'customer-service-trainer')!;
  expect(trainer.levelFrom).toEqual([]);
  expect(data.roles.find((r) => r.id === 'team-leader')!.levelFrom).toContain('qiscus');
  const edge = (from: string, to: string) => data.promotions.find((p) => p.from === from && p.to === to)!;
  expect(edge('team-leader', 'customer-service-manager').sources).toEqual(expect.arrayContaining(['qiscus']));
  expect(edge('director-of-customer-experience', 'chief-customer-officer').sources).toEqual([]);
});

test("tells the team leader's earlier-stage years and CS-wide education apart from the role's own", () => {
  const leader = data.roles.find((r) => r.id === 'team-leader')!;
  expect(leader.experience.filter((e) => e.source === 'jobstreet').map((e) => e.kind)).toEqual(['earlier-stage', 'earlier-stage', 'earlier-stage']);
  expect(leader.education.every((e) => e.scope === 'all-cs')).toBe(true);
});
