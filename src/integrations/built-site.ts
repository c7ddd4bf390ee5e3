import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../schemas';
import { headersWithPolicy, inlineCode, pagePolicy, replacePolicy, withHashes } from '../lib/csp';
import { cspHash } from '../lib/inline-scripts';
import { formatProblems, type Problem } from '../lib/problems';
import { brokenLinks, pathOfFile } from '../lib/site-links';
import { LIST_BAR, LIST_BAR_FILE, UPDATE_NOTICE, UPDATE_NOTICE_FILE } from '../lib/inline-scripts';
import { finishBooklet, isBooklet } from '../lib/booklet-html';
import { writeShareImages, type SiteMarks } from '../lib/share-image';
import { publishedUrls, readPublishedUrls, vanishedUrls, writePublishedUrls } from '../lib/published-urls';
import { SECTIONS } from '../lib/routes';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { APP_ICONS, MANIFEST_FILE, dataUriBytes, robotsTxt, sitemapPages, webManifest, type AppMarks } from '../lib/web-app';
import { appIcon, sitemapXml } from '../lib/web-app-files';
import { siteAddress } from './site-address';

/** Every file under a folder, relative to it, Pagefind's own files excluded. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith('pagefind/'));
}

/** The content texts that contain a link, so a broken link in prose names the file to fix. */
async function textsWithLink(href: string): Promise<string[]> {
  const root = join(contentDir(), 'texts');
  const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const hits: string[] = [];
  for (const e of files) {
    const path = join(e.parentPath, e.name);
    if ((await readFile(path, 'utf8')).includes(`(${href})`)) hits.push(relative(process.cwd(), path));
  }
  return hits;
}

/**
 * Checks the built pages and finishes what only the whole site can give: every internal link and
 * anchor must exist (the build stops otherwise, naming the text to fix), and each page's
 * Content-Security-Policy is also written into dist/_headers, so hosts send it as an HTTP header.
 */
/**
 * `marks`: what every share image carries besides its page's words (name, tagline, colours, logo);
 * `app`: what the web app manifest says. Also writes the manifest and icons, sitemap.xml and robots.txt.
 */
