// Build benchmark: how the build cost grows with the number of roles.
// Copies the real content and adds N synthetic roles whose texts are copies of real role texts (so
// pages are as long as real ones), builds into a temporary folder, and prints seconds, ms per page
// and the build's peak memory (the largest resident size of its Node processes), for a cold build and
// for a rebuild that keeps the cache folder (content layer and share cards), as a CI with a cache would.
// Usage: npm run bench:build              (N = 500, 2000, 5000)
//        npm run bench:build -- 50 200    (other sizes)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const LEVELS = ['entry', 'mid', 'management', 'executive'];
const TRACKS = ['frontline', 'specialist', 'people-leadership', 'operations', 'customer-success-cx'];
const skills = readdirSync(join(ROOT, 'src/content/skills')).map((f) => f.replace(/\.ya?ml$/, ''));
// Real role texts, body and all, that the synthetic roles reuse in turn under their own title.
const realTexts = Object.fromEntries(
  ['id', 'en'].map((lang) => {
    const dir = join(ROOT, 'src/content/texts/roles', lang);
    return [lang, readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'))];
  }),
);

function addSyntheticRoles(dir, n) {
  for (let i = 0; i < n; i++) {
    const id = `synthetic-role-${i}`;
    // Levels rise with the index and promotions only point forward, so the ladder has no cycle.
    const level = LEVELS[Math.min(3, Math.floor((i / n) * 4))];
    const next = [i + 1, i + 7].filter((j) => j < n && Math.floor((j / n) * 4) >= Math.floor((i / n) * 4));
    const picked = [0, 1, 2, 3].map((k) => skills[(i * 3 + k * 5) % skills.length]);
    writeFileSync(
      join(dir, 'roles', `${id}.yaml`),
      [
        `level: ${level}`,
        `track: ${TRACKS[i % TRACKS.length]}`,
        'skills:',
        ...[...new Set(picked)].map((s, k) => `  - { skill: ${s}, importance: ${k < 2 ? 'essential' : 'optional'}, sources: [qiscus] }`),
        'metrics: [csat, fcr]',
        'tools: [crm, help-desk]',
        `promotesTo: [${next.map((j) => `synthetic-role-${j}`).join(', ')}]`,
        'sources: [qiscus]',
        '',
      ].join('\n'),
    );
    for (const lang of ['id', 'en']) {
      const real = realTexts[lang][i % realTexts[lang].length];
      // Same words as a real role, but its own title and no disagreement note (its YAML has no levelViews).
      const text = real.replace(/^title: .*$/m, `title: Synthetic role ${i} (${lang})`).replace(/^disagreement: .*$/m, '');
      writeFileSync(join(dir, 'texts/roles', lang, `${id}.mdx`), text);
    }
  }
}

function countPages(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html') && !entry.parentPath.includes('pagefind')) count++;
  }
  return count;
}

const work = mkdtempSync(join(tmpdir(), 'jenjang-bench-'));
const rows = [];
try {
  for (const n of sizes.length > 0 ? sizes : [500, 2000, 5000]) {
    const content = join(work, `content-${n}`);
    const out = join(work, `dist-${n}`);
    cpSync(join(ROOT, 'src/content'), content, { recursive: true });
    mkdirSync(join(content, 'texts/roles/id'), { recursive: true });
    addSyntheticRoles(content, n);
    for (const run of ['cold', 'warm']) {
      const rssFile = join(work, `rss-${n}-${run}.txt`);
      const started = process.hrtime.bigint();
      const result = spawnSync('npx', ['astro', 'build'], {
        cwd: ROOT,
        encoding: 'utf8',
        // Every MDX file prints an upstream warning, so the log of a large build is big.
        maxBuffer: 1 << 30,
        env: {
          ...process.env,
          JENJANG_CONTENT_DIR: content,
          JENJANG_OUT_DIR: out,
          JENJANG_CACHE_DIR: join(work, `cache-${n}`),
          ASTRO_TELEMETRY_DISABLED: '1',
          // Every Node process of the build appends its peak resident size on exit (bench/peak-memory.cjs).
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${join(ROOT, 'bench/peak-memory.cjs')}`.trim(),
          JENJANG_RSS_FILE: rssFile,
        },
      });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (result.status !== 0) {
        console.error(result.error ?? '', `${result.stdout}\n${result.stderr}`.split('\n').filter((l) => /error/i.test(l)).slice(0, 20).join('\n'));
        throw new Error(`build with ${n} synthetic roles failed`);
      }
      // The build's own checks and the share cards say how long they took; print them beside the total.
      for (const line of result.stdout.split('\n').filter((l) => /content checked|links: every|share images:/.test(l))) console.log(`  ${line.replace(/^\S+\s/, '')}`);
      const cards = Number(/share images: .* in (\d+) ms/.exec(result.stdout)?.[1] ?? 0) / 1000;
      const pages = countPages(out);
      const peakMb = existsSync(rssFile) ? Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number)) / 1024 : NaN;
      const perPage = (s) => ((s * 1000) / pages).toFixed(1);
      rows.push({ roles: n, run, pages, seconds: seconds.toFixed(1), msPerPage: perPage(seconds), withoutCards: perPage(seconds - cards), peak: peakMb.toFixed(0) });
      console.log(`N=${n} ${run}: ${pages} pages in ${seconds.toFixed(1)} s = ${perPage(seconds)} ms/page (${perPage(seconds - cards)} without drawing share cards), peak ${peakMb.toFixed(0)} MB`);
    }
    rmSync(out, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log('\n| synthetic roles | build | pages | build (s) | ms per page | ms per page without share cards | peak memory (MB) |\n| ---: | --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.roles} | ${r.run} | ${r.pages} | ${r.seconds} | ${r.msPerPage} | ${r.withoutCards} | ${r.peak} |`);
