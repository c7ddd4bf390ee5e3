/**
 * What a skill, certification, metric or tool page shows, in the reader's language: the shared
 * frame (components/TermPage.astro) renders any of them, the views add only their JSON-LD.
 */
import type { Catalog, TermFields, Text } from '../catalog';
import { byId, publisherName, rolesMeasuredBy, rolesNeedingSkill, rolesUsingTool, rolesWithCertification, textOf } from '../catalog';
import { sourceDateWords } from '../format';
import type { Locale } from '../model';
import type { PageRef } from '../routes';
import { t } from '../../i18n/ui';
import { roleLink, type RoleLink } from './links';

/** The kinds of entry that share the term page frame. */
export type TermKind = 'skill' | 'certification' | 'metric' | 'tool';

/** A term page, ready to render. */
export interface TermPage {
  kind: TermKind;
  page: PageRef;
  /** The index page it belongs to, for the breadcrumb. */
  section: { name: string; page: PageRef };
  words: Text<TermFields>;
  /** The badge beside the title, if the kind has one (a skill's category, a metric's abbreviation). */
  badge?: string;
  /** The other names people search by: a metric's abbreviation first, then the alternative names. */
  otherNames: string[];
  facts: { id: string; label: string; value: string }[];
  rolesTitle: string;
  roles: RoleLink[];
  rolesEmpty: string;
  sources: string[];
}

/** A skill: its category, and the roles that need it, essential first. */
export function skillPage(catalog: Catalog, id: string, lang: Locale): TermPage {
  const say = t(lang);
  const skill = byId(catalog.skills, id);
  return {
    ...frame(catalog, 'skill', id, lang),
    badge: say(`skillCategory.${skill.category}`),
    rolesTitle: say('skill.neededBy'),
    roles: rolesNeedingSkill(catalog.roles, id).map(({ role, importance }) =>
      roleLink(role, lang, { note: say(importance === 'essential' ? 'role.essential' : 'role.optional') }),
    ),
    sources: skill.sources,
  };
}

/** A certification: the level it serves, its issuer, its training length with source and date, and its roles. */
export function certificationPage(catalog: Catalog, id: string, lang: Locale): TermPage {
  const say = t(lang);
  const cert = byId(catalog.certifications, id);
  const training = cert.training;
  const trainingSource = training ? byId(catalog.sources, training.source) : undefined;
  return {
    ...frame(catalog, 'certification', id, lang),
    badge: say(`serves.${cert.serves}`),
    facts: [
      { id: 'serves', label: say('cert.serves'), value: say(`serves.${cert.serves}`) },
      { id: 'issuer', label: say('cert.issuer'), value: cert.issuer ?? say('cert.issuerUnknown') },
      {
        id: 'training',
        label: say(training?.scope === 'all-cs-certifications' ? 'cert.trainingGeneral' : 'cert.training'),
        value:
          training && trainingSource
            ? `${say(`cert.trainingRange.${training.scope}`, { min: training.minDays, max: training.maxMonths })} (${publisherName(trainingSource, lang)}, ${sourceDateWords(trainingSource, lang, say)})`
            : say('fact.notReported'),
      },
    ],
    rolesTitle: say('cert.roles'),
    roles: rolesWithCertification(catalog.roles, id).map((role) => roleLink(role, lang)),
    sources: cert.sources,
  };
}

/** A metric: its formula and which way is better, and the roles judged by it. */
export function metricPage(catalog: Catalog, id: string, lang: Locale): TermPage {
  const say = t(lang);
  const metric = byId(catalog.metrics, id);
  const base = frame(catalog, 'metric', id, lang);
  const formula = base.words.fields.formula;
  return {
    ...base,
    badge: metric.abbreviation,
    otherNames: [metric.abbreviation, ...base.otherNames],
    facts: [
      ...(formula ? [{ id: 'formula', label: say('metric.formula'), value: formula }] : []),
      { id: 'direction', label: say('metric.direction'), value: say(`direction.${metric.direction}`) },
    ],
    rolesTitle: say('metric.owners'),
    roles: rolesMeasuredBy(catalog.roles, id).map((role) => roleLink(role, lang)),
    sources: metric.sources,
  };
}

/** A tool category: the products its sources name, and the roles that use it. */
export function toolPage(catalog: Catalog, id: string, lang: Locale): TermPage {
  const say = t(lang);
  const tool = byId(catalog.tools, id);
  return {
    ...frame(catalog, 'tool', id, lang),
    facts: [{ id: 'examples', label: say('tool.examples'), value: tool.examples.length > 0 ? tool.examples.join(', ') : say('fact.notReported') }],
    rolesTitle: say('tool.roles'),
    roles: rolesUsingTool(catalog.roles, id).map((role) => roleLink(role, lang)),
    sources: tool.sources,
  };
}

const COLLECTION = { skill: 'skills', certification: 'certifications', metric: 'metrics', tool: 'tools' } as const;

/** What every term page has: its address, breadcrumb, words and other names. */
function frame(catalog: Catalog, kind: TermKind, id: string, lang: Locale): Omit<TermPage, 'rolesTitle' | 'roles' | 'sources'> {
  const say = t(lang);
  const collection = COLLECTION[kind];
  const entries: readonly { id: string; file: string; texts: Partial<Record<Locale, Text<TermFields>>> }[] = catalog[collection];
  const words = textOf(byId(entries, id), lang);
  return {
    kind,
    page: { view: kind, id },
    section: { name: say(`nav.${collection}`), page: { view: collection } },
    words,
    otherNames: words.fields.altNames,
    facts: [],
    rolesEmpty: say('skill.notNeeded'),
  };
}
