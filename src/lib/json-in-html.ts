/**
 * JSON inside an HTML <script> element. JSON.stringify leaves `<`, `>` and `&` as they are, so a
 * content string holding `</script>` would end the element and let markup after it run. Every
 * JSON block a page embeds goes through this one function.
 */

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/** JSON text that is safe inside any <script> element and parses back to exactly `value`. */
export function jsonForHtml(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('jsonForHtml: the value has no JSON form (undefined or a function)');
  return json.replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
