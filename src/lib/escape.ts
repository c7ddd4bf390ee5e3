/**
 * Text from content or a link on its way into a format that would read it as markup. Astro escapes
 * what pages render; these are for the strings the site builds itself (copied Markdown, copied HTML).
 */

/** Text that reads as itself in any Markdown editor: inline markup escaped, and a line start that would begin a heading or a list. */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or a quoted attribute value: every character markup could start with, escaped. */
export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** An attribute value read back from built HTML as text: the entities Astro writes, decoded. */
export function attributeText(value: string): string {
  return value.replace(/&(quot|amp|lt|gt|#39|#x27);/g, (_, e: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'", '#x27': "'" })[e]!);
}
