// Lighthouse benchmark (mobile preset): three runs per page on the built site, medians printed.
// Usage: npm run build && npm run bench:lighthouse   (CHROME_PATH defaults to /usr/bin/chromium)
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveDist } from '../tests/support/server.ts';

const PAGES = ['/', '/peran/team-leader/', '/jenjang-karier/'];
const RUNS = Number(process.env.RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const server = await serveDist();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows: string[] = [];
try {
  for (const path of PAGES) {
    const runs: Record<string, number>[] = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(server.origin + path, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result!.lhr;
      runs.push({
        ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
        lcp: lhr.audits['largest-contentful-paint']!.numericValue!,
        tbt: lhr.audits['total-blocking-time']!.numericValue!,
        cls: lhr.audits['cumulative-layout-shift']!.numericValue!,
        bytes: lhr.audits['total-byte-weight']!.numericValue!,
      });
    }
    const m = (key: string) => median(runs.map((r) => r[key]!));
    const row = `| ${path} | ${m('performance')} | ${m('accessibility')} | ${m('best-practices')} | ${m('seo')} | ${(m('lcp') / 1000).toFixed(2)} s | ${Math.round(m('tbt'))} ms | ${m('cls').toFixed(3)} | ${(m('bytes') / 1000).toFixed(1)} kB |`;
    console.log(row);
    rows.push(row);
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(`\nLighthouse mobile preset, median of ${RUNS} runs\n`);
console.log('| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | total bytes |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
