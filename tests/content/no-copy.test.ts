import { describe, expect, test } from 'vitest';
import { copiedRuns, fingerprintSet, paraphrases, words } from '../../src/lib/originality';
import { evidence } from '../support/evidence';
import { careers, htmlPages, page, spacedText } from '../support/dist';

const sources = evidence();
const runs = fingerprintSet([...sources.values()].flatMap((e) => e.runs));
// Role names are the same everywhere ("Customer Service Operations Manager"); a run made only of them is two names side by side, not a sentence.
const nameWords = new Set(careers().roles.flatMap((r) => words(`${r.title.id} ${r.title.en}`)));
const isOnlyNames = (run: string) => run.split(' ').every((w) => nameWords.has(w));

describe('no sentence copied from a source article', () => {
  test('the evidence of every source article is there to compare with', () => {
    expect(sources.size).toBeGreaterThanOrEqual(5);
    expect(runs.size).toBeGreaterThan(10_000);
  });

  describe.each(htmlPages())('%s', (path) => {
    const $ = page(path);
    // A source's title, quoted in a <cite>, is a citation: the one place its exact words belong.
    // An SVG <title> or <desc> and the path finder's <select>s repeat role names; names in a list are not sentences.
    // A link that shows its own address (a source's URL on the sources page) is an address, not a sentence.
    $('script, style, cite, svg title, svg desc, select').remove();
    $('a[href]').filter((_, el) => $(el).text().trim() === $(el).attr('href')).remove();
    const text = spacedText($, 'body');

    test('shares no run of eight words with any source', () => {
      expect(copiedRuns(text, runs).filter((run) => !isOnlyNames(run))).toEqual([]);
    });

    test("has no passage that follows a source's sentences in order", () => {
      const found = [...sources].flatMap(([id, e]) => paraphrases(text, e.sentences).map((p) => `${id}: ${p.passage.join(' ')}`));
      expect(found).toEqual([]);
    });
  });
});
