/**
 * The guide's promise, checked at build time: every figure appears in the source it is credited
 * to, and no text is taken from a source. Reads the catalog, each text's prose and each source's
 * evidence (src/content/evidence/); needs none of the copyrighted articles themselves.
 */
import type { Catalog, Source } from './catalog';
import type { SourceEvidence } from './evidence';
import { figureKey, figuresIn, yearsIn, type Figure } from './figures';
import { unreachableFromEntry } from './ladder';
import { copiedRuns, fingerprintSet, paraphrases, RUN_LENGTH } from './originality';
import type { Problem } from './problems';
import { CLASSIFICATIONS, statesCode } from './occupation-codes';

/** A text to check: the file it comes from, and its prose as fields (frontmatter) and body. */
export interface ProseText {
  file: string;
  fields: Record<string, unknown>;
  body: string;
}

/** The figures a source gives (and the years they are for): from its evidence, or, for a source without a stored text, its `figures` as written. */
export function sourceFigures(source: Source, evidence: ReadonlyMap<string, SourceEvidence>): Set<string> {
  const written = source.figures.join('\n');
  const own = [...figuresIn(written), ...yearsIn(written)].map(figureKey);
  return new Set([...(evidence.get(source.id)?.figures ?? []), ...own]);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The names by which prose credits a source: its publisher, whom it cites, and its `citedAs`. */
export function namesOf(source: Source): string[] {
  const publisher = typeof source.publisher === 'string' ? [source.publisher] : [];
  return [...publisher, ...(source.citing ? [source.citing] : []), ...source.citedAs];
}

/** The sources a sentence names ("menurut Jobstreet", "the career blog"). */
export function sourcesNamedIn(sentence: string, sources: readonly Source[]): Source[] {
  return sources.filter((s) => namesOf(s).some((name) => nameMatcher(name).test(sentence)));
}

const matchers = new Map<string, RegExp>();
/** A name as a whole word, case-insensitive; compiled once per name for the whole build. */
function nameMatcher(name: string): RegExp {
  let re = matchers.get(name);
  if (!re) matchers.set(name, (re = new RegExp(`(^|[^\\p{L}])${escapeRe(name)}($|[^\\p{L}])`, 'iu')));
  return re;
}

/** Text without MDX markup that is not prose: imports, components' attributes, link targets. */
function proseOf(body: string): string {
  return body
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ');
}

const describe = (f: Figure) => (f.unit === 'idr' ? `Rp${f.value.toLocaleString('id-ID')}` : f.unit === 'year' ? `the year ${f.value}` : `${f.value} ${f.unit}`);

/** Every figure in prose must be credited, in its sentence or the paragraph before it, to a source that gives it. */
export function checkProseFigures(texts: readonly ProseText[], catalog: Catalog, evidence: ReadonlyMap<string, SourceEvidence>): Problem[] {
  const problems: Problem[] = [];
  const figuresOf = new Map(catalog.sources.map((s) => [s.id, sourceFigures(s, evidence)]));
  for (const text of texts) {
    const parts: { field: string; text: string }[] = [
      ...Object.entries(text.fields).flatMap(([field, v]) =>
        typeof v === 'string' ? [{ field, text: v }] : Array.isArray(v) ? v.map((x, i) => ({ field: `${field}[${i}]`, text: String(x) })) : [],
      ),
      ...proseOf(text.body)
        .split(/\n\s*\n/)
        .map((p, i) => ({ field: `body, paragraph ${i + 1}`, text: p })),
    ];
    for (const part of parts) {
      // Most paragraphs give no figure; only those that do are read sentence by sentence for credits.
      if (figuresIn(part.text).length === 0) continue;
      let credited: Source[] = [];
      for (const sentence of part.text.split(/(?<=[.!?])\s+|\n(?=\s*[-*|])/)) {
        const named = sourcesNamedIn(sentence, catalog.sources);
        if (named.length > 0) credited = named;
        for (const figure of figuresIn(sentence)) {
          const key = figureKey(figure);
          if (credited.some((s) => figuresOf.get(s.id)?.has(key))) continue;
          const excerpt = sentence.trim().replace(/\s+/g, ' ');
          problems.push({
            file: text.file,
            field: part.field,
            value: `${describe(figure)} in "${excerpt.length > 100 ? `${excerpt.slice(0, 97)}…` : excerpt}"`,
            expected:
              credited.length === 0
                ? 'a figure credited in the same sentence (or earlier in the paragraph) to the source that gives it'
                : `a figure that ${credited.map((s) => s.id).join(' or ')} gives; it does not`,
            fix:
              credited.length === 0
                ? 'name the source: "Menurut Jobstreet, …" / "According to Jobstreet, …"'
                : 'credit the source that gives this figure, or remove the figure',
          });
        }
      }
    }
  }
  return problems;
}

/** Salary, years and training lengths in YAML must appear in the source each one names. */
export function checkFactFigures(catalog: Catalog, evidence: ReadonlyMap<string, SourceEvidence>): Problem[] {
  const problems: Problem[] = [];
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  const need = (file: string, field: string, sourceId: string, figure: Figure) => {
    const source = sources.get(sourceId);
    if (!source) return; // an unknown source is reported by the integrity check
    if (sourceFigures(source, evidence).has(figureKey(figure))) return;
    problems.push({
      file,
      field,
      value: describe(figure),
      expected: `a figure that ${sourceId} gives (${source.file}); it does not give this one`,
      fix: source.textFile ? 'use the figure as the source writes it, or credit the source that gives it' : `add the figure, exactly as written, to figures: in ${source.file}`,
    });
  };
  for (const role of catalog.roles) {
    role.salary.forEach((s, i) => {
      need(role.file, `salary[${i}].min`, s.source, { unit: 'idr', value: s.min });
      if (s.max !== undefined) need(role.file, `salary[${i}].max`, s.source, { unit: 'idr', value: s.max });
      if (s.median !== undefined) need(role.file, `salary[${i}].median`, s.source, { unit: 'idr', value: s.median });
      if (s.year !== undefined) need(role.file, `salary[${i}].year`, s.source, { unit: 'year', value: s.year });
    });
    role.experience.forEach((e, i) => {
      if (e.minYears !== undefined) need(role.file, `experience[${i}].minYears`, e.source, { unit: 'years', value: e.minYears });
      if (e.maxYears !== undefined) need(role.file, `experience[${i}].maxYears`, e.source, { unit: 'years', value: e.maxYears });
    });
  }
  for (const cert of catalog.certifications) {
    if (!cert.training) continue;
    need(cert.file, 'training.minDays', cert.training.source, { unit: 'days', value: cert.training.minDays });
    need(cert.file, 'training.maxMonths', cert.training.source, { unit: 'months', value: cert.training.maxMonths });
  }
  return problems;
}

/** Every figure has a date a reader can see: its source's date, or the day an undated page was read (`accessed`). */
export function checkFigureDates(catalog: Catalog): Problem[] {
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  const credited = new Map<string, { file: string; field: string }>();
  for (const role of catalog.roles) {
    role.salary.forEach((s, i) => credited.has(s.source) || credited.set(s.source, { file: role.file, field: `salary[${i}].source` }));
    role.experience.forEach((e, i) => credited.has(e.source) || credited.set(e.source, { file: role.file, field: `experience[${i}].source` }));
  }
  return [...credited].flatMap(([id, at]): Problem[] => {
    const source = sources.get(id);
    if (!source || source.date !== null || source.accessed) return [];
    return [
      {
        file: source.file,
        field: 'date',
        value: `null (a figure in ${at.file}, ${at.field}, credits it)`,
        expected: 'a date for every figure: the date the page shows, or, where it shows none, the day its copy was read',
        fix: 'add accessed: YYYY-MM-DD (the day you read the page) beside date: null',
      },
    ];
  });
}

/** Every occupation code is written as its classification writes codes, and stated, with its title, by the source it names. */
export function checkOccupationCodes(catalog: Catalog): Problem[] {
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  return catalog.roles.flatMap((role) =>
    role.occupationCodes.flatMap((c, i): Problem[] => {
      const scheme = CLASSIFICATIONS[c.scheme];
      const source = sources.get(c.source);
      if (!scheme.pattern.test(c.code)) {
        return [{ file: role.file, field: `occupationCodes[${i}].code`, value: c.code, expected: `a ${scheme.name} code such as ${scheme.example}`, fix: 'copy the code exactly as the classification writes it' }];
      }
      if (!source) return []; // an unknown source is reported by the integrity check
      if (!source.url) {
        return [{ file: source.file, field: 'url', value: '(none)', expected: "the address of the classification's page that states the code", fix: 'add url: https://… of that page' }];
      }
      if (statesCode(source.figures, c.code, c.title)) return [];
      return [
        {
          file: role.file,
          field: `occupationCodes[${i}]`,
          value: `${c.code} "${c.title}"`,
          expected: `a code and title that ${c.source}'s figures state (${source.file}); no code is guessed by similarity`,
          fix: `copy the code and the title, exactly as the page writes them, into figures: in ${source.file}, or remove the code`,
        },
      ];
    }),
  );
}

/** No run of eight words from a source, and no passage that follows a source's sentences in order. */
export function checkOriginality(texts: readonly ProseText[], evidence: ReadonlyMap<string, SourceEvidence>): Problem[] {
  const problems: Problem[] = [];
  const allRuns = fingerprintSet([...evidence.values()].flatMap((e) => e.runs));
  for (const text of texts) {
    const prose = [...Object.values(text.fields).flatMap((v) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [])), proseOf(text.body)].join('\n\n');
    const copied = copiedRuns(prose, allRuns);
    if (copied.length > 0) {
      problems.push({
        file: text.file,
        field: 'text',
        value: copied.slice(0, 3).map((r) => `"${r}"`).join(', ') + (copied.length > 3 ? ` and ${copied.length - 3} more` : ''),
        expected: `no run of ${RUN_LENGTH} words taken from a source article`,
        fix: 'say it in your own words, starting from what the reader needs',
      });
    }
    for (const [sourceId, e] of evidence) {
      for (const p of paraphrases(prose, e.sentences)) {
        const passage = p.passage.join(' ').replace(/\s+/g, ' ');
        // A passage copied word for word is already reported above.
        if (copiedRuns(passage, allRuns).length > 0) continue;
        problems.push({
          file: text.file,
          field: 'text',
          value: `"${passage.length > 140 ? `${passage.slice(0, 137)}…` : passage}"`,
          expected: `writing of your own; this follows ${sourceId}'s sentence${p.sourceSentences.length > 1 ? 's' : ''} ${p.sourceSentences.map((n) => n + 1).join(', ')} with words swapped`,
          fix: 'restructure it around the reader\'s situation instead of the source\'s order, and keep only the facts',
        });
      }
    }
  }
  return problems;
}

