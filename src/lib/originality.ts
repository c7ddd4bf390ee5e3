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
  const lower = text.toLowerCase();
  // NFKC changes nothing in plain ASCII, and most of the guide's text is.
  return (/[^\x00-\x7f]/.test(lower) ? lower.normalize('NFKC') : lower).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const hex = (text: string, chars: number) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, chars);

/**
 * cyrb53, a small public-domain 53-bit string hash, as two 32-bit halves: fast enough to hash every
 * word of a large guide at build time, and not reversible.
 */
function cyrb53(text: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, (2097151 & h2) >>> 0];
}

const wordHashes = new Map<string, [number, number]>();
/** A word's hash, remembered: a guide uses a few thousand distinct words over and over. */
function wordHash(word: string): [number, number] {
  let hash = wordHashes.get(word);
  if (!hash) wordHashes.set(word, (hash = cyrb53(word)));
  return hash;
}

/**
 * The 40-bit fingerprint of the run of `RUN_LENGTH` words starting at `from`, as a number: the words'
 * hashes mixed in order, so no string is built for a run that matches nothing.
 */
function runHash(hashes: readonly [number, number][], from: number): number {
  let h1 = 0x9e3779b9;
  let h2 = 0x85ebca6b;
  for (let i = from; i < from + RUN_LENGTH; i++) {
    const [a, b] = hashes[i]!;
    h1 = Math.imul(h1 ^ a, 2654435761);
    h2 = Math.imul(h2 ^ b, 1597334677);
    h1 ^= h2 >>> 15;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 & 0xff) * 4294967296 + (h1 >>> 0);
}

/** A fingerprint as the evidence stores it: 10 hex digits. */
const asHex = (hash: number) => hash.toString(16).padStart(10, '0');

/** A run of words as the evidence stores it: 40 bits of its hash, enough to tell 10⁵ runs apart. */
export function runFingerprint(run: readonly string[]): string {
  return asHex(runHash(run.map(wordHash), 0));
}

/** Every run of `RUN_LENGTH` words in a text, with its fingerprint. */
export function runs(text: string): { run: string; fingerprint: string }[] {
  const w = words(text);
  const hashes = w.map(wordHash);
  const out: { run: string; fingerprint: string }[] = [];
  for (let i = 0; i + RUN_LENGTH <= w.length; i++) out.push({ run: w.slice(i, i + RUN_LENGTH).join(' '), fingerprint: asHex(runHash(hashes, i)) });
  return out;
}

/** The sources' fingerprints as numbers, made once per build for `copiedRuns`. */
export function fingerprintSet(fingerprints: Iterable<string>): ReadonlySet<number> {
  return new Set([...fingerprints].map((f) => Number.parseInt(f, 16)));
}

