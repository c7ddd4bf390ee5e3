/**
 * What the guide keeps of each source article: the figures it gives and fingerprints of its words.
 * The articles are third-party and copyrighted, so they are not in the repository; this is enough
 * for the build to check every figure and every sentence against them, on any clone.
 */
import { createHash } from 'node:crypto';
import { figureKey, figuresIn } from './figures.ts';
import { runs, sentenceBuckets, sentences, words } from './originality.ts';

/** One source article's evidence, as committed in src/content/evidence/<source id>.json. */
export interface SourceEvidence {
  /** Which text it was made from, so a changed text is noticed. */
  text: { sha256: string; words: number };
  /** Every amount and duration the article gives, as figure keys ("idr:8000000", "years:3"). */
  figures: string[];
  /** Fingerprints of every 8-word run, sorted (so the order of the text is not kept). */
  runs: string[];
  /** Per sentence, in the article's order, the buckets of its content words. */
  sentences: number[][];
}

/** The evidence for a source text, written by scripts/evidence.ts and compared with the committed copy by a test. */
export function evidenceOf(text: string): SourceEvidence {
  return {
    text: { sha256: createHash('sha256').update(text, 'utf8').digest('hex'), words: words(text).length },
    figures: [...new Set(figuresIn(text).map(figureKey))].sort(),
    runs: [...new Set(runs(text).map((r) => r.fingerprint))].sort(),
    sentences: sentences(text).map(sentenceBuckets).filter((b) => b.length > 0),
  };
}
