import { transform as transformCss, type Rule } from 'lightningcss';

/**
 * What of Pagefind's Component UI this site uses. Pagefind ships the UI as one bundle with every
 * component and 44 translations (40 kB gzip); a reader of this site needs two languages and the
 * modal, input, summary, results, filter dropdowns and keyboard hints.
 */
export interface ComponentUiSelection {
  /** Translation file names to keep, e.g. "id", "en" ("en" is Pagefind's fallback and always kept). */
  languages: readonly string[];
  /** Component file names to leave out, e.g. "pagefind-searchbox". */
  unusedComponents: readonly string[];
}

/** The selection this site ships: the page languages, and no searchbox, filter pane or modal trigger (the header has its own). */
export const SITE_COMPONENT_UI: ComponentUiSelection = {
  languages: ['id', 'en'],
  unusedComponents: ['pagefind-searchbox', 'pagefind-filter-pane', 'pagefind-modal-trigger'],
};

/** The CSS class prefixes that only the unused components draw, matched to their component names. */
const COMPONENT_CLASSES: Record<string, readonly string[]> = {
  'pagefind-searchbox': ['pf-searchbox'],
  'pagefind-filter-pane': ['pf-filter-pane', 'pf-filter-group', 'pf-filter-fieldset', 'pf-filter-options', 'pf-filter-checkbox'],
  'pagefind-modal-trigger': ['pf-trigger'],
};

const className = (component: string) => component.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/**
 * Cuts unused translations and components out of Pagefind's published ES module bundle
 * (`@pagefind/component-ui`, esbuild output whose sections start with a `// path` line).
 * Throws, naming what it expected, when the bundle no longer has that shape, and when anything
 * it removed is still referenced, so an upgrade of Pagefind cannot silently ship a broken UI.
 */
export function trimComponentUi(source: string, selection: ComponentUiSelection): string {
  const keep = new Set([...selection.languages, 'en']);
  const fail = (what: string) => {
    throw new Error(`@pagefind/component-ui: ${what}. The bundle's layout has changed; update src/lib/component-ui.ts to match it.`);
  };

  const filenamesLine = /^var filenames = \[(.*)\];$/m.exec(source);
  const modulesLine = /^var modules = \[(.*)\];$/m.exec(source);
  if (!filenamesLine || !modulesLine) fail('no "var filenames = [...]" and "var modules = [...]" lines for its translations');
  const filenames = [...filenamesLine![1]!.matchAll(/"([^"]*\/([\w-]+)\.json)"/g)];
  const modules = modulesLine![1]!.split(',').map((m) => m.trim());
  if (filenames.length === 0 || filenames.length !== modules.length) fail('its translation file and module lists do not line up');
  const languages = filenames.map((f) => f[2]!);
  for (const language of keep) if (!languages.includes(language)) fail(`no "${language}" translation`);

  const sections = source.split(/^(?=\/\/ \S)/m);
  const droppedSection = (section: string) => {
    const marker = /^\/\/ (\S+)/.exec(section)?.[1] ?? '';
    const translation = /\/translations\/([\w-]+)\.json$/.exec(marker)?.[1];
    if (translation) return !keep.has(translation);
    const component = /^components\/([\w-]+)\.ts$/.exec(marker)?.[1];
    return component !== undefined && selection.unusedComponents.includes(component);
  };
  for (const component of selection.unusedComponents) {
    if (!sections.some((s) => s.startsWith(`// components/${component}.ts\n`))) fail(`no section "// components/${component}.ts"`);
  }

  const removed = sections.filter(droppedSection);
  let trimmed = sections.filter((s) => !droppedSection(s)).join('');
  const kept = languages.map((l, i) => ({ l, i })).filter(({ l }) => keep.has(l));
  trimmed = trimmed
    .replace(filenamesLine![0], `var filenames = [${kept.map(({ i }) => `"${filenames[i]![1]}"`).join(', ')}];`)
    .replace(modulesLine![0], `var modules = [${kept.map(({ i }) => modules[i]).join(', ')}];`);
  for (const component of selection.unusedComponents) {
    const name = className(component);
    trimmed = trimmed.replace(new RegExp(`^  ${name}: \\(\\) => ${name},?\\n`, 'm'), '').replace(new RegExp(`^  ${name},?\\n`, 'm'), '');
  }
  // The classes, functions and modules the removed sections declared must be unused by what is left
  // (plain variables are left out of the check: their names recur as locals elsewhere).
  const declared = removed.flatMap((section) =>
    [...section.matchAll(/^(?:var (\w+) = class\b|function (\w+)\(|var (\w+_(?:exports|default)) = )/gm)].map((m) => (m[1] ?? m[2] ?? m[3])!),
  );
  for (const name of new Set(declared)) {
    if (new RegExp(`(?<![\\w$.])${name.replaceAll('$', '\\$')}(?![\\w$])(?!\\s*:)`).test(trimmed)) fail(`${name} is still referenced after its section was removed`);
  }
  return trimmed;
}

/** Drops the rules that style only the unused components, and minifies the rest. */
export function trimComponentCss(css: string, selection: ComponentUiSelection): string {
  const classes = selection.unusedComponents.flatMap((c) => COMPONENT_CLASSES[c] ?? []);
  const unused = (selector: unknown) => {
    const json = JSON.stringify(selector);
    return (
      selection.unusedComponents.some((c) => json.includes(`"type":"type","name":"${c}"`)) ||
      classes.some((prefix) => json.includes(`"type":"class","name":"${prefix}`))
    );
  };
  const { code } = transformCss({
    filename: 'pagefind-component-ui.css',
    code: Buffer.from(css),
    minify: true,
    visitor: {
      Rule: {
        // A rule shared with a used component stays whole: lightningcss 1.33 cannot read an edited rule back.
        style(rule): Rule[] | undefined {
          return rule.value.selectors.every(unused) ? [] : undefined;
        },
      },
    },
  });
  return code.toString();
}

/** How a search result is drawn: title, kind and level badges, excerpt and the page's sections. Language-neutral. */
export const RESULT_TEMPLATE = `<li class="pf-result"><div class="pf-result-card"><div class="pf-result-content">
<p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
{{#if meta.kind}}<p class="search-badges"><span class="search-badge">{{ meta.kind }}</span>{{#if meta.level}}<span class="search-badge">{{ meta.level }}</span>{{/if}}</p>{{/if}}
{{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}</div></div>
{{#if sub_results}}<ul class="pf-heading-chips">{{#each sub_results as sub}}<li class="pf-heading-chip"><a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a><p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p></li>{{/each}}</ul>{{/if}}</li>`;

/**
 * Code that runs in search-ui.js before Pagefind's components are defined: it gives every
 * <pagefind-results> on the page RESULT_TEMPLATE, which the component reads when it starts. Shipped
 * with the search UI so that no page carries the template before search is asked for.
 */
export const RESULT_TEMPLATE_SETUP = `(()=>{const t=${JSON.stringify(RESULT_TEMPLATE)};for(const r of document.querySelectorAll('pagefind-results'))if(!r.querySelector('script[type="text/pagefind-template"]')){const s=document.createElement('script');s.type='text/pagefind-template';s.textContent=t;r.prepend(s)}})();`;
