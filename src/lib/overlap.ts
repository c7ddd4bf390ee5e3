/**
 * Finds text copied from the source articles. The guide may take facts from them, never their
 * sentences: no run of ten or more consecutive words may match (after lowercasing and dropping punctuation).
 */

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

/** Every run of `n` consecutive words of a text, joined by spaces. */
export function shingles(text: string, n: number): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

/** The runs of `n` words that `text` shares with any of the `sources` (already shingled). */
export function copiedRuns(text: string, sources: Set<string>, n = 10): string[] {
  return [...shingles(text, n)].filter((run) => sources.has(run));
}
