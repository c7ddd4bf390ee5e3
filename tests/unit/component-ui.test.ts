import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { SITE_COMPONENT_UI, trimComponentCss, trimComponentUi } from '../../src/lib/component-ui';

const css = createRequire(import.meta.url).resolve('@pagefind/component-ui/css');
const published = readFileSync(join(dirname(dirname(css)), 'npm_dist/mjs/component-ui.mjs'), 'utf8');
const publishedCss = readFileSync(css, 'utf8');
const trimmed = trimComponentUi(published, SITE_COMPONENT_UI);

test('keeps the Indonesian and English translations and drops the other languages', () => {
  expect(trimmed).toMatch(/^var filenames = \["[^"]*\/en\.json", "[^"]*\/id\.json"\];$/m);
  expect(trimmed).toMatch(/^var modules = \[en_exports, id_exports\];$/m);
  expect(published).toContain('// ../translations/de.json');
  expect(trimmed).not.toContain('// ../translations/de.json');
  expect(trimmed).not.toMatch(/\bde_exports\b/);
});

test('leaves out the searchbox, filter pane and modal trigger, and keeps every component the site draws', () => {
  for (const gone of ['pagefind-searchbox', 'pagefind-filter-pane', 'pagefind-modal-trigger']) {
    expect(trimmed).not.toContain(`customElements.define("${gone}"`);
  }
  for (const kept of ['pagefind-config', 'pagefind-modal', 'pagefind-input', 'pagefind-summary', 'pagefind-results', 'pagefind-filter-dropdown', 'pagefind-keyboard-hints']) {
    expect(trimmed).toContain(`customElements.define("${kept}"`);
  }
  expect(trimmed).toContain('window.PagefindComponents = components_exports');
});

test('is less than half the published bundle', () => {
  expect(trimmed.length).toBeLessThan(published.length / 2);
});

test('always keeps English, the fallback Pagefind uses for a language it lacks', () => {
  const onlyIndonesian = trimComponentUi(published, { languages: ['id'], unusedComponents: [] });
  expect(onlyIndonesian).toMatch(/^var modules = \[en_exports, id_exports\];$/m);
});

test('refuses a bundle whose layout has changed, and says where to fix it', () => {
  expect(() => trimComponentUi(published.replace(/^var filenames = /m, 'const filenames = '), SITE_COMPONENT_UI)).toThrow(
    /"var filenames = \[\.\.\.\]".*update src\/lib\/component-ui\.ts/,
  );
  expect(() => trimComponentUi(published, { languages: ['xx'], unusedComponents: [] })).toThrow(/no "xx" translation/);
  expect(() => trimComponentUi(published, { languages: ['id'], unusedComponents: ['pagefind-sidebar'] })).toThrow(
    /no section "\/\/ components\/pagefind-sidebar\.ts"/,
  );
});

test('refuses to drop a section whose declarations the rest of the bundle still uses', () => {
  // Every component extends PagefindElement, declared in components/base-element.ts.
  expect(() => trimComponentUi(published, { languages: ['id'], unusedComponents: ['base-element'] })).toThrow(/PagefindElement is still referenced/);
});

test('drops the styles of the components it left out and keeps those of the ones it kept', () => {
  const styles = trimComponentCss(publishedCss, SITE_COMPONENT_UI);
  // Rules shared with a kept component stay whole, so only the classes no kept rule names disappear entirely.
  for (const gone of ['.pf-searchbox-dropdown', '.pf-trigger-icon', '.pf-filter-group-title', '.pf-filter-fieldset']) {
    expect(publishedCss).toContain(gone);
    expect(styles).not.toContain(gone);
  }
  for (const kept of ['.pf-result-link', '.pf-dropdown-trigger', '.pf-modal-body', '.pf-input', '.pf-summary', '.pf-heading-link']) {
    expect(styles).toContain(kept);
  }
  expect(styles.length).toBeLessThan(publishedCss.length * 0.7);
});
