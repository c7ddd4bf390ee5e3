/** A small, valid catalog for unit tests; each test breaks one thing in a copy. */
import type { Catalog, Role } from '../../src/lib/catalog';

const words = (title: string) => ({
  id: { file: `texts/id/${title}.mdx`, fields: { title, altTitles: [], summary: 'Ringkasan yang cukup panjang.', responsibilities: ['x'] } },
  en: { file: `texts/en/${title}.mdx`, fields: { title, altTitles: [], summary: 'A summary that is long enough.', responsibilities: ['x'] } },
});

/** A role with sensible defaults; override what a test is about. */
export function role(id: string, overrides: Partial<Role> = {}): Role {
  return {
    id,
    file: `src/content/roles/${id}.yaml`,
    level: 'entry',
    track: 'frontline',
    levelFrom: [],
    levelViews: [],
    skills: [{ skill: 'empathy', importance: 'essential', sources: ['qiscus'] }],
    certifications: [],
    metrics: [],
    tools: [],
    experience: [],
    salary: [],
    occupationCodes: [],
    education: [],
    promotesTo: [],
    promotionsFrom: {},
    lateralMoves: [],
    formerIds: [],
    sources: ['qiscus'],
    texts: words(id),
    ...overrides,
  };
}

const term = (name: string) => ({
  id: { file: `texts/id/${name}.mdx`, fields: { name, altNames: [], summary: 'Ringkasan yang cukup panjang.' } },
  en: { file: `texts/en/${name}.mdx`, fields: { name, altNames: [], summary: 'A summary that is long enough.' } },
});

/** Two roles on two levels, one skill, one source: the smallest catalog that passes every check. */
export function validCatalog(): Catalog {
  return {
    roles: [
      role('agent', { promotesTo: ['team-leader'] }),
      role('team-leader', { level: 'mid', track: 'people-leadership' }),
    ],
    skills: [{ id: 'empathy', file: 'src/content/skills/empathy.yaml', category: 'interpersonal', sources: ['qiscus'], formerIds: [], texts: term('empathy') }],
    certifications: [],
    metrics: [],
    tools: [],
    guides: [],
    lists: [],
    sources: [
      {
        id: 'qiscus',
        file: 'src/content/sources/qiscus.yaml',
        publisher: 'Qiscus',
        language: 'id',
        title: 'T',
        date: null,
        citedAs: [],
        figures: [],
        covers: { id: 'x', en: 'x' },
      },
    ],
    orphanTexts: [],
  };
}
