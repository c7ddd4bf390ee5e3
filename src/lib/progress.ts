/**
 * Reading progress without an account: which items of a list are done, kept in the browser under
 * the list's id and the items' language-neutral ids, never titles, so a language switch or an edit
 * that keeps ids keeps it. Pure, so the page script and the tests share it.
 */

/** Where a list's progress lives in localStorage. */
export function progressKey(listId: string): string {
  return `jenjang:progress:${listId}`;
}

/** An item id as lists write them; anything else read from storage, a file or a link is ignored. */
const ITEM_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The done items that are still items of the list, in the list's order: a removed item leaves no ghost. */
export function doneItems(stored: readonly string[], itemIds: readonly string[]): string[] {
  const done = new Set(stored);
  return itemIds.filter((id) => done.has(id));
}

/** Reads stored progress (JSON written by `storeProgress`); anything unreadable counts as nothing done. */
export function readProgress(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const value = JSON.parse(raw) as { v?: unknown; done?: unknown };
    return value.v === 1 && Array.isArray(value.done) ? value.done.filter((d): d is string => typeof d === 'string' && ITEM_ID.test(d)) : [];
  } catch {
    return [];
  }
}

/** Progress as stored. */
export function storeProgress(done: readonly string[]): string {
  return JSON.stringify({ v: 1, done });
}

/** The small file a reader exports to move progress to another device. */
export function progressFile(listId: string, done: readonly string[]): string {
  return `${JSON.stringify({ format: 'jenjang-progress', v: 1, list: listId, done }, null, 2)}\n`;
}

/** The done items of an exported file for this list, or null when the file is not progress for this list. */
export function readProgressFile(text: string, listId: string, itemIds: readonly string[]): string[] | null {
  try {
    const value = JSON.parse(text) as { format?: unknown; v?: unknown; list?: unknown; done?: unknown };
    if (value.format !== 'jenjang-progress' || value.v !== 1 || value.list !== listId || !Array.isArray(value.done)) return null;
    return doneItems(value.done.filter((d): d is string => typeof d === 'string'), itemIds);
  } catch {
    return null;
  }
}

/** The fragment of a progress link: `#done=a,b,c`. */
export function progressFragment(done: readonly string[]): string {
  return `#done=${done.join(',')}`;
}

/** The done items a progress link carries for this list, or null when the fragment is not one. */
export function readProgressFragment(hash: string, itemIds: readonly string[]): string[] | null {
  const match = /^#done=([a-z0-9,-]*)$/.exec(hash);
  return match ? doneItems(match[1]!.split(',').filter((d) => ITEM_ID.test(d)), itemIds) : null;
}

/** The done items of a list as a browser keeps them; storage that cannot be read (blocked, private mode) counts as nothing done. */
export function loadDone(storage: Pick<Storage, 'getItem'>, key: string, itemIds: readonly string[]): string[] {
  try {
    return doneItems(readProgress(storage.getItem(key)), itemIds);
  } catch {
    return [];
  }
}