/** Every role can be reached from an entry-level role, so no page is an island. */
export function checkReachability(catalog: Catalog): Problem[] {
  return unreachableFromEntry(catalog.roles).map((id) => ({
    file: catalog.roles.find((r) => r.id === id)?.file ?? id,
    field: 'promotesTo / lateralMoves (of other roles)',
    value: id,
    expected: 'a role that some path from an entry-level role reaches',
    fix: `add ${id} to promotesTo or lateralMoves of the role that leads to it`,
  }));
}

/** A reading rate the site config states for a language, and the source it credits. */
export interface StatedRate {
  lang: string;
  wordsPerMinute: number;
  source: string;
}

/** Each language's reading rate (site.config.ts) must be a figure of the source it names, like every figure of the guide. */
export function checkReadingRates(rates: readonly StatedRate[], catalog: Catalog, evidence: ReadonlyMap<string, SourceEvidence>): Problem[] {
  return rates.flatMap((rate): Problem[] => {
    const field = `languages.${rate.lang}.readingRate`;
    const source = catalog.sources.find((s) => s.id === rate.source);
    if (!source) {
      return [{ file: 'site.config.ts', field: `${field}.source`, value: rate.source, expected: 'a source in src/content/sources/', fix: `add src/content/sources/${rate.source}.yaml with the rate in its figures:` }];
    }
    if (sourceFigures(source, evidence).has(figureKey({ unit: 'wpm', value: rate.wordsPerMinute }))) return [];
    return [
      {
        file: 'site.config.ts',
        field: `${field}.wordsPerMinute`,
        value: String(rate.wordsPerMinute),
        expected: `a reading rate ${source.file} gives`,
        fix: `use the rate as the source writes it, or add it, exactly as written, to figures: in ${source.file}`,
      },
    ];
  });
}
