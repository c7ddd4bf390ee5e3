/**
 * Referential integrity of the career guide. Astro only logs a reference to a missing entry and
 * builds anyway; this check runs before any page renders and stops the build instead.
 */
import type { Catalog, Role } from './catalog';
import { brokenPromotions } from './ladder';
import { checkLists } from './lists';
import { KIND_NAMES, KINDS, PAGED_KINDS } from './kinds';
import { WORDED_KINDS } from '../schemas';
import { LOCALES } from './model';
import type { Problem } from './problems';

type Lookup = Record<'role' | 'skill' | 'certification' | 'metric' | 'tool' | 'guide' | 'list' | 'source', Set<string>>;

const FOLDER = Object.fromEntries(KINDS.map((k) => [KIND_NAMES[k].singular, `src/content/${k}/`])) as Record<keyof Lookup, string>;

/** Every problem in the catalog; an empty list means the build may go on. */
export function checkCatalog(catalog: Catalog): Problem[] {
  const known: Lookup = {
    role: new Set(catalog.roles.map((r) => r.id)),
    skill: new Set(catalog.skills.map((s) => s.id)),
    certification: new Set(catalog.certifications.map((c) => c.id)),
    metric: new Set(catalog.metrics.map((m) => m.id)),
    tool: new Set(catalog.tools.map((t) => t.id)),
    guide: new Set(catalog.guides.map((g) => g.id)),
    list: new Set(catalog.lists.map((l) => l.id)),
    source: new Set(catalog.sources.map((s) => s.id)),
  };
  const problems: Problem[] = [];
  const ref = (file: string, field: string, kind: keyof Lookup, id: string) => {
    if (!known[kind].has(id)) {
      problems.push({
        file,
        field,
        value: id,
        expected: `the id of an existing ${kind} (a file in ${FOLDER[kind]}); known: ${[...known[kind]].sort().join(', ') || 'none'}`,
      });
    }
  };

  // A former id keeps an old address alive: no entry of the kind may have it now, and only one may claim it.
  for (const kind of PAGED_KINDS) {
    const entries = catalog[kind] as readonly { id: string; file: string; formerIds: readonly string[] }[];
    const current = new Set(entries.map((e) => e.id));
    const owner = new Map<string, string>();
    for (const entry of entries) {
      entry.formerIds.forEach((old, i) => {
        const field = `formerIds[${i}]`;
        const singular = KIND_NAMES[kind].singular;
        if (current.has(old)) problems.push({ file: entry.file, field, value: old, expected: `an id no ${singular} has now (a former id sends its old address to this ${singular})`, fix: `remove it, or rename the ${singular} that has the id ${old}` });
        else if (owner.has(old)) problems.push({ file: entry.file, field, value: old, expected: `an id only one ${singular} had before; ${owner.get(old)} names it too`, fix: `keep it on the ${singular} that took over the old page` });
        owner.set(old, entry.file);
      });
    }
  }
  for (const role of catalog.roles) {
    role.skills.forEach((need, i) => {
      ref(role.file, `skills[${i}].skill`, 'skill', need.skill);
      need.sources.forEach((s, j) => ref(role.file, `skills[${i}].sources[${j}]`, 'source', s));
    });
    role.certifications.forEach((id, i) => ref(role.file, `certifications[${i}]`, 'certification', id));
    role.metrics.forEach((id, i) => ref(role.file, `metrics[${i}]`, 'metric', id));
    role.tools.forEach((id, i) => ref(role.file, `tools[${i}]`, 'tool', id));
    role.promotesTo.forEach((id, i) => ref(role.file, `promotesTo[${i}]`, 'role', id));
    role.lateralMoves.forEach((id, i) => ref(role.file, `lateralMoves[${i}]`, 'role', id));
    role.sources.forEach((id, i) => ref(role.file, `sources[${i}]`, 'source', id));
    role.levelViews.forEach((v, i) => ref(role.file, `levelViews[${i}].source`, 'source', v.source));
    role.levelFrom.forEach((id, i) => ref(role.file, `levelFrom[${i}]`, 'source', id));
    for (const [target, ids] of Object.entries(role.promotionsFrom)) {
      if (!role.promotesTo.includes(target)) {
        problems.push({
          file: role.file,
          field: `promotionsFrom.${target}`,
          value: target,
          expected: `one of this role's promotesTo (${role.promotesTo.join(', ') || 'none'}): promotionsFrom says which sources describe each promotion`,
          fix: `add ${target} to promotesTo, or remove it from promotionsFrom`,
        });
      }
      ids.forEach((id, i) => ref(role.file, `promotionsFrom.${target}[${i}]`, 'source', id));
    }
    role.salary.forEach((s, i) => {
      ref(role.file, `salary[${i}].source`, 'source', s.source);
      if (s.max !== undefined && s.min > s.max) {
        problems.push({ file: role.file, field: `salary[${i}]`, value: `${s.min} > ${s.max}`, expected: 'min not above max' });
      }
    });
    role.occupationCodes.forEach((c, i) => ref(role.file, `occupationCodes[${i}].source`, 'source', c.source));
    role.experience.forEach((e, i) => {
      ref(role.file, `experience[${i}].source`, 'source', e.source);
      if (e.maxYears !== undefined && e.minYears !== undefined && e.minYears > e.maxYears) {
        problems.push({ file: role.file, field: `experience[${i}]`, value: `${e.minYears} > ${e.maxYears}`, expected: 'minYears not above maxYears' });
      }
    });
    role.education.forEach((e, i) => ref(role.file, `education[${i}].source`, 'source', e.source));
    if (role.levelViews.length > 0) {
      for (const lang of LOCALES) {
        const text = role.texts[lang];
        if (text && !text.fields.disagreement) {
          problems.push({
            file: text.file,
            field: 'disagreement',
            value: '(missing)',
            expected: `a sentence explaining how the sources disagree, because ${role.file} has levelViews`,
          });
        }
      }
    }
  }
  for (const entry of [...catalog.skills, ...catalog.certifications, ...catalog.metrics, ...catalog.tools]) {
    entry.sources.forEach((id, i) => ref(entry.file, `sources[${i}]`, 'source', id));
  }
  for (const guide of catalog.guides) {
    guide.roles.forEach((id, i) => ref(guide.file, `roles[${i}]`, 'role', id));
    guide.sources.forEach((id, i) => ref(guide.file, `sources[${i}]`, 'source', id));
  }
  for (const c of catalog.certifications) {
    if (c.training) ref(c.file, 'training.source', 'source', c.training.source);
  }

  problems.push(...checkTranslations(catalog));
  problems.push(...checkPromotions(catalog.roles));
  problems.push(...checkLists(catalog));
  return problems;
}

