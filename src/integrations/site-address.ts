/** Where the built site lives, read once from Astro's config by each integration that writes files after the build. */
export interface SiteAddress {
  /** The base path, always ending in a slash: "/" or "/karier/". */
  base: string;
  /** The public origin (no path), or http://localhost when the config names no site. */
  origin: string;
}

/** The base path with its trailing slash and the origin of `site`, as the build's last steps need them. */
export function siteAddress(config: { base: string; site?: string | undefined }): SiteAddress {
  return {
    base: config.base.endsWith('/') ? config.base : `${config.base}/`,
    origin: new URL(config.site ?? 'http://localhost/').origin,
  };
}
