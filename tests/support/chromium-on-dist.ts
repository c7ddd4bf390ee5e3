/** One Chromium and one server over dist/ per browser test file, so each file does not set them up again. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { serveDist } from './server.ts';

/** Starts Chromium and serves dist/ before the file's tests and closes both after; read `browser` and `origin` inside a test. */
export function chromiumOnDist(): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launch(), serveDist()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running: use chromiumOnDist().browser inside a test');
      return browser;
    },
    get origin() {
      if (!server) throw new Error('dist/ is not served: use chromiumOnDist().origin inside a test');
      return server.origin;
    },
  };
}
