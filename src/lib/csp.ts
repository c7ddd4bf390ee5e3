/**
 * The Content-Security-Policy as both a page's <meta> and the host's HTTP header. Astro writes the
 * policy into each page; the build copies it into `_headers` so hosts also send it (and
 * frame-ancestors, which a <meta> cannot carry), and refuses a page whose policy comes too late.
 */

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;

/** The policy a built page declares; throws when it has none or when a script precedes it. */
export function pagePolicy(html: string, page: string): string {
  const meta = META.exec(html);
  if (!meta) throw new Error(`${page}: no Content-Security-Policy <meta>. Is security.csp still set in astro.config.mjs?`);
  // Attribute values may hold the text "<script" (a title in og:title); only real tags count.
  const firstScript = html.slice(0, meta.index).replace(/"[^"]*"/g, '""').search(/<script[\s>]/i);
  if (firstScript !== -1) {
    throw new Error(
      `${page}: a <script> comes before the Content-Security-Policy <meta>, so the policy would not cover it. ` +
        'Astro writes the policy at the end of <head>; put scripts in <body> (see Base.astro).',
    );
  }
  return meta[1]!.replaceAll('&#39;', "'").replaceAll('&quot;', '"').trim().replace(/;$/, '');
}

const INLINE = /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi;

/** The code of a page's inline scripts that run (not data blocks such as JSON-LD) and of its <style> elements. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [, tag, attrs = '', code] of html.matchAll(INLINE)) {
    if (tag!.toLowerCase() === 'style') styles.push(code!);
    else if (!/\bsrc=/i.test(attrs) && (!/\btype=/i.test(attrs) || /\btype="(module|text\/javascript)"/i.test(attrs))) scripts.push(code!);
  }
  return { scripts, styles };
}

/**
 * A policy whose script-src and style-src hashes are exactly `scripts` and `styles` (other sources
 * kept). Astro hashes every script it could add to any page; the build keeps only those the site's
 * pages carry, so each page's policy names no code that does not exist (and weighs less).
 */
export function withHashes(policy: string, scripts: readonly string[], styles: readonly string[]): string {
  const set = (directive: string, hashes: readonly string[]) => (text: string) =>
    text.replace(new RegExp(`(${directive}(?:\\s+'(?!sha256-)[^']*'|\\s+[^\\s;']+)*)(?:\\s+'sha256-[^']*')*`), (_, kept: string) => [kept, ...hashes.map((h) => `'${h}'`)].join(' '));
  return set('style-src', styles)(set('script-src', scripts)(policy));
}

/** A page with its policy <meta> replaced by `policy`. */
export function replacePolicy(html: string, policy: string): string {
  return html.replace(META, (tag, content: string) => tag.replace(content, policy));
}

/** The header value for a policy: the page's own directives plus framing protection. */
export function headerPolicy(policy: string): string {
  return `${policy.replace(/;\s*/g, '; ')}; frame-ancestors 'none'`;
}

/** Marker line in public/_headers that the build replaces with the policy. */
export const POLICY_PLACEHOLDER = 'Content-Security-Policy: (written by the build from the pages)';

/**
 * `_headers` with the site's policy in place of the placeholder. Every page must share one policy
 * (Astro hashes scripts and styles site-wide), because hosts such as Cloudflare Pages cap the number
 * of path rules; a page that differs stops the build with both policies named.
 */
export function headersWithPolicy(template: string, policies: ReadonlyMap<string, string>): string {
  if (!template.includes(POLICY_PLACEHOLDER)) throw new Error(`public/_headers: the line "${POLICY_PLACEHOLDER}" is missing`);
  const distinct = new Map<string, string>();
  for (const [page, policy] of policies) if (!distinct.has(policy)) distinct.set(policy, page);
  if (distinct.size !== 1) {
    const list = [...distinct].map(([policy, page]) => `  ${page}: ${policy}`).join('\n');
    throw new Error(`Pages declare ${distinct.size} different Content-Security-Policies; _headers can send only one:\n${list}`);
  }
  const [policy] = distinct.keys();
  return template.replace(POLICY_PLACEHOLDER, `Content-Security-Policy: ${headerPolicy(policy!)}`);
}
