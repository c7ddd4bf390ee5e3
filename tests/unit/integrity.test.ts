import { describe, expect, test } from 'vitest';
import { checkCatalog } from '../../src/lib/integrity';
import { movesInto, promotionCycle } from '../../src/lib/ladder';
import { formatProblems } from '../../src/lib/problems';
import { role, validCatalog } from '../support/catalog-fixture';

describe('checkCatalog', () => {
  test('accepts a consistent catalog', () => {
    expect(checkCatalog(validCatalog())).toEqual([]);
  });

  test('names the file, field, value and known ids when a skill reference is missing', () => {
    const catalog = validCatalog();
    catalog.roles[0]!.skills.push({ skill: 'telepathy', importance: 'optional', sources: ['qiscus'] });
    expect(checkCatalog(catalog)).toEqual([
      {
        file: 'src/content/roles/agent.yaml',
        field: 'skills[1].skill',
        value: 'telepathy',
        expected: 'the id of an existing skill (a file in src/content/skills/); known: empathy',
      },
    ]);
  });

  test("refuses a former id that a role has now, or that two roles claim", () => {
    const catalog = validCatalog();
    catalog.roles[1]!.formerIds = ['agent', 'helper'];
    catalog.roles[0]!.formerIds = ['helper'];
    const problems = checkCatalog(catalog);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ field: 'formerIds[0]', value: 'agent' });
    expect(problems[0]!.expected).toContain('no role has now');
    expect(problems[1]).toMatchObject({ field: 'formerIds[1]', value: 'helper' });
    expect(problems[1]!.expected).toContain('names it too');
  });

  test('refuses a skill\'s former id that the skill itself has now', () => {
    const catalog = validCatalog();
    catalog.skills[0]!.formerIds = ['empathy'];
    expect(checkCatalog(catalog)).toEqual([expect.objectContaining({ file: 'src/content/skills/empathy.yaml', field: 'formerIds[0]', value: 'empathy', expected: expect.stringContaining('no skill has now') })]);
  });

  test('reports a promotion to a role that does not exist', () => {
    const catalog = validCatalog();
    catalog.roles[1]!.promotesTo = ['astronaut'];
    const [problem] = checkCatalog(catalog);
    expect(problem).toMatchObject({ file: 'src/content/roles/team-leader.yaml', field: 'promotesTo[0]', value: 'astronaut' });
  });

  test('reports a source reference that does not exist, on skills too', () => {
    const catalog = validCatalog();
    catalog.skills[0]!.sources = ['hearsay'];
    expect(checkCatalog(catalog)[0]).toMatchObject({ file: 'src/content/skills/empathy.yaml', field: 'sources[0]', value: 'hearsay' });
  });

  test('reports certification, metric and tool references that do not exist', () => {
    const catalog = validCatalog();
    catalog.roles[0]!.certifications = ['cert-x'];
    catalog.roles[0]!.metrics = ['metric-x'];
    catalog.roles[0]!.tools = ['tool-x'];
    expect(checkCatalog(catalog).map((p) => p.field)).toEqual(['certifications[0]', 'metrics[0]', 'tools[0]']);
  });

  test('refuses a promotion that points to a lower level', () => {
    const catalog = validCatalog();
    catalog.roles[1]!.promotesTo = ['agent'];
    const problems = checkCatalog(catalog);
    expect(problems[0]).toMatchObject({ field: 'promotesTo[0]', value: 'agent (level entry)' });
    expect(problems[0]!.expected).toContain('lateralMoves');
  });

  test('refuses a role that promotes to itself', () => {
    const catalog = validCatalog();
    catalog.roles[0]!.promotesTo = ['agent'];
    expect(checkCatalog(catalog).some((p) => p.expected.includes('cannot promote to itself'))).toBe(true);
  });

  test('reports an entry that has words in only one language', () => {
    const catalog = validCatalog();
    delete catalog.roles[1]!.texts.en;
    expect(checkCatalog(catalog)).toEqual([
      {
        file: 'src/content/roles/team-leader.yaml',
        field: 'texts.en',
        value: '(missing)',
        expected: "a file src/content/texts/roles/en/team-leader.mdx with this entry's English words",
      },
    ]);
  });

  test('reports words that have no entry', () => {
    const catalog = validCatalog();
    catalog.orphanTexts.push({ kind: 'skill', id: 'juggling', file: 'src/content/texts/skills/id/juggling.mdx' });
    expect(checkCatalog(catalog)[0]).toMatchObject({ file: 'src/content/texts/skills/id/juggling.mdx', field: 'id', value: 'juggling' });
  });

  test('asks for a disagreement note when sources place a role on different levels', () => {
    const catalog = validCatalog();
    catalog.roles[1]!.levelViews = [{ level: 'executive', source: 'qiscus' }];
    const fields = checkCatalog(catalog).map((p) => `${p.file}:${p.field}`);
    expect(fields).toEqual(['texts/id/team-leader.mdx:disagreement', 'texts/en/team-leader.mdx:disagreement']);
  });

  test('refuses a salary whose minimum is above its maximum', () => {
    const catalog = validCatalog();
    catalog.roles[0]!.salary = [{ min: 9, max: 2, currency: 'IDR', period: 'month', kind: 'pay', scope: 'role', source: 'qiscus' }];
    expect(checkCatalog(catalog)[0]).toMatchObject({ field: 'salary[0]', value: '9 > 2' });
  });

  test('refuses a promotion cycle and shows it', () => {
    const catalog = validCatalog();
    catalog.roles.push(role('a', { level: 'mid', promotesTo: ['b'] }), role('b', { level: 'mid', promotesTo: ['a'] }));
    const problem = checkCatalog(catalog).find((p) => p.value.includes('→'));
    expect(problem).toMatchObject({ field: 'promotesTo[0]', value: 'a → b → a' });
  });
});

describe('promotionCycle', () => {
  test('finds none on a ladder that only goes up', () => {
    expect(promotionCycle(validCatalog().roles)).toBeNull();
  });

  test('reports a self-promotion once, as such, not also as a loop', () => {
    const catalog = validCatalog();
    catalog.roles[0]!.promotesTo = ['agent'];
    expect(checkCatalog(catalog).filter((p) => p.field === 'promotesTo[0]').map((p) => p.value)).toEqual(['agent']);
  });
});

describe('movesInto', () => {
  test('lists who promotes and who moves sideways into a role, in the roles\' order', () => {
    const roles = [
      { id: 'a', level: 'entry', track: 'frontline', promotesTo: ['c'], lateralMoves: [] },
      { id: 'b', level: 'entry', track: 'frontline', promotesTo: ['c'], lateralMoves: ['a'] },
      { id: 'c', level: 'mid', track: 'frontline', promotesTo: [], lateralMoves: [] },
    ] as const;
    expect(movesInto(roles, 'c')).toEqual({ promotions: ['a', 'b'], lateral: [] });
    expect(movesInto(roles, 'a')).toEqual({ promotions: [], lateral: ['b'] });
    expect(movesInto(roles, 'unknown')).toEqual({ promotions: [], lateral: [] });
  });
});

describe('formatProblems', () => {
  test('prints one block per problem with file, field, value and expectation', () => {
    const text = formatProblems([{ file: 'a.yaml', field: 'skills[0].skill', value: 'x', expected: 'a skill' }]);
    expect(text).toBe(
      'Jenjang content check failed with 1 problem:\n\n  a.yaml\n    field:    skills[0].skill\n    value:    x\n    expected: a skill\n',
    );
  });
});
