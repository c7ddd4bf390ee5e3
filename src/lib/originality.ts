/**
 * Finds text taken from a source article without committing the article. The guide may take
 * facts from its sources, never their sentences. A source is kept only as fingerprints
 * (src/lib/evidence.ts): hashes of its 8-word runs, and per sentence the 12-bit buckets of its
 * word stems, from which neither its words nor their order can be read back.
 */
import { createHash } from 'node:crypto';

/** Words in a row that count as copying: no run this long may match a source. */
export const RUN_LENGTH = 8;

/** The words of a text, lowercased, with punctuation removed. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

const hex = (text: string, chars: number) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, chars);

/** A run of words as the evidence stores it: 40 bits of its hash, enough to tell 10⁵ runs apart. */
export function runFingerprint(run: readonly string[]): string {
  return hex(run.join(' '), 10);
}

/** Every run of `RUN_LENGTH` words in a text, with its fingerprint. */
export function runs(text: string): { run: string; fingerprint: string }[] {
  const w = words(text);
  const out: { run: string; fingerprint: string }[] = [];
  for (let i = 0; i + RUN_LENGTH <= w.length; i++) {
    const run = w.slice(i, i + RUN_LENGTH);
    out.push({ run: run.join(' '), fingerprint: runFingerprint(run) });
  }
  return out;
}

/** The runs of a text that also occur in a source, as readable words (they are the author's own text). */
export function copiedRuns(text: string, fingerprints: ReadonlySet<string>): string[] {
  return [...new Set(runs(text).filter((r) => fingerprints.has(r.fingerprint)).map((r) => r.run))];
}

// Function words of both languages: they say nothing about whether a sentence was rewritten.
const FUNCTION_WORDS = new Set(
  (
    'yang dan di ke dari untuk dengan ini itu atau pada dalam adalah akan juga tidak bisa dapat lebih ' +
    'agar oleh saat para serta bagi tersebut sebagai seperti setiap hanya sudah masih karena jika ' +
    'mereka anda kamu kita kami ia dia nya lah pun sangat harus perlu secara antara hingga sampai ' +
    'the and of to in for with on at by from as is are be or an a this that it its their your you ' +
    'they we can will not but also into than more most each every which who what when how'
  ).split(' '),
);
const PREFIX = /^(meng|meny|mem|men|me|peng|peny|pem|pen|pe|ber|be|ter|di|ke|se)(?=\p{L}{4})/u;
const SUFFIX = /(kan|an|i|nya|lah|kah)$/u;

/** A rough stem, so that "melayani", "dilayani" and "layanan" count as one word. */
export function stem(word: string): string {
  let w = word.replace(PREFIX, '');
  for (let i = 0; i < 2 && w.length > 4; i++) w = w.replace(SUFFIX, '');
  return w;
}

/** The 12-bit buckets of a sentence's content words: about a dozen words of a language share each one. */
export function sentenceBuckets(sentence: string): number[] {
  const buckets = new Set<number>();
  for (const w of words(sentence)) {
    if (w.length < 3 || FUNCTION_WORDS.has(w) || /^\d+$/.test(w)) continue;
    buckets.add(Number.parseInt(hex(stem(w), 3), 16));
  }
  return [...buckets].sort((a, b) => a - b);
}

/** A text cut into sentences (and list items and lines, which read as sentences too). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;:])\s+|\n+|\s[•–-]\s/u)
    .map((s) => s.trim())
    .filter((s) => words(s).length >= 4);
}

/** How close a sentence comes to a source sentence: shared buckets, and their share of the shorter one. */
function closeness(a: readonly number[], b: ReadonlySet<number>): { shared: number; share: number } {
  const shared = a.filter((x) => b.has(x)).length;
  return { shared, share: shared / Math.max(1, Math.min(a.length, b.size)) };
}

/** A passage that follows a source's sentences in order, with words swapped. */
export interface Paraphrase {
  /** The passage's own sentences, as written on the site. */
  passage: string[];
  /** Where the source sentences it follows are (0-based sentence numbers). */
  sourceSentences: number[];
}

const sets = new WeakMap<readonly (readonly number[])[], Set<number>[]>();
/** A source's sentences as sets, made once per source however many texts are compared with it. */
function setsOf(source: readonly (readonly number[])[]): Set<number>[] {
  let out = sets.get(source);
  if (!out) sets.set(source, (out = source.map((s) => new Set(s))));
  return out;
}

/** Thresholds: a sentence "follows" a source sentence when most of its content words are that sentence's. */
export const PARAPHRASE = { minShared: 5, minShare: 0.6, closeShared: 10, closeShare: 0.75 } as const;

/**
 * Passages of `text` that follow a source's sentences in order: two or more sentences in a row, each
 * close to a source sentence, the source sentences also in order and near each other; or a single
 * sentence that keeps almost every content word of one source sentence.
 */
export function paraphrases(text: string, source: readonly (readonly number[])[]): Paraphrase[] {
  const sourceSets = setsOf(source);
  const own = sentences(text);
  const match = own.map((s) => {
    const buckets = sentenceBuckets(s);
    let best: { index: number; shared: number; share: number } | undefined;
    sourceSets.forEach((set, index) => {
      const c = closeness(buckets, set);
      if (c.shared >= PARAPHRASE.minShared && c.share >= PARAPHRASE.minShare && (!best || c.share > best.share)) {
        best = { index, ...c };
      }
    });
    return best;
  });
  const found: Paraphrase[] = [];
  for (let i = 0; i < own.length; i++) {
    const first = match[i];
    if (!first) continue;
    let j = i;
    while (j + 1 < own.length && match[j + 1] && match[j + 1]!.index > match[j]!.index && match[j + 1]!.index <= match[j]!.index + 3) j++;
    const close = first.shared >= PARAPHRASE.closeShared && first.share >= PARAPHRASE.closeShare;
    if (j > i || close) {
      found.push({ passage: own.slice(i, j + 1), sourceSentences: match.slice(i, j + 1).map((m) => m!.index) });
    }
    i = j;
  }
  return found;
}
