import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { jsonForHtml } from '../../src/lib/json-in-html';

describe('jsonForHtml', () => {
  test('never lets a string close the script element or open a comment', () => {
    const out = jsonForHtml({ title: '</script><script>alert(1)</script><!-- & -->' });
    expect(out).not.toMatch(/[<>&]/);
    expect(out).toContain('\\u003c/script\\u003e');
  });

  test('escapes the line and paragraph separators that end a JavaScript string', () => {
    expect(jsonForHtml('a\u2028b\u2029c')).toBe('"a\\u2028b\\u2029c"');
  });

  test('parses back to exactly the value it was given, whatever the strings hold', () => {
    const hostile = fc.constantFrom('<', '>', '&', '\u2028', '\u2029', '</script>', '<!--', '-->', ']]>', '"', '\\', '<\\/script>');
    const text = fc.array(fc.oneof(fc.string(), hostile), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.dictionary(text, fc.oneof(text, fc.array(text), fc.integer())), (value) => {
        const out = jsonForHtml(value);
        expect(out).not.toMatch(/[<>&\u2028\u2029]/);
        // Compared as JSON text: the same keys in the same order with the same strings (a "__proto__" key included).
        expect(JSON.stringify(JSON.parse(out))).toBe(JSON.stringify(value));
      }),
    );
  });

  test('refuses a value that has no JSON form instead of writing "undefined"', () => {
    expect(() => jsonForHtml(undefined)).toThrow(/no JSON form/);
  });
});
