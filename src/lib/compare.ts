/**
 * Roles side by side: which roles the address asks for, and how their skills split into those every
 * chosen role needs and those only some do. Pure, so the compare page's script and the tests share it.
 */
import type { Locale } from './model';

/** The query parameter that holds the chosen roles, per language; either is read on both pages. */
export const COMPARE_PARAM: Record<Locale, string> = { id: 'peran', en: 'roles' };

/** How many roles fit side by side. */
export const MAX_COMPARED = 3;

/** The roles an address asks for: known ids only, each once, at most MAX_COMPARED, in the order given. */
export function readCompareIds(search: string, known: (id: string) => boolean): string[] {
  const params = new URLSearchParams(search);
  const raw = Object.values(COMPARE_PARAM)
    .map((name) => params.get(name))
    .find((value) => value !== null);
  const ids: string[] = [];
  for (const id of (raw ?? '').split(',')) {
    const clean = id.trim();
    if (clean && known(clean) && !ids.includes(clean)) ids.push(clean);
  }
  return ids.slice(0, MAX_COMPARED);
}

/** The query that asks for these roles in a language: `?peran=a,b` / `?roles=a,b` (or nothing). */
export function compareSearch(ids: readonly string[], lang: Locale): string {
  return ids.length > 0 ? `?${COMPARE_PARAM[lang]}=${ids.map(encodeURIComponent).join(',')}` : '';
}

/** Skills every chosen role needs, and per role those it needs that not every other one does. */
export function skillSplit(roles: readonly { skills: readonly string[] }[]): { shared: string[]; own: string[][] } {
  if (roles.length === 0) return { shared: [], own: [] };
  const shared = roles[0]!.skills.filter((s) => roles.every((r) => r.skills.includes(s)));
  return { shared, own: roles.map((r) => r.skills.filter((s) => !shared.includes(s))) };
}
