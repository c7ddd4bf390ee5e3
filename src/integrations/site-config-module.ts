import type { Plugin } from 'vite';
import type { SiteConfig } from '../lib/site-config';

/** The import every component uses for the site config: `import site from 'site:config'`. */
const ID = 'site:config';
/** The site's theme colours as CSS custom properties: `import 'site:theme.css'`. */
const THEME = 'site:theme.css';

/** The colours of a config as CSS variables the stylesheet reads (light-dark() picks one per theme). */
export function themeCss(config: SiteConfig): string {
  const { accent: a } = config;
  // The public origin as a CSS string, for printed links (a validated URL, quoted and escaped all the same).
  const origin = JSON.stringify(new URL(process.env.SITE_URL ?? config.origin).origin);
  return `:root{--accent:light-dark(${a.light},${a.dark});--accent-soft:light-dark(${a.softLight},${a.softDark});--accent-ink:light-dark(${a.inkLight},${a.inkDark});--site-origin:${origin}}\n`;
}

/**
 * A Vite plugin that serves the chosen site config (site.config.ts, or the file JENJANG_SITE_CONFIG
 * names) as `site:config`, and its colours as `site:theme.css`, so a fork swaps one file.
 */
export function siteConfigModule(file: string, config: SiteConfig): Plugin {
  return {
    name: 'jenjang:site-config',
    enforce: 'pre',
    resolveId(id) {
      if (id === ID) return file;
      if (id === THEME) return `\0${THEME}`;
      return undefined;
    },
    load(id) {
      if (id === `\0${THEME}`) return themeCss(config);
      return undefined;
    },
  };
}
