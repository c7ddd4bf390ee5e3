/**
 * The shape of site.config.ts: everything a company changes when it forks the guide (name, words
 * about the site, address, base path, logo, colours, languages, footer, contact). Checked with Zod
 * when the build starts, so a fork with a typo stops with the field named.
 */
import { z } from 'astro/zod';
import { LOCALES } from './model';

/** A reading rate and the source (an id in src/content/sources/) whose figures give it, for reading lists' times. */
const readingRate = z.object({ wordsPerMinute: z.number().int().positive(), source: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/) }).strict();

/** One language of the site: its name in the switch, og:locale, number and date locale, and reading rate. */
const language = z
  .object({ label: z.string().min(1), short: z.string().min(1), ogLocale: z.string().regex(/^[a-z]{2}_[A-Z]{2}$/), numbers: z.string().min(2), readingRate })
  .strict();

const perLanguage = z.object(Object.fromEntries(LOCALES.map((l) => [l, z.string().min(1)])) as Record<(typeof LOCALES)[number], z.ZodString>);
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'a colour written #rrggbb' });

/** The site config schema; `defineSite()` checks a config against it. */
export const siteConfigSchema = z
  .object({
    /** The site's name, shown in the header, titles and share cards. */
    name: z.string().min(1),
    /** One line after the name on the home page's title, per language. */
    tagline: perLanguage,
    /** The home page's opening paragraph, per language: what the guide covers. */
    intro: perLanguage,
    /** The home page's description for search engines and share cards, per language. */
    description: perLanguage,
    /** The public origin, e.g. https://intranet.example.com (no path). SITE_URL overrides it. */
    origin: z.url().refine((u) => new URL(u).pathname === '/', { error: 'only the origin: put a sub-path in base' }),
    /** The path the site lives under, e.g. "/karier/"; "/" at the host root. SITE_BASE overrides it. */
    base: z.string().regex(/^\/([\w.-]+\/)*$/, { error: 'a path that starts and ends with "/", e.g. /karier/' }),
    /** The logo: a file in public/ (e.g. "logo.svg") or a data: URI; also the favicon. An SVG of up to 1.5 kB goes inline into every page. */
    logo: z.string().min(1),
    /** The accent colour in the light and the dark theme, and the text colour on top of it. */
    accent: z.object({ light: colour, dark: colour, inkLight: colour, inkDark: colour, softLight: colour, softDark: colour }).strict(),
    /** Per language: its name in the language switch, its og:locale, the locale numbers and dates are written in, and its reading rate. */
    languages: z.object(
      Object.fromEntries(
        LOCALES.map((l) => [l, language]),
      ) as Record<(typeof LOCALES)[number], typeof language>,
    ),
    /** Who publishes the site, and a line about it, in the footer. */
    footer: z.object({ owner: perLanguage, about: perLanguage }).strict(),
    /** Where readers report a mistake or suggest an edit. */
    contact: z.object({ href: z.url(), label: perLanguage }).strict().optional(),
    /**
     * Whether every page gets a drawn share image for link previews (true when left out). An intranet
     * no preview service can reach can turn them off: the build then skips drawing one per page.
     */
    shareImages: z.boolean().optional(),
    /** The licences of the code and of the guide's own text, stated in the footer. */
    licence: z.object({ code: z.string().min(1), text: z.string().min(1), textUrl: z.url() }).strict(),
  })
  .strict();

/** A site config as written in site.config.ts. */
export type SiteConfig = z.output<typeof siteConfigSchema>;

/** Checks a site config and returns it; a mistake names the field and what it should be. */
export function defineSite(config: SiteConfig): SiteConfig {
  const result = siteConfigSchema.safeParse(config);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(config)'}: ${i.message}`);
    throw new Error(`site.config.ts is not valid:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** The origin used when a config still has the placeholder; a production build warns about it. */
export const PLACEHOLDER_ORIGIN = 'https://jenjang.example';
