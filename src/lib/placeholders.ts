/** Interface words with `{name}` slots, filled the same way on the server (t()) and in the ladder island. */

/** A template with its `{name}` slots filled from `vars`; a slot without a value stays visible, so the gap is seen. */
export function fillPlaceholders(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (vars[name] === undefined ? slot : String(vars[name])));
}
