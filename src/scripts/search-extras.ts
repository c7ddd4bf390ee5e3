/**
 * What the site adds to Pagefind's Component UI once it has loaded. Appended to /pagefind/search-ui.js
 * by src/integrations/pagefind.ts, so none of it weighs on a page until search opens.
 */

/** The parts of Pagefind's Component UI instance used here. */
interface ExtrasInstance {
  searchTerm: string;
  options: { bundlePath: string };
  on(event: 'results', handler: (r: { results: unknown[] }) => void): void;
  triggerSearch(term: string): void;
  triggerLoad(): Promise<void>;
}
// A global of search-ui.js; read from window, as search-loader.ts (also a plain script) declares it too.
type Components = { getInstanceManager(): { getInstance(name: string): ExtrasInstance } };

(() => {
  // Pagefind's filter triggers are comboboxes, which take no name from their text: name each one as it
  // is rendered (a MutationObserver, so no moment passes with an unnamed control).
  const nameFilters = () => {
    for (const dropdown of document.querySelectorAll('pagefind-filter-dropdown')) {
      const trigger = dropdown.querySelector('.pf-dropdown-trigger');
      if (trigger && !trigger.hasAttribute('aria-label')) trigger.setAttribute('aria-label', dropdown.getAttribute('label') ?? '');
    }
  };
  nameFilters();
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

  const search = (window as unknown as { PagefindComponents: Components }).PagefindComponents.getInstanceManager().getInstance('default');
  // Pagefind's WebAssembly (58 kB), which the runtime asks for only after a round trip for its entry file:
  // fetched now, and taken from the preload cache by the runtime's fetch(). Not on the first intent, beside
  // search-ui.js: on a slow line they would share it and the UI, which starts that round trip, would come later.
  // The file is named after the page's language (src/integrations/pagefind.ts warns where Pagefind names it otherwise).
  document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: '', href: `${search.options.bundlePath}wasm.${document.documentElement.lang}.pagefind` }));
  search.on('results', (r) => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-search-empty]')) el.hidden = !(search.searchTerm && r.results.length === 0);
  });
  // Pagefind's runtime and WebAssembly start loading now, not at the first keystroke. A search typed
  // while they load can finish after a later one and leave an early prefix's results on screen (the
  // Component UI numbers a search only once loading is over: @pagefind/component-ui 1.5.2), so once
  // loading is over, the latest term is searched again, last.
  void search.triggerLoad().then(() =>
    setTimeout(() => {
      if (search.searchTerm) search.triggerSearch(search.searchTerm);
    }, 0),
  );
})();
