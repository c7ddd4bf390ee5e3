/**
 * Everything a role page shows, worked out from the catalog in the reader's language: the view
 * (components/views/RoleView.astro and components/role/) only lays it out.
 */
import type { Catalog, Role, Source } from '../catalog';
import { byId, citedSources, guidesAboutRole, payFigures, publisherName, salaryDates, textOf } from '../catalog';
import { experienceYears, formatIdr, formatIdrRange, payDetail } from '../format';
import { figureDate, isOld, today, yearOf, type FigureDate } from '../figure-dates';
import { CLASSIFICATIONS } from '../occupation-codes';
import { layoutLadder, type LadderLayout } from '../ladder-layout';
import { movesInto, neighbourhood } from '../ladder';
import { levelRank, type Locale } from '../model';
import { pathTo } from '../routes';
import { compareSearch } from '../compare';
import { t } from '../../i18n/ui';
import { entryLink, roleLink, type EntryLink, type RoleLink } from './links';
import type { CardText } from '../share-card';

/** One sourced value of the key facts: what it says, a line under it, and its source. */
export interface SourcedValue {
  value: string;
  /** A qualifier shown after the value, such as a band or "required". */
  aside?: string;
  /** A line under the value: whose claim it is (all CS work) or what kind of figure it is. */
  note?: string;
  source: Source;
}

/** A role page, ready to render. */
export interface RolePage {
  id: string;
  title: string;
  summary: string;
  altTitles: string[];
  level: { label: string; step: number };
  track: string;
  /** Which sources place the role at its level, or that the guide does. */
  levelBasis: string;
  /** The sources' disagreement about the role, with each source's view of its level. */
  disagreement?: { text: string; views: { says: string; source: Source }[] };
  /** Pay figures for the role (or CS work in general), each with its source; the newest marked where one is. */
  salary: SourcedValue[];
  /** Whether any pay figure is the role's own; without one the page says no published source gives it. */
  payOwn: boolean;
  /** Regional minimum wages (UMP/UMK) an entry role is paid from, with their year and authority. */
  floors: SourcedValue[];
  experience: SourcedValue[];
  /** The role's occupation codes in published classifications, each linked to the page that states it. */
  codes: { scheme: string; code: string; title: string; href?: string; source: Source }[];
  education: SourcedValue[];
  certifications: EntryLink[];
  responsibilities: string[];
  /** The MDX entry of the role's text in this language, for astro:content's render(). */
  body: unknown;
  /** Essential then optional skills; a group with no skills is left out. */
  skills: { label: string; links: EntryLink[] }[];
  metrics: (EntryLink & { abbreviation: string })[];
  tools: EntryLink[];
  /** The small ladder of the role and the roles one move away. */
  mini: { layout: LadderLayout; roles: Map<string, { title: string; href: string; promotesTo: readonly string[] }> };
  cameFrom: RoleLink[];
  goesTo: RoleLink[];
  guides: EntryLink[];
  /** The full ladder with this role as the start of a path. */
  ladderHref: string;
  /** The compare page with this role and the next one up beside it (or this role alone at the top). */
  compare: EntryLink;
  /** The role's job description, for recruiters to copy. */
  jobDescription: string;
  /** Ids of every source the page's facts rest on, in first-mention order. */
  sources: string[];
}

/** What role `id`'s share image says: its title, kind and level, and its first plain pay range with its publisher. Its job description shows the same image. */
export function roleShareCard(catalog: Catalog, id: string, lang: Locale): CardText {
  const say = t(lang);
  const role = byId(catalog.roles, id);
  // Only a figure for the role as such: a card has no room to say "at one bank" or "as Call Center Officer".
  const pay = payFigures(role).find((s) => s.scope === 'role' && !s.asNamed && !s.context && !s.city);
  return {
    title: textOf(role, lang).fields.title,
    kind: `${say('kind.role')} · ${say(`level.${role.level}`)}`,
    ...(pay ? { pay: `${say('jd.payRange', { range: formatIdrRange(pay.min, pay.max, lang) })} (${publisherName(byId(catalog.sources, pay.source), lang)})` } : {}),
  };
}

