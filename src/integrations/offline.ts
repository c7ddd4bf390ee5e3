import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleScript } from '../lib/inline-scripts';
import { LOCALES } from '../lib/model';
import { pageFiles, SERVICE_WORKER_FILE, type OfflineConfig } from '../lib/offline';
import { MANIFEST_FILE } from '../lib/web-app';
import { localeRoot, sitePath } from '../lib/routes';
import { siteAddress } from './site-address';

/** A hash of every file a deploy ships: a changed page, asset or index makes a new worker. */
async function deployVersion(site: string): Promise<string> {
  const files = (await readdir(site, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => relative(site, join(e.parentPath, e.name)))
    .filter((f) => f !== SERVICE_WORKER_FILE)
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(await readFile(join(site, file))).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** The worker for one deploy: src/scripts/service-worker.ts with its config compiled in. */
export function serviceWorkerSource(config: OfflineConfig): string {
  return bundleScript('service-worker.ts', 'iife', { OFFLINE: JSON.stringify(config) });
}

/** Writes sw.js after every other step of the build (it must see the final files, Pagefind's included). */
export default function offlineIntegration(): AstroIntegration {
  let base = '/';
  let origin = '';
  return {
    name: 'jenjang:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        ({ base, origin } = siteAddress(config));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fromRoot = (path: string) => `${base}${path.replace(/^\//, '')}`;
        const offlinePages = LOCALES.map((lang) => ({ prefix: fromRoot(localeRoot(lang)), path: fromRoot(sitePath(lang, { view: 'offline' })) }));
        // The offline pages and what they need (styles, icons, manifest) are there before the first one is missed.
        const precache = new Set<string>();
        for (const { path } of offlinePages) {
          precache.add(path);
          const html = await readFile(join(site, path.slice(base.length), 'index.html'), 'utf8');
          for (const file of pageFiles(html, `${origin}${path}`)) precache.add(new URL(file).pathname);
        }
        // The manifest too: pages link it from their page-end script (WEB_APP), so no page's markup names it.
        precache.add(fromRoot(MANIFEST_FILE));
        const config: OfflineConfig = { version: await deployVersion(site), base, precache: [...precache], offlinePages };
        const worker = serviceWorkerSource(config);
        await writeFile(join(site, SERVICE_WORKER_FILE), worker);
        logger.info(`${SERVICE_WORKER_FILE}: deploy ${config.version}, ${worker.length} bytes, ${precache.size} files fetched on install`);
      },
    },
  };
}
