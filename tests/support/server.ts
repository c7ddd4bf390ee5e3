/** Serves dist/ on 127.0.0.1 for browser tests, the way a static host would (index.html per folder, 404.html). */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';
import { DIST, fileFor, requireBuild } from './dist.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain',
  '.png': 'image/png',
};

/**
 * Starts the server on a free port (over dist/, or another built site) and returns its origin and a
 * stop function. `dist` may be a function, read at each request, to stand for a new deploy at the same address.
 */
export async function serveDist(site: string | (() => string) = DIST, options: { gzip?: boolean } = {}): Promise<{ origin: string; close: () => Promise<void> }> {
  if (site === DIST) requireBuild();
  const server: Server = createServer((req, res) => {
    const dist = typeof site === 'function' ? site() : site;
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = fileFor(path, dist) ?? (path.startsWith('/en/') ? fileFor('/en/404/', dist) : join(dist, '404.html'));
    const found = fileFor(path, dist) !== undefined;
    // A site without a 404 page (the benchmark's plain Astro floor) answers an unknown address with an empty 404.
    if (!found && (!file || !existsSync(file))) {
      res.writeHead(404).end();
      return;
    }
    const body = readFileSync(file!);
    // `gzip`: compress as a static host does (the benchmarks measure what travels); Pagefind's files are compressed already.
    const compress = options.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && !/\.pf_\w+$|\.pagefind$/.test(file!);
    res.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(file!)] ?? 'application/octet-stream', ...(compress ? { 'Content-Encoding': 'gzip' } : {}) });
    res.end(compress ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
