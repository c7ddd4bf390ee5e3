// Build benchmark: how the build cost grows with the number of roles.
// Copies the real content, adds N synthetic roles (YAML + Indonesian and English MDX, with skills,
// promotions and sources), builds into a temporary folder, and prints seconds and ms per page.
// Usage: npm run bench:build            (N = 100, 500, 2000)
//        npm run bench:build -- 50 200  (other sizes)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const LEVELS = ['entry', 'mid', 'management', 'executive'];
const TRACKS = ['frontline', 'specialist', 'people-leadership', 'operations', 'customer-success-cx'];
const skills = readdirSync(join(ROOT, 'src/content/skills')).map((f) => f.replace(/\.ya?ml$/, ''));

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
      writeFileSync(
        join(dir, 'texts/roles', lang, `${id}.mdx`),
        `---\ntitle: Synthetic role ${i} (${lang})\naltTitles: [Bench ${i}]\nsummary: A generated role used only to measure how the build scales.\nresponsibilities:\n  - Handle generated cases.\n  - Write generated notes.\n---\n\n## A day\n\nGenerated paragraph number ${i} for the benchmark, long enough to look like prose on a page.\n\n## Next\n\n- One step\n- Another step\n`,
      );
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
  for (const n of sizes.length > 0 ? sizes : [100, 500, 2000]) {
    const content = join(work, `content-${n}`);
    const out = join(work, `dist-${n}`);
    cpSync(join(ROOT, 'src/content'), content, { recursive: true });
    mkdirSync(join(content, 'texts/roles/id'), { recursive: true });
    addSyntheticRoles(content, n);
    const started = process.hrtime.bigint();
    const result = spawnSync('npx', ['astro', 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      // Every MDX file prints an upstream warning, so the log of a large build is big.
      maxBuffer: 1 << 30,
      env: { ...process.env, JENJANG_CONTENT_DIR: content, JENJANG_OUT_DIR: out, JENJANG_CACHE_DIR: join(work, `cache-${n}`), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.status !== 0) {
      console.error(result.error ?? '', `${result.stdout}\n${result.stderr}`.split('\n').filter((l) => /error/i.test(l)).slice(0, 20).join('\n'));
      throw new Error(`build with ${n} synthetic roles failed`);
    }
    const pages = countPages(out);
    rows.push({ roles: n, pages, seconds: seconds.toFixed(1), msPerPage: ((seconds * 1000) / pages).toFixed(1) });
    console.log(`N=${n}: ${pages} pages in ${seconds.toFixed(1)} s = ${((seconds * 1000) / pages).toFixed(1)} ms/page`);
    rmSync(out, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log('\n| synthetic roles | pages | build (s) | ms per page |\n| ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.roles} | ${r.pages} | ${r.seconds} | ${r.msPerPage} |`);