export default function builtSite(marks: SiteMarks, app: AppMarks): AstroIntegration {
  let base = '/';
  let origin = '';
  let cacheDir = '';
  return {
    name: 'jenjang:built-site',
    hooks: {
      // In `astro dev` the list bar is served from memory under the same name.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (!req.url?.split('?')[0]!.endsWith(`/${LIST_BAR_FILE}`)) return next();
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.end(LIST_BAR);
        });
      },
      'astro:config:done': ({ config }) => {
        ({ base, origin } = siteAddress(config));
        cacheDir = fileURLToPath(new URL('share-images/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // The list bar is bundled by src/lib/inline-scripts.ts, not by Vite: pages load it by its hashed name.
        await writeFile(join(site, LIST_BAR_FILE), LIST_BAR);
        await writeFile(join(site, UPDATE_NOTICE_FILE), UPDATE_NOTICE);
        const files = await filesUnder(site);
        const pages = new Map<string, string>();
        const fileOf = new Map<string, string>();
        const others = new Set<string>();
        for (const file of files) {
          const path = `${base}${pathOfFile(file).slice(1)}`;
          if (!file.endsWith('.html')) {
            others.add(path);
            continue;
          }
          let html = await readFile(join(site, file), 'utf8');
          if (isBooklet(html)) await writeFile(join(site, file), (html = finishBooklet(html)));
          pages.set(path, html);
          fileOf.set(path, file);
        }

        const broken = brokenLinks(pages, others, base);
        if (broken.length > 0) {
          const problems: Problem[] = [];
          for (const b of broken) {
            const texts = await textsWithLink(b.href);
            problems.push({
              file: texts.join(', ') || `the page ${b.page} (the link comes from a component, not from a content text)`,
              field: `link on ${b.page}`,
              value: b.href,
              expected: `a link to a page and anchor that exist: ${b.reason}`,
              fix: 'correct the address (see the URL table in the README)',
            });
          }
          console.error(`\n${formatProblems(problems)}`);
          process.exit(1);
        }
        logger.info(`links: every internal link and anchor on ${pages.size} pages resolves`);

        // Old addresses of renamed entries (MovedView.astro): a page that refreshes to another.
        const redirects = new Map<string, string>();
        for (const [page, html] of pages) {
          const to = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
          if (to) redirects.set(page, to);
        }
        // The same redirects for hosts that read _redirects (Netlify, Cloudflare Pages), and the English 404 below /en/.
        const redirectLines = [...redirects].map(([from, to]) => `${from} ${to} 301`);
        await writeFile(join(site, '_redirects'), `${[...redirectLines, `${base}en/* ${base}en/404/ 404`].join('\n')}\n`);

        // Every address the site has published must still lead somewhere (src/lib/published-urls.ts).
        // The list holds addresses from the site's root, so a fork can move its base without a new list.
        const fromRoot = (path: string) => path.slice(base.length - 1);
        const pagesFromRoot = new Map([...pages].map(([page, html]) => [fromRoot(page), html]));
        const moved = new Map([...redirects].map(([from, to]) => [fromRoot(from), fromRoot(to)]));
        const listFile = join(contentDir(), 'published-urls.txt');
        const roleSections = Object.values(SECTIONS.roles).map((s) => new RegExp(`^/(en/)?${s}/[^/]+/$`));
        const current = publishedUrls(
          new Map([...pagesFromRoot].filter(([page]) => !moved.has(page))),
          (path) => roleSections.some((re) => re.test(path)),
        ).filter((url) => !url.endsWith('404.html') && !url.includes('/404/'));
        const published = existsSync(listFile) ? readPublishedUrls(await readFile(listFile, 'utf8')) : [];
        if (process.env.JENJANG_WRITE_URLS) {
          await writeFile(listFile, writePublishedUrls([...published, ...current]));
          logger.info(`published addresses: wrote ${new Set([...published, ...current]).size} to ${relative(process.cwd(), listFile)}`);
        } else if (existsSync(listFile)) {
          const vanished = vanishedUrls(published, pagesFromRoot, moved);
          if (vanished.length > 0) {
            console.error(
              `\n${formatProblems(
                vanished.map((v) => ({
                  file: relative(process.cwd(), listFile),
                  field: 'a published address',
                  value: v.url,
                  expected: `an address that still leads somewhere: ${v.reason}`,
                  fix: 'put the page or section back, or give the entry that took its place formerIds: [its old id]',
                })),
              )}`,
            );
            process.exit(1);
          }
          const fresh = current.filter((url) => !published.includes(url)).length;
          logger.info(`published addresses: all ${published.length} still lead somewhere${fresh > 0 ? `; ${fresh} new ones are not in the list yet (npm run urls adds them)` : ''}`);
        } else logger.warn(`no ${relative(process.cwd(), listFile)}: run npm run urls once the site is published, so no address of it can vanish unnoticed`);

        // One policy for every page, naming the hashes of the inline code the pages do carry (not every script Astro could add).
        const code = [...pages.values()].map(inlineCode);
        const scriptHashes = [...new Set(code.flatMap((c) => c.scripts.map(cspHash)))].sort();
        const styleHashes = [...new Set(code.flatMap((c) => c.styles.map(cspHash)))].sort();
        for (const [page, html] of pages) {
          const trimmed = replacePolicy(html, withHashes(pagePolicy(html, page), scriptHashes, styleHashes));
          if (trimmed === html) continue;
          pages.set(page, trimmed);
          await writeFile(join(site, fileOf.get(page)!), trimmed);
        }
        const policies = new Map([...pages].map(([page, html]) => [page, pagePolicy(html, page)]));
        const headersFile = join(site, '_headers');
        await writeFile(headersFile, headersWithPolicy(await readFile(headersFile, 'utf8'), policies));
        logger.info(`_headers: one Content-Security-Policy for ${policies.size} pages`);

        const started = performance.now();
        const images = await writeShareImages(pages, site, base, cacheDir, marks);
        logger.info(`share images: ${images.drawn} drawn, ${images.cached} from the cache, largest ${Math.round(images.largest / 1000)} kB, in ${Math.round(performance.now() - started)} ms`);

        // The web app manifest and its icons, drawn from the logo.
        await writeFile(join(site, MANIFEST_FILE), `${JSON.stringify(webManifest(app, base), null, 2)}\n`);
        if (!marks.logo) throw new Error('site.config.ts: logo must be an SVG or PNG file in public/ or a data: URI, so the app icons can be drawn from it');
        const logo = dataUriBytes(marks.logo);
        await mkdir(join(site, 'icons'), { recursive: true });
        await Promise.all(APP_ICONS.map(async (icon) => writeFile(join(site, icon.file), await appIcon(logo, icon.size, icon.maskable, app.backgroundColor))));
        // The sitemap, every indexable page with its language twins, and robots.txt pointing at it.
        const listed = sitemapPages(pages.values());
        await writeFile(join(site, 'sitemap.xml'), await sitemapXml(listed));
        await writeFile(join(site, 'robots.txt'), robotsTxt(`${origin}${base}sitemap.xml`));
        logger.info(`sitemap.xml: ${listed.length} pages; ${MANIFEST_FILE} and ${APP_ICONS.length} icons`);
      },
    },
  };
}
