/**
 * Tells the reader that a new deploy of the guide is ready (its service worker is waiting), and
 * switches to it on request: the worker takes over, and the page reloads on the new deploy's files.
 * Loaded on every page a worker serves (WEB_APP in src/lib/inline-scripts.ts); the browser
 * checks for a new worker at each visit, and one that has installed waits until the reader says so.
 */
declare const NOTICE_WORDS: Record<string, { ready: string; reload: string; later: string }>;

const lang = document.documentElement.lang;
const words = NOTICE_WORDS[lang] ?? Object.values(NOTICE_WORDS)[0]!;
const worker = navigator.serviceWorker;

/** Shows the notice for a worker that waits; once per page. */
function notify(waiting: ServiceWorker): void {
  if (document.querySelector('[data-update-notice]')) return;
  const bar = document.createElement('div');
  bar.dataset.updateNotice = '';
  bar.setAttribute('role', 'status');
  // Classes every page's stylesheet has already; the placement is set here, so it costs no CSS.
  bar.className = 'no-print flex flex-wrap items-center gap-3 rounded-lg border border-line bg-card p-3 text-ink';
  Object.assign(bar.style, { position: 'fixed', left: '0.75rem', right: '0.75rem', bottom: '0.75rem', zIndex: '50', margin: '0 auto', maxWidth: '32rem', boxShadow: '0 4px 16px rgb(0 0 0 / 0.2)' });
  const text = Object.assign(document.createElement('p'), { className: 'flex-1', textContent: words.ready });
  const reload = Object.assign(document.createElement('button'), { type: 'button', className: 'rounded-md bg-accent px-3 py-1.5 font-semibold text-accent-ink', textContent: words.reload });
  const later = Object.assign(document.createElement('button'), { type: 'button', className: 'rounded-md border border-line px-3 py-1.5', textContent: words.later });
  reload.addEventListener('click', () => {
    reload.disabled = true;
    worker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'activate-update' });
  });
  later.addEventListener('click', () => bar.remove());
  bar.append(text, reload, later);
  document.body.append(bar);
}

void worker.getRegistration().then((registration) => {
  if (!registration) return;
  if (registration.waiting && worker.controller) notify(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && worker.controller) notify(installing);
    });
  });
});
