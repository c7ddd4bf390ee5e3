// The plain Astro floor for a built page: an Astro + Tailwind project with nothing but that page's
// title and main content (the same text and markup), built with Astro's defaults. What the site's own
// page is compared against in bench/lighthouse.ts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'cheerio';
import { DIST, fileFor } from '../tests/support/dist.ts';

/** Where the floor project is written and built: inside node_modules, so it resolves the site's own astro and tailwindcss. */
export const FLOOR_DIR = resolve('node_modules/.cache/jenjang-floor');

/** Builds the floor for `path` (a page of dist/) and returns the folder of its built site (one page, at /). */
export function buildFloor(path: string): string {
  const $ = load(readFileSync(fileFor(path, DIST)!, 'utf8'));
  const lang = $('html').attr('lang') ?? 'en';
  const title = $('title').text();
  const main = $('main').html() ?? '';
  rmSync(FLOOR_DIR, { recursive: true, force: true });
  mkdirSync(join(FLOOR_DIR, 'src/pages'), { recursive: true });
  writeFileSync(join(FLOOR_DIR, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    join(FLOOR_DIR, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport tailwindcss from '@tailwindcss/vite';\nexport default defineConfig({ vite: { plugins: [tailwindcss()] } });\n",
  );
  writeFileSync(join(FLOOR_DIR, 'src/main.html'), main);
  // Tailwind does not look inside node_modules by itself: name the page's markup as its source.
  writeFileSync(join(FLOOR_DIR, 'src/global.css'), '@import "tailwindcss";\n@source "./main.html";\n');
  writeFileSync(
    join(FLOOR_DIR, 'src/pages/index.astro'),
    `---
import '../global.css';
import main from '../main.html?raw';
---
<html lang=${JSON.stringify(lang)}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title.replace(/[<>{}]/g, '')}</title>
  </head>
  <body class="mx-auto max-w-5xl px-4">
    <main set:html={main} />
  </body>
</html>
`,
  );
  execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', FLOOR_DIR], { stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return join(FLOOR_DIR, 'dist');
}
