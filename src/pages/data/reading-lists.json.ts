/** Every curated reading list as open data at /data/reading-lists.json (src/lib/reading-lists-data.ts); the list bar reads it. */
import type { APIRoute } from 'astro';
import site from 'site:config';
import { loadCatalog } from '../../data/load-catalog';
import { readingListsData } from '../../lib/reading-lists-data';

export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  const rates = { id: site.languages.id.readingRate, en: site.languages.en.readingRate };
  return new Response(JSON.stringify(readingListsData(catalog, rates)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