/** The runs of a text that also occur in a source, as readable words (they are the author's own text). */
export function copiedRuns(text: string, fingerprints: ReadonlySet<number>): string[] {
  const w = words(text);
  const hashes = w.map(wordHash);
  const found = new Set<string>();
  for (let i = 0; i + RUN_LENGTH <= w.length; i++) if (fingerprints.has(runHash(hashes, i))) found.add(w.slice(i, i + RUN_LENGTH).join(' '));
  return [...found];
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

const bucketCache = new Map<string, number>();
/** A word's bucket, remembered: a guide uses a few thousand distinct words over and over. */
function bucketOf(word: string): number {
  let bucket = bucketCache.get(word);
  if (bucket === undefined) bucketCache.set(word, (bucket = Number.parseInt(hex(stem(word), 3), 16)));
  return bucket;
}

/** The 12-bit buckets of a sentence's content words: about a dozen words of a language share each one. */
export function sentenceBuckets(sentence: string): number[] {
  return bucketsOf(words(sentence));
}

function bucketsOf(sentenceWords: readonly string[]): number[] {
  const buckets = new Set<number>();
  for (const w of sentenceWords) {
    if (w.length < 3 || FUNCTION_WORDS.has(w) || /^\d+$/.test(w)) continue;
    buckets.add(bucketOf(w));
  }
  return [...buckets].sort((a, b) => a - b);
}

/** A text cut into sentences (and list items and lines, which read as sentences too). */
export function sentences(text: string): string[] {
  return sentencesWithWords(text).map((s) => s.sentence);
}

/** The same sentences with their words, which the paraphrase check needs too. */
function sentencesWithWords(text: string): { sentence: string; words: string[] }[] {
  return text
    .split(/(?<=[.!?;:])\s+|\n+|\s[•–-]\s/u)
    .map((s) => {
      const sentence = s.trim();
      return { sentence, words: words(sentence) };
    })
    .filter((s) => s.words.length >= 4);
}

/** A passage that follows a source's sentences in order, with words swapped. */
export interface Paraphrase {
  /** The passage's own sentences, as written on the site. */
  passage: string[];
  /** Where the source sentences it follows are (0-based sentence numbers). */
  sourceSentences: number[];
}

/** A source's sentences indexed by bucket, made once per source however many texts are compared with it. */
interface SourceIndex {
  sizes: number[];
  byBucket: Map<number, number[]>;
}
const indexes = new WeakMap<readonly (readonly number[])[], SourceIndex>();
function indexOf(source: readonly (readonly number[])[]): SourceIndex {
  let index = indexes.get(source);
  if (!index) {
    const byBucket = new Map<number, number[]>();
    source.forEach((sentence, i) => {
      for (const b of sentence) {
        const list = byBucket.get(b);
        if (list) list.push(i);
        else byBucket.set(b, [i]);
      }
    });
    indexes.set(source, (index = { sizes: source.map((s) => s.length), byBucket }));
  }
  return index;
}

let lastText: string | undefined;
let lastSplit: { sentence: string; buckets: number[] }[] = [];
/** A text's sentences and their buckets, kept for the next call: a text is compared with every source in turn. */
function splitOnce(text: string): { sentence: string; buckets: number[] }[] {
  if (text !== lastText) {
    lastText = text;
    lastSplit = sentencesWithWords(text).map((s) => ({ sentence: s.sentence, buckets: bucketsOf(s.words) }));
  }
  return lastSplit;
}

/** Thresholds: a sentence "follows" a source sentence when most of its content words are that sentence's. */
export const PARAPHRASE = { minShared: 5, minShare: 0.6, closeShared: 10, closeShare: 0.75 } as const;

/**
 * Passages of `text` that follow a source's sentences in order: two or more sentences in a row, each
 * close to a source sentence, the source sentences also in order and near each other; or a single
 * sentence that keeps almost every content word of one source sentence.
 */
export function paraphrases(text: string, source: readonly (readonly number[])[]): Paraphrase[] {
  const { sizes, byBucket } = indexOf(source);
  const own = splitOnce(text);
  const shared = new Uint16Array(sizes.length);
  const match = own.map(({ buckets }) => {
    // Shared buckets per source sentence, counted through the index (only sentences that share any).
    const touched: number[] = [];
    for (const b of buckets) {
      for (const i of byBucket.get(b) ?? []) if (shared[i]!++ === 0) touched.push(i);
    }
    let best: { index: number; shared: number; share: number } | undefined;
    for (const index of touched) {
      const count = shared[index]!;
      shared[index] = 0;
      const share = count / Math.max(1, Math.min(buckets.length, sizes[index]!));
      const better = !best || share > best.share || (share === best.share && index < best.index);
      if (count >= PARAPHRASE.minShared && share >= PARAPHRASE.minShare && better) best = { index, shared: count, share };
    }
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
      found.push({ passage: own.slice(i, j + 1).map((o) => o.sentence), sourceSentences: match.slice(i, j + 1).map((m) => m!.index) });
    }
    i = j;
  }
  return found;
}
