/**
 * The list builder and the page a built list opens as. The list lives in the link's fragment
 * (src/lib/list-link.ts); progress in localStorage (src/lib/progress.ts). Everything read from a link
 * is shown with textContent, never as markup.
 */
import { fillPlaceholders } from '../lib/placeholders';
import { builtItemId, decodeList, shortHash, encodeList, markdownChecklist, type BuiltItem, type BuiltList, type LinkKind } from '../lib/list-link';
import { doneItems, loadDone, progressKey, storeProgress } from '../lib/progress';
import { barListKey, builtListId, itemHref, storeBarList } from '../lib/list-bar-data';

interface Entry {
  kind: LinkKind;
  id: string;
  title: string;
  kindLabel: string;
  level?: string;
  href: string;
}
interface BuilderData {
  entries: Entry[];
  lists: { id: string; title: string; list: BuiltList }[];
  /** Names of the sections curated lists open at, by `kind:id#section`. */
  labels: Record<string, string>;
  text: Record<string, string>;
}

const root = document.querySelector<HTMLElement>('[data-list-builder]');
if (root) start(root);

function start(root: HTMLElement): void {
  const data = JSON.parse(root.querySelector('script[data-builder]')!.textContent!) as BuilderData;
  const say = (key: string, vars: Record<string, string | number> = {}) => fillPlaceholders(data.text[key] ?? key, vars);
  const byKey = new Map(data.entries.map((e) => [`${e.kind}:${e.id}`, e]));
  const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const button = (label: string, onClick: () => void, aria?: string) => {
    const b = make('button', 'rounded-md border border-line px-2 py-1 text-sm hover:border-accent', label);
    b.type = 'button';
    if (aria) b.setAttribute('aria-label', aria);
    b.addEventListener('click', onClick);
    return b;
  };
  const resolve = (item: BuiltItem) => {
    if ('url' in item) return { title: item.title, href: item.url, kindLabel: say('external') };
    const entry = byKey.get(`${item.kind}:${item.id}`);
    const title = item.section ? (data.labels[`${item.kind}:${item.id}#${item.section}`] ?? `${entry?.title ?? item.id} (#${item.section})`) : (entry?.title ?? item.id);
    return { title, href: new URL((entry?.href ?? '/') + (item.section ? `#${item.section}` : ''), location.href).href, kindLabel: entry?.kindLabel ?? '' };
  };

  let list: BuiltList = { title: '', notes: '', steps: [{ title: say('firstStep'), items: [] }] };
  const linkFor = () => `${location.origin}${location.pathname}#${encodeList(list)}`;

  // ---- the built list, as a reader opens it
  const view = $('[data-built-view]');
  const editor = $('[data-builder-editor]');
  function showList(payload: string): void {
    const read = decodeList(payload, (kind, id) => byKey.has(`${kind}:${id}`));
    list = read.list.steps.length > 0 ? read.list : list;
    editor.hidden = true;
    view.hidden = false;
    $('[data-built-title]').textContent = read.list.title || say('untitled');
    $('[data-built-notes]').textContent = read.list.notes;
    const problems = $('[data-built-problems]');
    problems.replaceChildren(...read.problems.map((p) => make('li', '', p)));
    problems.closest<HTMLElement>('[data-built-problems-box]')!.hidden = read.problems.length === 0;
    const listId = builtListId(shortHash(payload));
    const key = progressKey(listId);
    const ids = read.list.steps.flatMap((s) => s.items.map(builtItemId));
    const items = read.list.steps.flatMap((s) => s.items);
    // An item opens with the list bar; the bar finds this list's copy here, since no server knows it.
    const opens = (item: BuiltItem) => ('url' in item ? item.url : itemHref(resolve(item).href, listId, builtItemId(item)));
    try {
      localStorage.setItem(barListKey(listId), storeBarList({ title: read.list.title || say('untitled'), url: location.href, items: items.map((item) => ({ id: builtItemId(item), href: opens(item) })) }));
    } catch {
      // Storage blocked: the list works, its items open without the bar.
    }
    const load = () => loadDone(localStorage, key, ids);
    const steps = $('[data-built-steps]');
    const progress = $('[data-built-progress]');
    const render = () => {
      const done = new Set(load());
      progress.textContent = say('progress', { done: done.size, total: ids.length });
      steps.replaceChildren(
        ...read.list.steps.map((step, s) => {
          const section = make('section', 'mt-8');
          section.append(make('h2', 'text-2xl font-bold', step.title));
          const ol = make('ol', 'mt-3 space-y-2');
          step.items.forEach((item, i) => {
            const id = builtItemId(item);
            const { title, kindLabel } = resolve(item);
            const li = make('li', 'flex items-start gap-3 rounded-lg border border-line bg-card p-3');
            const box = make('input', 'mt-1 h-5 w-5 shrink-0 accent-accent');
            box.type = 'checkbox';
            box.id = `built-${s}-${i}`;
            box.checked = done.has(id);
            box.setAttribute('aria-label', say('markDone', { title }));
            box.addEventListener('change', () => {
              const now = new Set(load());
              if (box.checked) now.add(id);
              else now.delete(id);
              localStorage.setItem(key, storeProgress(doneItems([...now], ids)));
              progress.textContent = say('progress', { done: now.size, total: ids.length });
            });
            const a = make('a', 'font-semibold', title);
            a.href = opens(item);
            // "Save for offline" keeps the pages a built list opens (other sites' are left out).
            a.dataset.offlineItem = '';
            const text = make('span', '');
            text.append(a, make('span', 'ml-2 text-sm text-muted', kindLabel));
            li.append(box, text);
            ol.append(li);
          });
          section.append(ol);
          return section;
        }),
      );
    };
    render();
    // The other language opens the same list.
    const twin = document.querySelector<HTMLAnchorElement>('a[data-twin]');
    if (twin) twin.href = `${twin.href.split('#')[0]}#${payload}`;
  }
  // ---- a built list's booklet, assembled here from the pages themselves (same origin), then printed
  $('[data-built-print]').addEventListener('click', () => void printBooklet());
  async function printBooklet(): Promise<void> {
    const read = decodeList(location.hash.slice(1), (kind, id) => byKey.has(`${kind}:${id}`));
    const book = $('[data-built-booklet]');
    const status = $('[data-built-status]');
    const all = read.list.steps.flatMap((s) => s.items);
    let done = 0;
    status.textContent = say('assembling', { done, total: all.length });
    $('[data-booklet-title]').textContent = read.list.title || say('untitled');
    const steps = await Promise.all(
      read.list.steps.map(async (step) => {
        const section = make('section', 'booklet-step mt-10');
        section.append(make('h2', 'text-2xl font-bold', step.title));
        for (const part of await Promise.all(step.items.map(async (item) => {
          const part = await bookletPart(item);
          status.textContent = say('assembling', { done: ++done, total: all.length });
          return part;
        }))) section.append(part);
        return section;
      }),
    );
    $('[data-booklet-steps]').replaceChildren(...steps);
    book.hidden = false;
    status.textContent = say('assembled');
    window.print();
  }
  async function bookletPart(item: BuiltItem): Promise<HTMLElement> {
    const { title, href, kindLabel } = resolve(item);
    const part = make('section', 'booklet-item mt-8 border-t border-line pt-6');
    part.append(make('h3', 'text-xl font-bold', title));
    const meta = make('p', 'mt-1 break-all text-sm text-muted', `${kindLabel} · `);
    const a = make('a', '', href);
    a.href = href;
    meta.append(a);
    part.append(meta);
    if ('url' in item) return part;
    const body = make('div', 'prose mt-4 max-w-3xl');
    try {
      const response = await fetch(href.split('#')[0]!);
      if (!response.ok) throw new Error(String(response.status));
      // Parsed into an inert document: its scripts never run, and only its text and links are kept.
      const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      for (const n of pagePart(doc, item.section)) body.append(document.importNode(n, true));
      for (const n of body.querySelectorAll('script, style, input, button, form, svg, .needs-js, .section-link')) n.remove();
      for (const n of body.querySelectorAll('[id]')) n.removeAttribute('id');
      for (const n of body.querySelectorAll<HTMLAnchorElement>('a[href]')) n.setAttribute('href', n.href);
    } catch {
      body.append(make('p', '', say('notFetched', { href })));
    }
    part.append(body);
    return part;
  }
  $('[data-built-edit]').addEventListener('click', () => {
    view.hidden = true;
    editor.hidden = false;
    history.replaceState(null, '', location.pathname);
    draw();
  });
  $('[data-built-reset]').addEventListener('click', () => {
    const payload = location.hash.slice(1);
    localStorage.removeItem(progressKey(builtListId(shortHash(payload))));
    showList(payload);
  });

  // ---- the editor
  const title = $<HTMLInputElement>('[data-builder-title]');
  const notes = $<HTMLTextAreaElement>('[data-builder-notes]');
  const query = $<HTMLInputElement>('[data-builder-query]');
  const kind = $<HTMLSelectElement>('[data-builder-kind]');
  const level = $<HTMLSelectElement>('[data-builder-level]');
  const results = $('[data-builder-results]');
  const stepsBox = $('[data-builder-steps]');
  const status = $('[data-builder-status]');
  const output = $<HTMLTextAreaElement>('[data-builder-link]');
  const open = $<HTMLAnchorElement>('[data-builder-open]');
  const target = () => list.steps.length - 1;

  function add(item: BuiltItem): void {
    list.steps[target()]!.items.push(item);
    status.textContent = say('added', { title: resolve(item).title, step: list.steps[target()]!.title });
    draw();
  }
  function move(s: number, i: number, by: -1 | 1): void {
    const items = list.steps[s]!.items;
    const [item] = items.splice(i, 1);
    if (i + by >= 0 && i + by <= items.length) items.splice(i + by, 0, item!);
    else if (by < 0 && s > 0) list.steps[s - 1]!.items.push(item!);
    else if (by > 0 && s < list.steps.length - 1) list.steps[s + 1]!.items.unshift(item!);
    else items.splice(i, 0, item!);
    draw();
    stepsBox.querySelector<HTMLButtonElement>(`[data-moved="${builtItemId(item!)}"][data-dir="${by}"]`)?.focus();
  }
  function search(): void {
    const q = query.value.trim().toLowerCase();
    const hits = data.entries.filter((e) => (!kind.value || e.kind === kind.value) && (!level.value || e.level === level.value) && (!q || e.title.toLowerCase().includes(q)));
    results.replaceChildren(
      ...hits.slice(0, 30).map((e) => {
        const li = make('li', 'flex items-center justify-between gap-2 py-1.5');
        const name = make('span', '', e.title);
        name.append(make('span', 'ml-2 text-sm text-muted', e.level ? `${e.kindLabel} · ${e.level}` : e.kindLabel));
        li.append(name, button(say('add'), () => add({ kind: e.kind, id: e.id }), say('addNamed', { title: e.title })));
        return li;
      }),
    );
    $('[data-builder-count]').textContent = say('found', { count: hits.length });
  }
  function draw(): void {
    title.value = list.title;
    notes.value = list.notes;
    stepsBox.replaceChildren(
      ...list.steps.map((step, s) => {
        const box = make('fieldset', 'rounded-lg border border-line p-3');
        const legend = make('legend', 'px-1 text-sm font-semibold', say('step', { n: s + 1 }));
        const input = make('input', 'mt-1 w-full rounded-md border border-line bg-card px-2 py-1');
        input.value = step.title;
        input.setAttribute('aria-label', say('stepTitle', { n: s + 1 }));
        input.addEventListener('input', () => {
          step.title = input.value;
          refresh();
        });
        const ol = make('ol', 'mt-2 space-y-1');
        step.items.forEach((item, i) => {
          const { title: name } = resolve(item);
          const li = make('li', 'flex flex-wrap items-center justify-between gap-2 border-t border-line pt-1');
          const up = button('↑', () => move(s, i, -1), say('moveUp', { title: name }));
          up.dataset.moved = builtItemId(item);
          up.dataset.dir = '-1';
          const down = button('↓', () => move(s, i, 1), say('moveDown', { title: name }));
          down.dataset.moved = builtItemId(item);
          down.dataset.dir = '1';
          const remove = button('✕', () => {
            step.items.splice(i, 1);
            draw();
          }, say('remove', { title: name }));
          const tools = make('span', 'flex gap-1');
          tools.append(up, down, remove);
          li.append(make('span', '', name), tools);
          ol.append(li);
        });
        box.append(legend, input, ol);
        if (list.steps.length > 1) box.append(button(say('removeStep'), () => {
          const [gone] = list.steps.splice(s, 1);
          list.steps[Math.max(0, s - 1)]!.items.push(...gone!.items);
          draw();
        }));
        return box;
      }),
    );
    refresh();
  }
  function refresh(): void {
    const link = linkFor();
    output.value = link;
    open.href = link;
    $('[data-builder-size]').textContent = say('size', { chars: link.length });
  }
  title.addEventListener('input', () => {
    list.title = title.value;
    refresh();
  });
  notes.addEventListener('input', () => {
    list.notes = notes.value;
    refresh();
  });
  for (const el of [query, kind, level]) el.addEventListener('input', search);
  $('[data-builder-add-step]').addEventListener('click', () => {
    list.steps.push({ title: say('nextStep', { n: list.steps.length + 1 }), items: [] });
    draw();
    stepsBox.querySelector<HTMLInputElement>('fieldset:last-child input')?.focus();
  });
  $('[data-builder-add-link]').addEventListener('click', () => {
    const url = $<HTMLInputElement>('[data-builder-url]');
    const name = $<HTMLInputElement>('[data-builder-url-title]');
    if (!/^https:\/\/\S+$/.test(url.value.trim()) || !name.value.trim()) {
      status.textContent = say('badLink');
      return;
    }
    add({ url: url.value.trim(), title: name.value.trim() });
    url.value = '';
    name.value = '';
  });
  $('[data-builder-start]').addEventListener('click', () => {
    const chosen = data.lists.find((l) => l.id === $<HTMLSelectElement>('[data-builder-from]').value);
    if (!chosen) return;
    list = structuredClone(chosen.list);
    status.textContent = say('started', { title: chosen.title });
    draw();
  });
  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = done;
    } catch {
      output.value = text;
      output.select();
      status.textContent = say('copyByHand');
    }
  };
  $('[data-builder-copy]').addEventListener('click', () => void copy(linkFor(), say('linkCopied')));
  $('[data-builder-markdown]').addEventListener('click', () => void copy(markdownChecklist(list, (item) => resolve(item)), say('markdownCopied')));

  const payload = location.hash.slice(1);
  if (payload) showList(payload);
  else {
    view.hidden = true;
    editor.hidden = false;
    draw();
    search();
  }
  window.addEventListener('hashchange', () => {
    if (location.hash.length > 1) showList(location.hash.slice(1));
  });
}

/** The part of a page an item stands for: the section with that id (a guide heading and what follows it), or the whole article. */
function pagePart(doc: Document, section: string | undefined): Node[] {
  if (!section) return [...(doc.querySelector('main article') ?? doc.querySelector('main'))!.childNodes];
  const target = doc.getElementById(section);
  if (!target) return [];
  if (!/^H[2-6]$/.test(target.tagName)) return [target];
  // A section of an entry page (Section.astro): the heading sits in a row with its link control.
  const frame = target.closest(`section[aria-labelledby="${CSS.escape(section)}"]`);
  if (frame) return [frame];
  const nodes: Node[] = [target];
  for (let n = target.nextElementSibling; n && !(/^H[2-6]$/.test(n.tagName) && n.tagName <= target.tagName); n = n.nextElementSibling) nodes.push(n);
  return nodes;
}
