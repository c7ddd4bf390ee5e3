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

test("the representative's JSON-LD carries its own figures, not GeekHunter's range for CS work in general nor the minimum wages, and the team leader no experience requirement", () => {
  const ldOf = (path: string) => jsonLd(page(path)).find((item) => item['@type'] === 'Occupation') as any;
  const csr = ldOf('/peran/customer-service-representative/').estimatedSalary.map((s: any) => [s.minValue, s.maxValue]);
  expect(csr).toEqual([
    [6_300_000, 6_300_000],
    [4_500_000, 4_500_000],
    [2_500_000, 4_000_000],
  ]);
  expect(ldOf('/peran/customer-service-representative/').occupationalCategory.map((c: any) => c.codeValue)).toEqual(['4222', '43-4051.00']);
  expect(ldOf('/peran/team-leader/').experienceRequirements).toBeUndefined();
  expect(ldOf('/peran/team-leader/').estimatedSalary).toHaveLength(2);
});
