import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, htmlPages, page } from '../support/dist';

describe.each(htmlPages())('%s', (path) => {
  test('carries a strict Content-Security-Policy', () => {
    const csp = page(path)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    // Scripts: our own files, hashed inline code, and WebAssembly for Pagefind; never eval or arbitrary inline code.
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    const tokens = csp.split(/[\s;]+/);
    expect(tokens).not.toContain("'unsafe-inline'");
    expect(tokens).not.toContain("'unsafe-eval'");
    expect(csp).not.toMatch(/https?:/);
  });
});

test('the build emits a _headers file with the security and caching headers', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  for (const header of [
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy: strict-origin-when-cross-origin',
    'Permissions-Policy:',
    'X-Frame-Options: DENY',
    "frame-ancestors 'none'",
  ]) {
    expect(headers).toContain(header);
  }
  expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
});

test('fonts are self-hosted: no stylesheet refers to another origin', () => {
  const css = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
  expect(css.length).toBeGreaterThan(0);
  for (const file of css) {
    const text = readFileSync(join(DIST, '_astro', file), 'utf8');
    expect(text, file).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
    expect(text, file).not.toMatch(/@import\s+(url\()?['"]?https?:/);
  }
  const fonts = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.woff2'));
  expect(fonts.length).toBeGreaterThan(0);
});

test('no page refers to a script, stylesheet, image or font on another origin', () => {
  for (const path of htmlPages()) {
    const $ = page(path);
    for (const el of $('script[src], link[rel="stylesheet"], link[rel="icon"], img, source, iframe').toArray()) {
      const url = $(el).attr('src') ?? $(el).attr('href') ?? '';
      expect(url.startsWith('/') || url === '', `${url} on ${path}`).toBe(true);
    }
  }
  expect(existsSync(join(DIST, 'favicon.svg'))).toBe(true);
});
