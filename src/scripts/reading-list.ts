/**
 * Progress on a reading list page: a "done" checkbox per item, progress per list and per step,
 * reset, and export and import as a file or a link. Kept in localStorage only (src/lib/progress.ts).
 * Everything the list says is on the page without this script; it only adds the ticking.
 */
import { fillPlaceholders } from '../lib/placeholders';
import {
  doneItems,
  loadDone,
  progressFile,
  progressFragment,
  progressKey,
  readProgressFile,
  readProgressFragment,
  storeProgress,
} from '../lib/progress';

for (const article of document.querySelectorAll<HTMLElement>('[data-reading-list]')) enhance(article);

function enhance(article: HTMLElement): void {
  const listId = article.dataset.readingList!;
  const key = progressKey(listId);
  const text = JSON.parse(article.querySelector('script[data-list-text]')!.textContent!) as Record<string, string>;
  const boxes = [...article.querySelectorAll<HTMLInputElement>('input[data-done]')];
  const itemIds = boxes.map((b) => b.dataset.done!);
  const status = article.querySelector<HTMLElement>('[data-progress-status]')!;
  const say = (name: string, vars: Record<string, string | number> = {}) => fillPlaceholders(text[name] ?? name, vars);

  const load = () => loadDone(localStorage, key, itemIds);
  const save = (done: readonly string[]) => {
    try {
      localStorage.setItem(key, storeProgress(done));
    } catch {
      status.textContent = say('storageFailed');
    }
  };
  const show = (done: readonly string[]) => {
    const set = new Set(done);
    for (const box of boxes) box.checked = set.has(box.dataset.done!);
    article.querySelector<HTMLElement>('[data-progress-text]')!.textContent = say('progress', { done: done.length, total: itemIds.length });
    article.querySelector<HTMLProgressElement>('[data-progress-bar]')!.value = done.length;
    for (const step of article.querySelectorAll<HTMLElement>('[data-step]')) {
      const ids = [...step.querySelectorAll<HTMLInputElement>('input[data-done]')].map((b) => b.dataset.done!);
      step.querySelector<HTMLElement>('[data-step-progress]')!.textContent = say('stepDone', { done: ids.filter((id) => set.has(id)).length, total: ids.length });
    }
  };
  const checked = () => boxes.filter((b) => b.checked).map((b) => b.dataset.done!);

  // A progress link (#done=…) from another device: merge it in, then drop it from the address.
  const linked = readProgressFragment(location.hash, itemIds);
  if (linked) {
    const merged = doneItems([...load(), ...linked], itemIds);
    save(merged);
    history.replaceState(null, '', location.pathname + location.search);
    status.textContent = say('imported', { done: merged.length });
  }
  show(load());

  for (const box of boxes) {
    box.addEventListener('change', () => {
      const done = checked();
      save(done);
      show(done);
    });
  }
  article.querySelector('[data-progress-reset]')!.addEventListener('click', () => {
    save([]);
    show([]);
    status.textContent = say('resetDone');
  });
  article.querySelector('[data-progress-export]')!.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([progressFile(listId, load())], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: `${listId}-progress.json` });
    a.click();
    URL.revokeObjectURL(url);
  });
  article.querySelector<HTMLInputElement>('[data-progress-import]')!.addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const done = readProgressFile(await file.text(), listId, itemIds);
    input.value = '';
    if (!done) {
      status.textContent = say('importFailed');
      return;
    }
    const merged = doneItems([...load(), ...done], itemIds);
    save(merged);
    show(merged);
    status.textContent = say('imported', { done: merged.length });
  });
  article.querySelector('[data-progress-link]')!.addEventListener('click', async () => {
    const link = location.origin + location.pathname + progressFragment(load());
    try {
      await navigator.clipboard.writeText(link);
      status.textContent = say('linkCopied');
    } catch {
      status.textContent = link;
    }
  });
}
