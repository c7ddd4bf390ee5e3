/** The guide's promises to readers, checked over the real content and the built pages. */
import { describe, expect, test } from 'vitest';
import { figureKey, figuresIn } from '../../src/lib/figures';
import { deadEnds, unreachableFromEntry } from '../../src/lib/ladder';
import { careers, htmlPages, page, spacedText } from '../support/dist';
import { evidence } from '../support/evidence';

const data = careers();
const sources = evidence();
// A source's figures: from its article's evidence, or as a source without a stored text lists them (with the years they are for).
// (The open data gives a source's listed figures as amounts read from its record.)
const figuresOf = (sourceId: string) =>
  new Set([...(sources.get(sourceId)?.figures ?? []), ...(data.sources.find((s) => s.id === sourceId)?.figures ?? []).map(figureKey)]);
// Figures from the articles' evidence, and those a source without a stored text lists as written.
const allSourceFigures = new Set([
  ...[...sources.values()].flatMap((e) => e.figures),
  ...data.sources.flatMap((s) => s.figures.map(figureKey)),
]);

describe('the ladder', () => {
  test('every role can be reached from the entry level', () => {
    expect(unreachableFromEntry(data.roles)).toEqual([]);
  });

  test('every role below the top has somewhere to go next', () => {
    expect(deadEnds(data.roles)).toEqual([]);
  });
});

describe('figures', () => {
  test('every salary figure appears in the source its role cites', () => {
    for (const role of data.roles) {
      for (const s of role.salary) {
        expect(figuresOf(s.source), `${role.id} salary min`).toContain(`idr:${s.min}`);
        if (s.max != null) expect(figuresOf(s.source), `${role.id} salary max`).toContain(`idr:${s.max}`);
        if (s.median !== undefined) expect(figuresOf(s.source), `${role.id} salary median`).toContain(`idr:${s.median}`);
        if (s.year !== undefined) expect(figuresOf(s.source), `${role.id} salary year`).toContain(`year:${s.year}`);
      }
    }
  });

  test('every experience figure appears in the source its role cites', () => {
    for (const role of data.roles) {
      for (const e of role.experience) {
        if (e.kind === 'varies') {
          expect(e.minYears, `${role.id}: a source that says "it depends" gives no number`).toBeUndefined();
          continue;
        }
        expect(figuresOf(e.source), `${role.id} minYears`).toContain(`years:${e.minYears}`);
        if (e.maxYears !== undefined) expect(figuresOf(e.source), `${role.id} maxYears`).toContain(`years:${e.maxYears}`);
      }
    }
  });

  test('every training length appears in the source its certification cites', () => {
    for (const cert of data.certifications) {
      if (!cert.training) continue;
      expect(figuresOf(cert.training.source), cert.id).toContain(`days:${cert.training.minDays}`);
      expect(figuresOf(cert.training.source), cert.id).toContain(`months:${cert.training.maxMonths}`);
    }
  });

  test.each(htmlPages())('every salary or duration written on %s appears in a source', (path) => {
    const $ = page(path);
    // A cited title is the source's own words ("… Rp5,7 Juta"), not a figure the guide states.
    $('script, style, cite').remove();
    const unsourced = figuresIn(spacedText($, 'main')).map(figureKey).filter((key) => !allSourceFigures.has(key));
    expect(unsourced).toEqual([]);
  });
});

// Words that only one of the two languages uses; a block made mostly of the other language's words is a slip.
const ENGLISH_ONLY = new Set(['the', 'and', 'with', 'of', 'is', 'are', 'to', 'for', 'you', 'your', 'this', 'that', 'it', 'in', 'on', 'what']);
const INDONESIAN_ONLY = new Set(['yang', 'dan', 'di', 'untuk', 'dengan', 'ini', 'itu', 'dari', 'ke', 'tidak', 'adalah', 'akan', 'atau', 'pada', 'anda', 'kamu']);

describe.each(htmlPages())('%s', (path) => {
  test('shows no paragraph in the other language', () => {
    const $ = page(path);
    const foreign = path.startsWith('/en/') ? INDONESIAN_ONLY : ENGLISH_ONLY;
    $('cite, [lang], script, style').remove();
    const slips = $('main p, main li, main dd, main h1, main h2, main h3, main td')
      .toArray()
      .map((el) => $(el).text())
      .filter((text) => {
        const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
        return words.length >= 6 && words.filter((w) => foreign.has(w)).length / words.length > 0.15;
      });
    expect(slips).toEqual([]);
  });
});
