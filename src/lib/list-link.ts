/**
 * A reading list that lives in its link: the list a manager builds is written into the address's
 * fragment, so sending the link sends the list and no server keeps anything. Versioned, compact
 * (one short line per record, base64url), and readable up to the point where a link was cut off.
 */
import type { LIST_TARGET_KINDS } from './kinds';
import { markdownText } from './escape';

/** Kinds of page an item may open, by the letter the link uses for them. */
export const KIND_LETTERS = { roles: 'r', skills: 's', certifications: 'c', metrics: 'm', tools: 't', guides: 'g' } as const satisfies Record<(typeof LIST_TARGET_KINDS)[number], string>;
/** A kind of page a built list's item may open. */
export type LinkKind = keyof typeof KIND_LETTERS;

/** One item of a built list: a page (or section) of the guide, or a page elsewhere. */
export type BuiltItem = { kind: LinkKind; id: string; section?: string } | { url: string; title: string };

/** A built list: its title, notes and steps of items. */
export interface BuiltList {
  title: string;
  notes: string;
  steps: { title: string; items: BuiltItem[] }[];
}

/** What reading a link gave: the list as far as it could be read, and what could not be. */
export interface ReadList {
  list: BuiltList;
  problems: string[];
}

/** Limits a link must keep; a link beyond them is refused with a message. */
export const LINK_LIMITS = { title: 80, notes: 500, stepTitle: 40, steps: 12, items: 60, url: 300 } as const;

const VERSION = 'J1';
/** The last record of every link: a link without it was cut off. */
const END = 'Z';
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LETTER_KIND = Object.fromEntries(Object.entries(KIND_LETTERS).map(([k, l]) => [l, k])) as Record<string, LinkKind>;
// Record lines must stay lines: no line breaks inside any text.
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();

/** A short stable name for a text (FNV-1a, base 36): the same link gives the same name. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** A stable, language-neutral id for an item of a built list, written like a curated item's id, for its progress. */
export function builtItemId(item: BuiltItem): string {
  return 'url' in item ? `u-${shortHash(item.url)}` : `${KIND_LETTERS[item.kind]}-${item.id}${item.section ? `-at-${item.section}` : ''}`;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): { bytes: Uint8Array; cut: boolean } {
  const clean = text.replace(/[^A-Za-z0-9_-]/g, '');
  // A cut link may end mid-quad: read the whole quads and say the rest was lost.
  const whole = clean.length - (clean.length % 4 === 1 ? 1 : 0);
  const b64 = clean.slice(0, whole).replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return { bytes: Uint8Array.from(binary, (c) => c.charCodeAt(0)), cut: whole !== clean.length };
}

/** The fragment payload of a list (without the leading `#`). */
export function encodeList(list: BuiltList): string {
  const lines = [VERSION, `T${oneLine(list.title)}`];
  if (list.notes.trim()) lines.push(`N${oneLine(list.notes)}`);
  for (const step of list.steps) {
    lines.push(`S${oneLine(step.title)}`);
    for (const item of step.items) {
      lines.push('url' in item ? `U${oneLine(item.url)} ${oneLine(item.title)}` : `E${KIND_LETTERS[item.kind]}${item.id}${item.section ? `#${item.section}` : ''}`);
    }
  }
  lines.push(END);
  return toBase64Url(new TextEncoder().encode(lines.join('\n')));
}

/** Reads a fragment payload; never throws, and keeps every text as plain text for the page to show as such. */
export function decodeList(payload: string, known: (kind: LinkKind, id: string) => boolean = () => true): ReadList {
  const problems: string[] = [];
  const list: BuiltList = { title: '', notes: '', steps: [] };
  let decoded: { bytes: Uint8Array; cut: boolean };
  try {
    decoded = fromBase64Url(payload);
  } catch {
    return { list, problems: ['the link is not a reading list link'] };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(decoded.bytes);
  const lines = text.split('\n');
  if (lines[0] !== VERSION) return { list, problems: [lines[0]?.startsWith('J') ? `the link is of a version this site cannot read (${lines[0].slice(0, 8)})` : 'the link is not a reading list link'] };
  // A link cut off mid-record: its last line may be partial, so it is left out and reported.
  if (decoded.cut || lines.at(-1) !== END) {
    if (lines.length > 1) lines.pop();
    problems.push('the link was cut off; the items after the cut are missing');
  } else lines.pop();
  let items = 0;
  for (const [n, line] of lines.slice(1).entries()) {
    const kind = line[0];
    const value = line.slice(1);
    const where = `line ${n + 2}`;
    if (kind === 'T') list.title = value.slice(0, LINK_LIMITS.title);
    else if (kind === 'N') list.notes = value.slice(0, LINK_LIMITS.notes);
    else if (kind === 'S') {
      if (list.steps.length >= LINK_LIMITS.steps) problems.push(`${where}: more than ${LINK_LIMITS.steps} steps; the rest were left out`);
      else list.steps.push({ title: value.slice(0, LINK_LIMITS.stepTitle), items: [] });
    } else if (kind === 'E' || kind === 'U') {
      const step = list.steps.at(-1);
      if (!step) {
        problems.push(`${where}: an item before any step was left out`);
        continue;
      }
      if (items >= LINK_LIMITS.items) {
        problems.push(`${where}: more than ${LINK_LIMITS.items} items; the rest were left out`);
        continue;
      }
      if (kind === 'E') {
        const entryKind = LETTER_KIND[value[0] ?? ''];
        const [id = '', section] = value.slice(1).split('#');
        if (!entryKind || !ID.test(id) || (section !== undefined && !ID.test(section))) problems.push(`${where}: an item that is not a page of this guide was left out`);
        else if (!known(entryKind, id)) problems.push(`${where}: an item whose page no longer exists (${id}) was left out`);
        else {
          step.items.push(section ? { kind: entryKind, id, section } : { kind: entryKind, id });
          items++;
        }
      } else {
        const space = value.indexOf(' ');
        const url = space < 0 ? value : value.slice(0, space);
        const title = space < 0 ? '' : value.slice(space + 1);
        if (!/^https:\/\/[^\s]+$/.test(url) || url.length > LINK_LIMITS.url || !title) problems.push(`${where}: a link elsewhere without an https address and a title was left out`);
        else {
          step.items.push({ url, title: title.slice(0, LINK_LIMITS.title) });
          items++;
        }
      }
    } else if (line !== '') problems.push(`${where}: a line this site cannot read was left out`);
  }
  if (!list.title) problems.push('the list has no title');
  return { list, problems };
}

/** The list as a Markdown checklist with absolute links, for an onboarding page in GitLab, Notion or Confluence. */
export function markdownChecklist(list: BuiltList, resolve: (item: BuiltItem) => { title: string; href: string }): string {
  const out = [`# ${markdownText(list.title)}`, ''];
  if (list.notes) out.push(markdownText(list.notes), '');
  for (const step of list.steps) {
    out.push(`## ${markdownText(step.title)}`, '');
    for (const item of step.items) {
      const { title, href } = resolve(item);
      out.push(`- [ ] [${markdownText(title)}](${encodeURI(decodeURI(href))})`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
