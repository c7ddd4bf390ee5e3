/** This guide's own open data: the facts its sources give about its roles, as careers.json publishes them. */
import { expect, test } from 'vitest';
import { careers, jsonLd, page } from '../support/dist';

const data = careers();

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

test('dates Jobstreet as updated on 30 June 2022', () => {
  const jobstreet = data.sources.find((s) => s.id === 'jobstreet');
  expect(jobstreet?.date).toBe('2022-06-30');
  expect(jobstreet?.dateKind).toBe('updated');
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

test('the representative carries no salary in its JSON-LD (GeekHunter gives a range for CS work in general) and the team leader no experience requirement', () => {
  const ldOf = (path: string) => jsonLd(page(path)).find((item) => item['@type'] === 'Occupation') as any;
  expect(ldOf('/peran/customer-service-representative/').estimatedSalary).toBeUndefined();
  expect(ldOf('/peran/team-leader/').experienceRequirements).toBeUndefined();
  expect(ldOf('/peran/team-leader/').estimatedSalary).toHaveLength(1);
});
