/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Pure logic, the built site in dist/, fixture builds, and real Chromium test how the site works on any
// content; `content` and `content-browser` (tests/content/) test this guide's own content, and a fork rewrites them.
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
      { extends: true, test: { name: 'content', include: ['tests/content/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'content-browser', include: ['tests/content/browser/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false },
      },
    ],
  },
});
