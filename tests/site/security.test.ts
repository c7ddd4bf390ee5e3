import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, fileFor, htmlPages, page } from '../support/dist';

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

  test('declares its policy before any script, so the policy covers every script', () => {
    const html = readFileSync(fileFor(path)!, 'utf8');
    const policyAt = html.indexOf('<meta http-equiv="content-security-policy"');
    expect(policyAt).toBeGreaterThan(0);
    expect(html.slice(0, policyAt).replace(/"[^"]*"/g, '""')).not.toMatch(/<script[\s>]/);
  });

  test('gets the same policy from the host as an HTTP header', () => {
    const csp = page(path)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    const header = /Content-Security-Policy: (.*)/.exec(readFileSync(join(DIST, '_headers'), 'utf8'))?.[1] ?? '';
    const directives = (policy: string) => policy.split(';').map((d) => d.trim()).filter(Boolean);
    expect(directives(header)).toEqual([...directives(csp), "frame-ancestors 'none'"]);
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

test('no stylesheet refers to another origin, and no page downloads a web font', () => {
  const css = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
  expect(css.length).toBeGreaterThan(0);
  for (const file of css) {
    const text = readFileSync(join(DIST, '_astro', file), 'utf8');
    expect(text, file).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
    expect(text, file).not.toMatch(/@import\s+(url\()?['"]?https?:/);
  }
  // Pages use the reader's system typeface (README, "Typeface"): there is no web font to load at all.
  const fonts = readdirSync(join(DIST, '_astro')).filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
  expect(fonts).toEqual([]);
});

test('no page refers to a script, stylesheet, image or font on another origin', () => {
  for (const path of htmlPages()) {
    const $ = page(path);
    for (const el of $('script[src], link[rel="stylesheet"], link[rel="icon"], img, source, iframe').toArray()) {
      const url = $(el).attr('src') ?? $(el).attr('href') ?? '';
      // A fork's logo may be a data: URI: it is part of the page, not a request to anywhere.
      const inline = url.startsWith('data:image/') && !$(el).is('script, iframe');
      expect(url.startsWith('/') || url === '' || inline, `${url} on ${path}`).toBe(true);
    }
  }
  expect(existsSync(join(DIST, 'favicon.svg'))).toBe(true);
});
