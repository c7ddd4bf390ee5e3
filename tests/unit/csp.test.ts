import { describe, expect, test } from 'vitest';
import { POLICY_PLACEHOLDER, headersWithPolicy, pagePolicy, inlineCode, replacePolicy, withHashes } from '../../src/lib/csp';

const meta = `<meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self' 'sha256-abc=';">`;

describe('pagePolicy', () => {
  test('reads the policy a page declares', () => {
    expect(pagePolicy(`<head>${meta}</head><body><script>x()</script></body>`, '/')).toBe(
      "default-src 'self';script-src 'self' 'sha256-abc='",
    );
  });

  test('refuses a page where a script runs before the policy is declared', () => {
    expect(() => pagePolicy(`<head><script>x()</script>${meta}</head>`, '/peran/')).toThrow(/\/peran\/: a <script> comes before/);
  });

  test('refuses a page without a policy', () => {
    expect(() => pagePolicy('<head></head>', '/x/')).toThrow(/no Content-Security-Policy/);
  });
});

describe('headersWithPolicy', () => {
  const template = `/*\n  X-Frame-Options: DENY\n  ${POLICY_PLACEHOLDER}\n`;

  test('writes the shared policy with framing protection into the header file', () => {
    const out = headersWithPolicy(template, new Map([['/a', "default-src 'self'"], ['/b', "default-src 'self'"]]));
    expect(out).toContain("  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n");
    expect(out).not.toContain(POLICY_PLACEHOLDER);
  });

  test('refuses pages that disagree on the policy, naming them', () => {
    expect(() => headersWithPolicy(template, new Map([['/a', "default-src 'self'"], ['/b', "default-src 'none'"]]))).toThrow(
      /2 different[\s\S]*\/a[\s\S]*\/b/,
    );
  });
});

describe('the hashes a policy names', () => {
  const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC='";

  test('are replaced by the ones given, keeping every other source in its directive', () => {
    expect(withHashes(policy, ['sha256-XYZ='], [])).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-XYZ='; style-src 'self'");
    expect(withHashes("script-src 'self'", ['sha256-A=', 'sha256-B='], ['sha256-C='])).toBe("script-src 'self' 'sha256-A=' 'sha256-B='");
  });

  test('come from the inline code a page runs: not data blocks, not external scripts', () => {
    const html = `<script>a()</script><script type="module">b()</script><script type="application/ld+json">{"x":1}</script>
      <script type="text/pagefind-template"><li></li></script><script src="/x.js"></script><style>p{color:red}</style>`;
    expect(inlineCode(html)).toEqual({ scripts: ['a()', 'b()'], styles: ['p{color:red}'] });
  });

  test('reach the page: its <meta> carries the new policy and nothing else changes', () => {
    const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"></head><body><p>x</p></body>`;
    const trimmed = replacePolicy(html, withHashes(pagePolicy(html, '/'), ['sha256-Q='], []));
    expect(pagePolicy(trimmed, '/')).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-Q='; style-src 'self'");
    expect(trimmed.replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
  });
});