/** Both languages must carry every entry, and no words may exist without their entry. */
function checkTranslations(catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const groups = WORDED_KINDS.map((kind) => [kind, catalog[kind] as readonly { id: string; file: string; texts: Partial<Record<string, unknown>> }[]] as const);
  for (const [folder, entries] of groups) {
    for (const entry of entries) {
      for (const lang of LOCALES) {
        if (!entry.texts[lang]) {
          problems.push({
            file: entry.file,
            field: `texts.${lang}`,
            value: '(missing)',
            expected: `a file src/content/texts/${folder}/${lang}/${entry.id}.mdx with this entry's ${lang === 'id' ? 'Indonesian' : 'English'} words`,
          });
        }
      }
    }
  }
  for (const orphan of catalog.orphanTexts) {
    problems.push({
      file: orphan.file,
      field: 'id',
      value: orphan.id,
      expected: `a matching ${orphan.kind} entry (${FOLDER[orphan.kind]}${orphan.id}.yaml), or rename this file`,
    });
  }
  return problems;
}

/** The ladder's promotion rules (src/lib/ladder.ts), as problems that name the file and the item. */
function checkPromotions(roles: readonly Role[]): Problem[] {
  const fileOf = new Map(roles.map((r) => [r.id, r.file]));
  return brokenPromotions(roles).map((b) => ({ file: fileOf.get(b.from)!, field: `promotesTo[${b.index}]`, value: b.value, expected: b.rule }));
}
