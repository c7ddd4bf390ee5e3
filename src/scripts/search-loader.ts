/**
 * Loads search only when a reader asks for it: a click on the header's search link, "/" or
 * Ctrl/Cmd+K (or at once on the search page, which also reads and writes ?q=). Until then no search
 * code or index is fetched. The UI's markup is a <template> the page already carries, in its language.
 * A page opened from a result (?highlight=…) loads Pagefind's highlighter to mark the words. Paths start
 * from the base the page declares on <html data-base>, so one script (one hash) serves any sub-path.
 *
 * Inlined in every page (src/lib/inline-scripts.ts compiles it to the string whose hash the CSP allows),
 * so it stays a small script without imports.
 */

/** The parts of Pagefind's Component UI instance the loader uses. */
interface SearchInstance {
  searchTerm: string;
  on(event: 'search', handler: (term: string) => void): void;
  triggerSearch(term: string): void;
}
declare const PagefindComponents: { getInstanceManager(): { getInstance(name: string): SearchInstance } };
declare const PagefindHighlight: new (options: { highlightParam: string; addStyles: boolean }) => unknown;

(() => {
  const $ = (selector: string) => document.querySelector(selector);
  const template = $('#search-ui') as HTMLTemplateElement | null;
  const searchPage = $('[data-search-page]');
  const base = document.documentElement.dataset.base || '/';
  let loading: Promise<SearchInstance> | undefined;

  const put = (tag: 'link' | 'script', attrs: Record<string, unknown>) => document.head.appendChild(Object.assign(document.createElement(tag), attrs));
  const add = (tag: 'link' | 'script', attrs: Record<string, string>) => new Promise((ok, fail) => put(tag, { ...attrs, onload: ok, onerror: fail }));

  const load = () =>
    (loading ??= (() => {
      if (!searchPage && template) document.body.append(template.content.cloneNode(true));
      // Pagefind's runtime, which search-ui.js would ask for only once it has arrived: fetched now, beside it
      // (its WebAssembly follows once search-ui.js runs: search-extras.ts says why not now).
      put('link', { rel: 'modulepreload', href: `${base}pagefind/pagefind.js` });
      return Promise.all([
        add('link', { rel: 'stylesheet', href: `${base}pagefind/search-ui.css` }),
        add('script', { src: `${base}pagefind/search-ui.js` }),
      ]).then(() => {
        // What happens once the UI is there (filter names, Escape, the empty hint, the last search again)
        // comes with it: src/scripts/search-extras.ts, appended to search-ui.js.
        return PagefindComponents.getInstanceManager().getInstance('default');
      });
    })());

  // Until Pagefind's UI has arrived (on a slow line, most of a second), a plain search box takes the
  // reader's typing at once; what they typed moves into Pagefind's box when it opens.
  // It is made here, from the words the page already has (the UI's placeholder, the button's name).
  let shell: HTMLDialogElement | undefined;
  let cancelled = false;
  const shellBox = () => {
    if (shell) return shell;
    const name = $('[data-search-trigger]')?.getAttribute('aria-label') ?? '';
    // Utility classes the site's stylesheet has already, so the box costs no CSS of its own.
    const input = Object.assign(document.createElement('input'), { type: 'search', autocomplete: 'off', className: 'w-full rounded-lg border border-line bg-surface px-3 py-2.5 text-base', placeholder: template?.content.querySelector('pagefind-input')?.getAttribute('placeholder') ?? '' });
    input.setAttribute('aria-label', name);
    shell = Object.assign(document.createElement('dialog'), { className: 'search-shell mx-auto mt-[8vh] w-[calc(100%-2rem)] max-w-2xl rounded-xl border border-line bg-card p-3 text-ink' });
    shell.dataset.searchShell = '';
    shell.setAttribute('aria-label', name);
    shell.addEventListener('cancel', () => (cancelled = true));
    shell.append(input);
    document.body.append(shell);
    return shell;
  };
  const open = (e?: Event) => {
    e?.preventDefault();
    let ready = false;
    cancelled = false;
    void load().then(() => {
      ready = true;
      const typed = shell?.open ? shell.querySelector('input')!.value : '';
      shell?.close();
      if (cancelled) return;
      ($('pagefind-modal') as (Element & { open(): void }) | null)?.open();
      const input = $('pagefind-modal input') as HTMLInputElement | null;
      if (input && typed) {
        input.value = typed;
        input.setSelectionRange(typed.length, typed.length);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    if (!ready && !searchPage) {
      const box = shellBox();
      box.querySelector('input')!.value = '';
      if (!box.open) box.showModal();
    }
  };

  if (searchPage) {
    void load().then((search) => {
      const query = new URLSearchParams(location.search).get('q');
      if (query) search.triggerSearch(query);
      search.on('search', (term) => {
        const url = new URL(location.href);
        if (term) url.searchParams.set('q', term);
        else url.searchParams.delete('q');
        history.replaceState(null, '', url);
      });
    });
  } else {
    // Intent to search (pointer over or focus on the button, a touch, "/" going down) starts the loading.
    for (const intent of ['pointerenter', 'focus', 'touchstart']) $('[data-search-trigger]')?.addEventListener(intent, () => void load(), { passive: true });
    $('[data-search-trigger]')?.addEventListener('click', (e) => {
      const m = e as MouseEvent;
      if (!m.metaKey && !m.ctrlKey && !m.shiftKey) open(e);
    });
    document.addEventListener('keydown', (e) => {
      const active = document.activeElement as HTMLElement | null;
      const typing = (active && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName)) || active?.isContentEditable;
      if ((e.key === '/' && !typing && !$('dialog[open]')) || (e.key.toLowerCase() === 'k' && (e.metaKey || e.ctrlKey))) open(e);
    });
  }

  if (new URLSearchParams(location.search).has('highlight')) {
    void add('script', { src: `${base}pagefind/pagefind-highlight.js`, type: 'module' }).then(
      () => new PagefindHighlight({ highlightParam: 'highlight', addStyles: false }),
    );
  }
})();
