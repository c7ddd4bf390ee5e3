/** Debian's Chromium driven by playwright-core; no browser is downloaded. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches headless Chromium with the flags this closed network needs. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Records what went wrong while a page was open: console errors, page errors, failed and foreign requests. */
export function watch(page: Page, origin: string): { problems: string[] } {
  const problems: string[] = [];
  // A CSP violation is reported as an event in the page; surface it as a console error.
  void page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`),
    ),
  );
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  // ERR_ABORTED is the browser dropping a request when the test navigates on (e.g. the favicon);
  // a real failure shows as another error text, or as an HTTP status below.
  page.on('requestfailed', (req) => {
    if (req.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${req.url()} ${req.failure()?.errorText}`);
  });
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`foreign request: ${url}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !res.url().endsWith('/does-not-exist/')) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { problems };
}

/** What the page's clipboard holds, by type (text/plain, text/html); the context must grant clipboard-read. */
export function clipboardContents(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    for (const item of await navigator.clipboard.read()) for (const type of item.types) out[type] = await (await item.getType(type)).text();
    return out;
  });
}

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** What axe-core finds wrong on the page as it is now (the context needs bypassCSP to inject it), one line per rule. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: any[] }> } }).axe.run({ resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}