/** The role page of `id` in `lang`. */
export function rolePage(catalog: Catalog, id: string, lang: Locale): RolePage {
  const say = t(lang);
  const role = byId(catalog.roles, id);
  const words = textOf(role, lang);
  const source = (sid: string) => byId(catalog.sources, sid);
  const names = (ids: readonly string[]) => ids.map((sid) => publisherName(source(sid), lang)).join(', ');
  const roleAt = (rid: string) => byId(catalog.roles, rid);
  const into = movesInto(catalog.roles, id);
  const nearby = neighbourhood(catalog.roles, id);
  return {
    id,
    title: words.fields.title,
    summary: words.fields.summary,
    altTitles: words.fields.altTitles,
    level: { label: say(`level.${role.level}`), step: levelRank(role.level) + 1 },
    track: say(`track.${role.track}`),
    levelBasis: role.levelFrom.length > 0 ? say('role.levelFrom', { sources: names(role.levelFrom) }) : say('role.levelGuide'),
    ...(words.fields.disagreement
      ? {
          disagreement: {
            text: words.fields.disagreement,
            views: role.levelViews.map((v) => ({
              says: say('role.levelView', { source: publisherName(source(v.source), lang), level: say(`level.${v.level}`) }),
              source: source(v.source),
            })),
          },
        }
      : {}),
    ...payFacts(role, catalog, lang),
    experience: role.experience.map((e) => {
      const date = figureDate(undefined, source(e.source).date);
      return {
        value: experienceYears(e, say),
        ...(e.band ? { aside: `(${say(`band.${e.band}`)})` } : {}),
        note: [say(`experienceKind.${e.kind}`), ...ageWords(date, undefined, say)].join(' · '),
        source: source(e.source),
      };
    }),
    codes: role.occupationCodes.map((c) => {
      const from = source(c.source);
      return { scheme: CLASSIFICATIONS[c.scheme].name, code: c.code, title: c.title, ...(from.url ? { href: from.url } : {}), source: from };
    }),
    education: role.education.map((e) => ({
      value: say(`qualification.${e.qualification}`),
      aside: `(${say(`requirement.${e.requirement}`)})`,
      ...(e.scope === 'all-cs' ? { note: say('scope.all-cs') } : {}),
      source: source(e.source),
    })),
    certifications: role.certifications.map((cid) =>
      entryLink(lang, { view: 'certification', id: cid }, textOf(byId(catalog.certifications, cid), lang).fields.name),
    ),
    responsibilities: words.fields.responsibilities,
    body: words.body,
    skills: (['essential', 'optional'] as const)
      .map((importance) => ({
        label: say(importance === 'essential' ? 'role.essential' : 'role.optional'),
        links: role.skills
          .filter((s) => s.importance === importance)
          .map((need) => entryLink(lang, { view: 'skill', id: need.skill }, textOf(byId(catalog.skills, need.skill), lang).fields.name)),
      }))
      .filter((group) => group.links.length > 0),
    metrics: role.metrics.map((mid) => {
      const metric = byId(catalog.metrics, mid);
      return { ...entryLink(lang, { view: 'metric', id: mid }, textOf(metric, lang).fields.name), abbreviation: metric.abbreviation };
    }),
    tools: role.tools.map((tid) => entryLink(lang, { view: 'tool', id: tid }, textOf(byId(catalog.tools, tid), lang).fields.name)),
    mini: {
      layout: layoutLadder(nearby),
      roles: new Map(
        nearby.map((r) => [r.id, { title: textOf(roleAt(r.id), lang).fields.title, href: pathTo(lang, { view: 'role', id: r.id }), promotesTo: r.promotesTo }]),
      ),
    },
    cameFrom: [
      ...into.promotions.map((rid) => roleLink(roleAt(rid), lang, { note: say('role.promotions'), basis: promotionBasis(roleAt(rid), id, names, say) })),
      ...into.lateral.map((rid) => roleLink(roleAt(rid), lang, { note: say('role.lateral') })),
    ],
    goesTo: [
      ...role.promotesTo.map((rid) => roleLink(roleAt(rid), lang, { note: say('role.promotions'), basis: promotionBasis(role, rid, names, say) })),
      ...role.lateralMoves.map((rid) => roleLink(roleAt(rid), lang, { note: say('role.lateral') })),
    ],
    guides: guidesAboutRole(catalog.guides, id).map((g) => entryLink(lang, { view: 'guide', id: g.id }, textOf(g, lang).fields.title)),
    ladderHref: `${pathTo(lang, { view: 'ladder' })}?from=${encodeURIComponent(id)}`,
    jobDescription: pathTo(lang, { view: 'job-description', id }),
    compare: role.promotesTo[0]
      ? {
          title: say('compare.with', { title: textOf(roleAt(role.promotesTo[0]), lang).fields.title }),
          href: `${pathTo(lang, { view: 'compare' })}${compareSearch([id, role.promotesTo[0]], lang)}`,
        }
      : { title: say('compare.open'), href: `${pathTo(lang, { view: 'compare' })}${compareSearch([id], lang)}` },
    sources: citedSources(role),
  };
}

/** "from 2019" for a figure older than the age rule, and "newest" for the newest of several. */
function ageWords(date: FigureDate | undefined, newest: boolean | undefined, say: ReturnType<typeof t>): string[] {
  return [...(date && isOld(date, today()) ? [say('fact.fromYear', { year: yearOf(date) })] : []), ...(newest ? [say('fact.newest')] : [])];
}

/** A role's pay figures and minimum wages as the key facts show them: what each is for, limited by, and how old. */
function payFacts(role: Role, catalog: Catalog, lang: Locale): Pick<RolePage, 'salary' | 'payOwn' | 'floors'> {
  const say = t(lang);
  const source = (sid: string) => byId(catalog.sources, sid);
  const pay = payFigures(role);
  const { dateOf, newest } = salaryDates(role, catalog.sources);
  return {
    salary: pay.map((s) => {
      const { about, limits } = payDetail(s, lang, say);
      const notes = [
        ...limits,
        // A year the source states shows as it is, or as "from <year>" once the figure is old.
        ...(s.year !== undefined && !isOld({ year: s.year }, today()) ? [say('fact.forYear', { year: s.year })] : []),
        ...ageWords(dateOf.get(s), s === newest, say),
      ];
      return {
        value: formatIdrRange(s.min, s.max, lang),
        ...(about ? { aside: `(${about})` } : {}),
        ...(notes.length > 0 ? { note: notes.join(' · ') } : {}),
        source: source(s.source),
      };
    }),
    payOwn: pay.some((s) => s.scope === 'role'),
    floors: role.salary
      .filter((s) => s.kind === 'minimum-wage')
      .map((s) => ({
        value: formatIdr(s.min, lang),
        aside: `(${[s.asNamed, s.region, s.year].filter(Boolean).join(' ')})`,
        note: say('fact.floorSetBy', { authority: s.authority![lang] }),
        source: source(s.source),
      })),
  };
}

/** Whether a source gives the promotion from `from` to `to`, or it is the guide's own reading. */
function promotionBasis(from: Role, to: string, names: (ids: readonly string[]) => string, say: ReturnType<typeof t>): string {
  const sources = from.promotionsFrom[to];
  return sources ? say('role.moveFrom', { sources: names(sources) }) : say('role.moveGuide');
}
