/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Four projects: pure logic, the built site in dist/, fixture builds that must fail, and real Chromium.
export default getViteConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'integrity', include: ['tests/integrity/**/*.test.ts'], testTimeout: 180_000, fileParallelism: false },
      },
      {
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false },
      },
    ],
  },
});
