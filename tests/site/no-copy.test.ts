import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copiedRuns, shingles } from '../../src/lib/overlap';
import { htmlPages, page, spacedText } from '../support/dist';

const SEEDS = join(import.meta.dirname, '../../../shared/seeds');
const sourceRuns = new Set(
  readdirSync(SEEDS)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .flatMap((f) => [...shingles(readFileSync(join(SEEDS, f), 'utf8'), 10)]),
);

describe('no sentence copied from a source article', () => {
  test('the source articles are there to compare with', () => {
    expect(sourceRuns.size).toBeGreaterThan(5000);
  });

  test.each(htmlPages())('%s shares no run of ten words with any source', (path) => {
    const $ = page(path);
    $('script, style').remove();
    expect(copiedRuns(spacedText($, 'body'), sourceRuns)).toEqual([]);
  });
});
