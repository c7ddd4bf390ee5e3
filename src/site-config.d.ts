// The site config and its colours, served by src/integrations/site-config-module.ts.
declare module 'site:config' {
  const config: import('./lib/site-config').SiteConfig;
  export default config;
}
declare module 'site:theme.css';
