// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';
import builtSite from './src/integrations/built-site.ts';
import contentCheck from './src/integrations/content-check.ts';
import offline from './src/integrations/offline.ts';
import { siteConfigModule } from './src/integrations/site-config-module.ts';

import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { PLACEHOLDER_ORIGIN } from './src/lib/site-config.ts';
import { DEFAULT_LOCALE } from './src/lib/model.ts';

/**
 * The logo as a data: URI for the share images: a file in public/, or already a data: URI.
 * @param {string} logo
 */
function logoDataUri(logo) {
  if (logo.startsWith('data:')) return logo;
  const type = logo.endsWith('.svg') ? 'image/svg+xml' : logo.endsWith('.png') ? 'image/png' : undefined;
  return type ? `data:${type};base64,${readFileSync(new URL(`./public/${logo}`, import.meta.url)).toString('base64')}` : undefined;
}

// The site config: site.config.ts, or another one (the company example, the tests) named by JENJANG_SITE_CONFIG.
const siteConfigFile = resolve(process.env.JENJANG_SITE_CONFIG ?? fileURLToPath(new URL('./site.config.ts', import.meta.url)));
const { default: siteConfig } = await import(/* @vite-ignore */ siteConfigFile);
// SITE_URL and SITE_BASE override the config for a one-off build; canonical links, hreflang and JSON-LD use them.
const site = process.env.SITE_URL ?? siteConfig.origin;
const base = process.env.SITE_BASE ?? siteConfig.base;
if (process.argv.includes('build') && site === PLACEHOLDER_ORIGIN && !process.env.VITEST) {
  console.warn(`[site] warning: the site's origin is still the placeholder ${PLACEHOLDER_ORIGIN}; set origin in site.config.ts or SITE_URL for a production build.`);
}

export default defineConfig({
  site,
  base,
  // Every link the site writes ends in a slash; 'ignore' lets `astro dev` and `astro preview` also serve
  // an address typed without one (/en/roles/team-leader) instead of Astro's bare trailing-slash error.
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  outDir: process.env.JENJANG_OUT_DIR ?? './dist',
  // The integrity tests build fixture content with their own cache, so they never touch the real one.
  cacheDir: process.env.JENJANG_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    contentCheck(Object.entries(siteConfig.languages).map(([lang, l]) => ({ lang, ...l.readingRate }))),
    mdx(),
    builtSite({
      siteName: siteConfig.name,
      tagline: siteConfig.tagline,
      accent: siteConfig.accent.light,
      accentInk: siteConfig.accent.inkLight,
      logo: logoDataUri(siteConfig.logo),
    }, {
      name: siteConfig.name,
      description: siteConfig.description[DEFAULT_LOCALE],
      lang: DEFAULT_LOCALE,
      themeColor: siteConfig.accent.light,
      backgroundColor: siteConfig.accent.softLight,
    }),
    pagefind(),
    // Last: the service worker's version is a hash of every file the steps above wrote.
    offline(),
  ],
  vite: {
    plugins: [tailwindcss(), siteConfigModule(siteConfigFile, siteConfig)],
    build: {
      rollupOptions: {
        // Every MDX file triggers this one upstream warning (an open Astro issue); it buries the build's real messages.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // No code blocks on this site; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  // A strict CSP per page: Astro hashes its own styles and scripts; Base.astro adds the theme scripts' hashes.
  // frame-ancestors cannot be set from a <meta>; public/_headers sends it as a header.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind runs its search as WebAssembly, which needs 'wasm-unsafe-eval' (it allows no JavaScript eval).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
