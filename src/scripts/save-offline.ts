/**
 * "Save for offline" on a reading list: asks the service worker to keep every item's page (and the
 * list's booklet) on this device, and says how far it got. Shown only where a worker runs the page.
 */
import { fillPlaceholders } from '../lib/placeholders';
import type { SaveProgress, WorkerMessage } from '../lib/offline';

/** Wires the save control inside `root`: pages to keep are its list's same-site links marked data-offline-item. */
export function enhanceSaveOffline(root: ParentNode): void {
  const box = root.querySelector<HTMLElement>('[data-save-offline]');
  const worker = navigator.serviceWorker;
  if (!box || !worker) return;
  void worker.ready.then((registration) => {
    box.hidden = false;
    const button = box.querySelector<HTMLButtonElement>('button')!;
    const status = box.querySelector<HTMLElement>('[data-save-status]')!;
    const say = (words: string | undefined, p: SaveProgress) => fillPlaceholders(words ?? '', { done: p.done, total: p.total, failed: p.failed });
    // aria-disabled rather than disabled while saving: a disabled button drops the keyboard's focus.
    let saving = false;
    button.addEventListener('click', () => {
      if (saving) return;
      const urls = [...new Set([...root.querySelectorAll<HTMLAnchorElement>('a[data-offline-item]')].map((a) => a.href).filter((href) => new URL(href).origin === location.origin))];
      const channel = new MessageChannel();
      saving = true;
      button.setAttribute('aria-disabled', 'true');
      status.textContent = say(box.dataset.saving, { done: 0, total: urls.length, failed: 0, finished: false });
      channel.port1.onmessage = (event: MessageEvent<SaveProgress>) => {
        const p = event.data;
        status.textContent = say(p.finished ? (p.failed > 0 ? box.dataset.failed : box.dataset.saved) : box.dataset.saving, p);
        if (!p.finished) return;
        saving = false;
        button.removeAttribute('aria-disabled');
      };
      const message: WorkerMessage = { type: 'save', urls };
      (worker.controller ?? registration.active)?.postMessage(message, [channel.port2]);
    });
  });
}
