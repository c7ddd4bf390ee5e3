/**
 * The list bar: on a page reached from a reading list (?list=…&item=…), a small bar with the
 * list's name, "3 of 12", a "done" box and the previous and next items. Loaded only then, by the
 * inline check in src/lib/inline-scripts.ts. A curated list and the bar's words come from
 * /data/reading-lists.json, a built list from the copy its page left in this browser; every word
 * is set as text, never as markup.
 */
import { fillPlaceholders } from '../lib/placeholders';
import { doneItems, loadDone, progressKey, storeProgress } from '../lib/progress';
import { barListKey, readBarList, type BarList } from '../lib/list-bar-data';
import type { ReadingListsData } from '../lib/reading-lists-data';

const params = new URLSearchParams(location.search);
const listId = params.get('list') ?? '';
const itemId = params.get('item') ?? '';
const root = document.documentElement;
const lang = root.lang as 'id' | 'en';
const base = root.dataset.base ?? '/';

void fetch(`${base}data/reading-lists.json`)
  .then((r) => (r.ok ? (r.json() as Promise<ReadingListsData>) : null))
  .then((data) => {
    const words = data?.text[lang];
    const list = data && barList(data);
    if (words && list) show(list, words);
  })
  .catch(() => undefined);

/** The list this page was reached from, in this page's language. */
function barList(data: ReadingListsData): BarList | null {
  const curated = data.lists.find((l) => l.id === listId);
  if (curated) return { title: curated.title[lang], url: curated.url[lang], items: curated.items.map((i) => ({ id: i.id, href: i.href[lang] })) };
  try {
    return readBarList(localStorage.getItem(barListKey(listId)), location.origin);
  } catch {
    return null;
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function show(list: BarList, words: ReadingListsData['text'][typeof lang]): void {
  const at = list.items.findIndex((i) => i.id === itemId);
  if (at < 0) return;
  const ids = list.items.map((i) => i.id);
  const key = progressKey(listId);
  const load = () => loadDone(localStorage, key, ids);
  const link = (i: number, label: string) => {
    const a = el('a', 'rounded-md border border-line px-2.5 py-1 no-underline hover:border-accent', label);
    a.href = list.items[i]!.href;
    return a;
  };

  const bar = el('nav', 'list-bar fixed inset-x-0 bottom-0 z-40 border-t border-line bg-card/95 px-4 py-2 text-sm shadow-lg backdrop-blur print:hidden');
  bar.setAttribute('aria-label', words.bar);
  const inner = el('div', 'mx-auto flex max-w-5xl flex-wrap items-center gap-x-3 gap-y-2');
  const name = el('a', 'min-w-0 basis-full truncate font-semibold sm:flex-1 sm:basis-auto', list.title);
  name.href = list.url;
  const position = el('span', 'text-muted', fillPlaceholders(words.position, { at: at + 1, total: ids.length }));
  const label = el('label', 'flex items-center gap-1.5');
  const box = el('input', 'h-5 w-5 accent-accent');
  box.type = 'checkbox';
  box.checked = load().includes(itemId);
  box.addEventListener('change', () => {
    const done = new Set(load());
    if (box.checked) done.add(itemId);
    else done.delete(itemId);
    try {
      localStorage.setItem(key, storeProgress(doneItems([...done], ids)));
    } catch {
      box.checked = !box.checked;
    }
  });
  label.append(box, el('span', '', words.done));
  inner.append(name, position, label);
  if (at > 0) inner.append(link(at - 1, words.previous));
  if (at < ids.length - 1) inner.append(link(at + 1, words.next));
  position.classList.add('mr-auto', 'sm:mr-0');
  bar.append(inner);
  document.body.append(bar);
  document.body.style.paddingBottom = `${bar.offsetHeight + 8}px`;
}
