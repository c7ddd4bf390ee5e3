import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { RESULT_TEMPLATE_SETUP, SITE_COMPONENT_UI, trimComponentCss, trimComponentUi } from '../lib/component-ui';

// The package exports only its entry points; its ES module bundle and version sit beside its stylesheet.
const componentUiCss = createRequire(import.meta.url).resolve('@pagefind/component-ui/css');
const componentUiDir = dirname(dirname(componentUiCss));

/**
 * Writes Pagefind's Component UI as this site uses it, to /pagefind/search-ui.{js,css}: the
 * published bundle without the translations and components no page needs (40 kB → 17 kB gzip).
 */
async function writeSearchUi(outDir: string): Promise<{ js: number; css: number }> {
  const source = await readFile(join(componentUiDir, 'npm_dist/mjs/component-ui.mjs'), 'utf8');
  const { version } = JSON.parse(await readFile(join(componentUiDir, 'package.json'), 'utf8')) as { version: string };
  const { code: js } = await transform(trimComponentUi(source, SITE_COMPONENT_UI), {
    format: 'iife',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
  });
  const css = trimComponentCss(await readFile(componentUiCss, 'utf8'), SITE_COMPONENT_UI);
  // The site's own additions, run once the UI is defined (src/scripts/search-extras.ts).
  const { code: extras } = await transform(await readFile(fileURLToPath(new URL('../scripts/search-extras.ts', import.meta.url)), 'utf8'), {
    loader: 'ts',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
  });
  await writeFile(`${outDir}search-ui.js`, `/*! Pagefind Component UI ${version} (MIT), trimmed to the parts this site draws */\n${RESULT_TEMPLATE_SETUP}\n${js}\n${extras}`);
  await writeFile(`${outDir}search-ui.css`, css);
  return { js: js.length, css: css.length };
}

/** Builds the Pagefind search index (one per page language) into dist/pagefind after every build, with the search UI beside it. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'jenjang:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages`);
        await pagefind.close();
        // search-extras.ts preloads wasm.<page language>.pagefind; Pagefind names it otherwise for a language it has no stemmer for.
        const entry = JSON.parse(await readFile(`${site}pagefind/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { wasm?: string }> };
        for (const [language, { wasm }] of Object.entries(entry.languages)) {
          if (wasm !== language) logger.warn(`Pagefind loads wasm.${wasm ?? 'unknown'}.pagefind for "${language}" pages: the preload of wasm.${language}.pagefind misses there (one more round trip, a 404)`);
        }
        const ui = await writeSearchUi(`${site}pagefind/`);
        logger.info(`search UI: ${ui.js} bytes of script, ${ui.css} bytes of style`);
      },
    },
  };
}
