/** Pagefind's own search over the built index, from Node, in one language. */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DIST } from './dist.ts';

type Instance = { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> };

/**
 * A Pagefind instance reading the index of one language (Pagefind picks it from <html lang>, faked
 * here). Each language gets its own copy of the module: the WebAssembly state is module-wide.
 */
export async function searchIn(lang: string, origin: string): Promise<(query: string, top?: number) => Promise<string[]>> {
  const g = globalThis as { document?: unknown };
  g.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  const pagefind = (await import(`${pathToFileURL(join(DIST, 'pagefind/pagefind.js')).href}?lang=${lang}`)) as { createInstance: (o: object) => Instance };
  const instance = pagefind.createInstance({ basePath: `${origin}/pagefind/`, baseUrl: '/' });
  delete g.document;
  return async (query, top = 3) => {
    const found = await instance.search(query);
    return Promise.all(found.results.slice(0, top).map(async (r) => (await r.data()).url));
  };
}
