import { describe, expect, test } from 'vitest';
import { rolePage, roleShareCard } from '../../src/lib/pages/role-page';
import { certificationPage, metricPage, skillPage } from '../../src/lib/pages/term-pages';
import { t } from '../../src/i18n/ui';
import { role, validCatalog } from '../support/catalog-fixture';

const say = t('en');

/** The fixture with a third role, pay, years and a promotion a source describes. */
function catalog() {
  const c = validCatalog();
  c.roles[0]!.promotionsFrom = { 'team-leader': ['qiscus'] };
  c.roles[0]!.salary = [{ min: 4_000_000, max: 6_000_000, currency: 'IDR', period: 'month', kind: 'pay', source: 'qiscus', scope: 'all-cs' }];
  c.roles[0]!.experience = [{ minYears: 1, maxYears: 2, source: 'qiscus', kind: 'typical', moreThan: false }];
  c.roles.push(role('trainer', { level: 'mid', lateralMoves: ['agent'], skills: [{ skill: 'empathy', importance: 'optional', sources: ['qiscus'] }] }));
  c.roles.push(role('manager', { level: 'management' }));
  c.roles[1]!.promotesTo = ['manager'];
  c.metrics.push({ id: 'csat', file: 'm.yaml', abbreviation: 'CSAT', direction: 'higher-is-better', sources: ['qiscus'], texts: {
    id: { file: 'id/csat.mdx', fields: { name: 'Kepuasan pelanggan', altNames: ['Skor kepuasan'], summary: 's' } },
    en: { file: 'en/csat.mdx', fields: { name: 'Customer satisfaction', altNames: ['Satisfaction score'], summary: 's' } },
  } } as never);
  return c;
}

describe('roleShareCard', () => {
  test('says the role, its kind and level, and its first plain pay range for the role with the publisher', () => {
    const c = catalog();
    // A range for CS work in general, or one for another job title or a single employer, needs words a card has no room for.
    expect(roleShareCard(c, 'agent', 'en').pay).toBeUndefined();
    c.roles[0]!.salary = [
      { min: 3_000_000, currency: 'IDR', period: 'month', kind: 'pay', scope: 'role', asNamed: 'Call Center Officer', source: 'qiscus' },
      { min: 4_000_000, max: 6_000_000, currency: 'IDR', period: 'month', kind: 'pay', scope: 'role', source: 'qiscus' },
    ];
    const card = roleShareCard(c, 'agent', 'en');
    expect(card.title).toBe(rolePage(c, 'agent', 'en').title);
    expect(card.kind).toBe(`${say('kind.role')} · ${say('level.entry')}`);
    expect(card.pay).toMatch(/4[.,]0.*6[.,]0.*\(/);
    expect(card.pay).toContain(rolePage(c, 'agent', 'en').salary[0]!.source.publisher);
  });

  test('says no pay for a role its sources give none', () => {
    expect(roleShareCard(catalog(), 'team-leader', 'id')).not.toHaveProperty('pay');
  });
});

describe('rolePage', () => {
  test('gives the level and track in the reader\'s language, with the level basis', () => {
    const en = rolePage(catalog(), 'agent', 'en');
    const id = rolePage(catalog(), 'agent', 'id');
    expect(en.level.step).toBe(1);
    expect(en.level.label).not.toBe(id.level.label);
    expect(en.levelBasis).toBe(rolePage(catalog(), 'team-leader', 'en').levelBasis);
  });

  test('formats pay with its source and marks a range for CS work in general', () => {
    const page = rolePage(catalog(), 'agent', 'en');
    expect(page.salary).toHaveLength(1);
    expect(page.salary[0]!.value).toMatch(/4[.,]0.*6[.,]0/);
    expect(page.salary[0]!.source.id).toBe('qiscus');
    expect(page.salary[0]!.note).toBeTruthy();
    expect(page.experience[0]!.value).toBe('1–2 years');
  });

  test('lists who leads to a role and where it leads, each promotion with its basis', () => {
    const leader = rolePage(catalog(), 'team-leader', 'en');
    expect(leader.cameFrom.map((r) => r.title)).toEqual(['agent']);
    expect(leader.cameFrom[0]!.basis).toContain('Qiscus');
    expect(leader.goesTo.map((r) => r.title)).toEqual(['manager']);
    expect(leader.goesTo[0]!.basis).not.toContain('Qiscus');
    const agent = rolePage(catalog(), 'agent', 'en');
    expect(agent.cameFrom.map((r) => [r.title, r.note])).toEqual([['trainer', say('role.lateral')]]);
  });

  test('draws only the role and the roles one move away on its small ladder', () => {
    const page = rolePage(catalog(), 'team-leader', 'en');
    expect([...page.mini.roles.keys()].sort()).toEqual(['agent', 'manager', 'team-leader']);
    expect(page.mini.layout.boxes.map((b) => b.id).sort()).toEqual(['agent', 'manager', 'team-leader']);
  });

  test('leaves out a skill group with no skills', () => {
    expect(rolePage(catalog(), 'trainer', 'en').skills.map((g) => g.label)).toEqual([say('role.optional')]);
  });
});

describe('term pages', () => {
  test('a metric lists its abbreviation first among the names people search by', () => {
    const page = metricPage(catalog(), 'csat', 'en');
    expect(page.otherNames).toEqual(['CSAT', 'Satisfaction score']);
    expect(page.badge).toBe('CSAT');
    expect(page.facts.map((f) => f.id)).toEqual(['direction']);
  });

  test('a skill lists the roles that need it, essential first, with how much', () => {
    const page = skillPage(catalog(), 'empathy', 'en');
    expect(page.roles.map((r) => [r.title, r.note])).toEqual([
      ['agent', say('role.essential')],
      ['team-leader', say('role.essential')],
      ['manager', say('role.essential')],
      ['trainer', say('role.optional')],
    ]);
  });

  test('a certification says when no source gives its training length', () => {
    const c = catalog();
    c.certifications.push({ id: 'copc', file: 'c.yaml', serves: 'representative', sources: ['qiscus'], texts: {
      id: { file: 'id/copc.mdx', fields: { name: 'COPC', altNames: [], summary: 's' } },
      en: { file: 'en/copc.mdx', fields: { name: 'COPC', altNames: [], summary: 's' } },
    } } as never);
    const training = certificationPage(c, 'copc', 'en').facts.find((f) => f.id === 'training');
    expect(training?.value).toBe(say('fact.notReported'));
  });
});
