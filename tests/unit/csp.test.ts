import { describe, expect, test } from 'vitest';
import { POLICY_PLACEHOLDER, headersWithPolicy, pagePolicy } from '../../src/lib/csp';

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
