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
  on(event: 'results', handler: (r: { results: unknown[] }) => void): void;
  on(event: 'search', handler: (term: string) => void): void;
  triggerSearch(term: string): void;
  triggerLoad(): Promise<void>;
}
declare const PagefindComponents: { getInstanceManager(): { getInstance(name: string): SearchInstance } };
declare const PagefindHighlight: new (options: { highlightParam: string; addStyles: boolean }) => unknown;

(() => {
  const $ = (selector: string) => document.querySelector(selector);
  const template = $('#search-ui') as HTMLTemplateElement | null;
  const searchPage = $('[data-search-page]');
  const base = document.documentElement.dataset.base || '/';
  let loading: Promise<SearchInstance> | undefined;

  const add = (tag: 'link' | 'script', attrs: Record<string, string>) =>
    new Promise((ok, fail) => {
      const el = Object.assign(document.createElement(tag), attrs, { onload: ok, onerror: fail });
      document.head.append(el);
    });

  // Pagefind's filter triggers are comboboxes, which take no name from their text: name each one as it
  // is rendered (a MutationObserver, so no moment passes with an unnamed control).
  const nameFilters = () => {
    for (const dropdown of document.querySelectorAll('pagefind-filter-dropdown')) {
      const trigger = dropdown.querySelector('.pf-dropdown-trigger');
      if (trigger && !trigger.hasAttribute('aria-label')) trigger.setAttribute('aria-label', dropdown.getAttribute('label') ?? '');
    }
  };

  const load = () =>
    (loading ??= (() => {
      if (!searchPage && template) document.body.append(template.content.cloneNode(true));
      new MutationObserver(nameFilters).observe(document.body, { subtree: true, childList: true });
      // Pagefind's modal catches Escape before an open filter menu sees it and closes the whole search;
      // a capturing listener on the document runs first and lets Escape close just the menu.
      document.addEventListener(
        'keydown',
        (e) => {
          const dropdown = e.key === 'Escape' && document.activeElement?.closest('pagefind-filter-dropdown');
          if (dropdown && dropdown.querySelector('.pf-dropdown-trigger.open')) {
            e.preventDefault();
            e.stopPropagation();
            (dropdown as HTMLElement & { close(): void }).close();
          }
        },
        true,
      );
      return Promise.all([
        add('link', { rel: 'stylesheet', href: `${base}pagefind/search-ui.css` }),
        add('script', { src: `${base}pagefind/search-ui.js` }),
      ]).then(() => {
        const search = PagefindComponents.getInstanceManager().getInstance('default');
        search.on('results', (r) => {
          for (const el of document.querySelectorAll<HTMLElement>('[data-search-empty]')) el.hidden = !(search.searchTerm && r.results.length === 0);
        });
        // Pagefind's runtime and WebAssembly start loading now, not at the first keystroke. A search typed
        // while they load can finish after a later one and leave an early prefix's results on screen
        // (the Component UI numbers a search only once loading is over), so once loading is over, the
        // latest term is searched again, last.
        void search.triggerLoad().then(() =>
          setTimeout(() => {
            if (search.searchTerm) search.triggerSearch(search.searchTerm);
          }, 0),
        );
        return search;
      });
    })());

  const open = (e?: Event) => {
    e?.preventDefault();
    void load().then(() => ($('pagefind-modal') as (Element & { open(): void }) | null)?.open());
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
