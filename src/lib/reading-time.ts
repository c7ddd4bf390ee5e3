/**
 * How long an item of a reading list takes to read: its words counted at build time, at the
 * reading rate the site config states per language (with the source that gives it).
 */
import { slug } from 'github-slugger';
import { words } from './originality';

/** The words of a Markdown text as a reader meets them: link targets, markup and code fences left out. */
export function markdownWords(markdown: string): number {
  const text = markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_`|[\]-]/g, ' ');
  return words(text).length;
}

/** The number of words in some plain strings (titles, list items, labels). */
export function plainWords(...texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + words(text).length, 0);
}

/** Whole minutes to read `count` words at `wordsPerMinute`: never 0 for something that has words. */
export function readingMinutes(count: number, wordsPerMinute: number): number {
  return count === 0 ? 0 : Math.max(1, Math.round(count / wordsPerMinute));
}

/** A heading line's text as the page shows it: no #, emphasis or link targets. */
function headingText(line: string): string {
  return line.replace(/^#+\s+/, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').trim();
}

/** The Markdown under a heading (up to the next heading of the same or a higher level), or undefined when no heading has that slug. */
export function sectionOf(markdown: string, id: string): string | undefined {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^#{2,6}\s/.test(line) && slug(headingText(line)) === id);
  if (start < 0) return undefined;
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((line, i) => i > start && /^#{1,6}\s/.test(line) && /^#+/.exec(line)![0].length <= level);
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** The ids of a Markdown text's headings, made as the Markdown renderer makes them (github-slugger). */
export function headingSlugs(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => /^#{2,6}\s/.test(line))
    .map((line) => slug(headingText(line)));
}

/** The text of the heading whose id is `id`, as the page shows it, or undefined. */
export function headingTitle(markdown: string, id: string): string | undefined {
  const line = markdown.split('\n').find((l) => /^#{2,6}\s/.test(l) && slug(headingText(l)) === id);
  return line === undefined ? undefined : headingText(line);
}
