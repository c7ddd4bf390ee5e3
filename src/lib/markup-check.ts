/**
 * Content is words, never markup. MDX would run a `<script>`, an `onerror` attribute, an
 * `{expression}` or an `import` written in a text's body, so the build refuses them: a body is
 * plain Markdown (links, lists, tables, emphasis). Frontmatter strings are escaped by Astro on output.
 */
import type { ProseText } from './fact-check';
import type { Problem } from './problems';

const RULES: { pattern: RegExp; what: string; fix: string }[] = [
  { pattern: /(?<!\\)<[A-Za-z!/?][^\n>]*>?/, what: 'an HTML or JSX tag', fix: 'write it in Markdown; to show a "<" as text, write \\<' },
  { pattern: /(?<!\\)\{[^\n}]*\}?/, what: 'an MDX expression in braces', fix: 'remove the braces; to show a "{" as text, write \\{' },
  { pattern: /^\s*(import|export)\s.*$/m, what: 'an import or export', fix: 'remove the line: texts use no components' },
  { pattern: /\]\(\s*(?!https?:|\/|#|mailto:)[a-z][\w+.-]*:[^)]*\)/i, what: 'a link with a scheme other than https, mailto or a site path', fix: 'link to https://… or to a page of the site (/peran/…)' },
];

/** Markup in a text's body, one problem per kind found, with the first place it occurs. */
export function checkMarkup(texts: readonly ProseText[]): Problem[] {
  const problems: Problem[] = [];
  for (const text of texts) {
    for (const rule of RULES) {
      const match = rule.pattern.exec(text.body);
      if (!match) continue;
      const line = text.body.slice(0, match.index).split('\n').length;
      problems.push({
        file: text.file,
        field: `body, line ${line} after the frontmatter`,
        value: JSON.stringify(match[0].slice(0, 80)),
        expected: `plain Markdown, without ${rule.what}`,
        fix: rule.fix,
      });
    }
  }
  return problems;
}
