/** The career graph as open data at /data/careers.json (shape documented in the README). */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/load-catalog';
import { careerGraph } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  return new Response(JSON.stringify(careerGraph(catalog, site!.href), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
