import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { page } from '../support/dist';
import { searchIn } from '../support/search';
import { serveDist } from '../support/server';

let server: Awaited<ReturnType<typeof serveDist>>;
let find: Record<'id' | 'en', (q: string, top?: number) => Promise<string[]>>;
beforeAll(async () => {
  server = await serveDist();
  find = { id: await searchIn('id', server.origin), en: await searchIn('en', server.origin) };
});
afterAll(() => server?.close());

// What people type, and the page each query must bring into the top three, per language.
const QUERIES: [lang: 'id' | 'en', query: string, expected: string][] = [
  ['id', 'agen', '/peran/customer-service-representative/'],
  ['id', 'CS', '/peran/customer-service-representative/'],
  ['id', 'perwakilan layanan pelanggan', '/peran/customer-service-representative/'],
  ['id', 'supervisor', '/peran/team-leader/'],
  ['id', 'team lead', '/peran/team-leader/'],
  ['id', 'kepala CS', '/peran/head-of-customer-service/'],
  ['id', 'CCO', '/peran/chief-customer-officer/'],
  ['id', 'gaji', '/panduan/what-salaries-depend-on/'],
  ['id', 'NPS', '/metrik/nps/'],
  ['id', 'kepuasan pelanggan', '/metrik/csat/'],
  ['id', 'magang', '/peran/customer-service-intern/'],
  ['id', 'manajer customer service', '/peran/customer-service-manager/'],
  ['id', 'mendengarkan aktif', '/keterampilan/active-listening/'],
  ['id', 'empati', '/keterampilan/empathy/'],
  ['id', 'resolusi pertama', '/metrik/fcr/'],
  ['id', 'waktu penanganan rata-rata', '/metrik/aht/'],
  ['id', 'CRM', '/alat/crm/'],
  ['id', 'sertifikasi supervisor', '/sertifikasi/cs-supervisor-certification/'],
  ['id', 'CV', '/panduan/writing-a-cs-cv/'],
  ['id', 'pelanggan marah', '/panduan/hard-situations/'],
  ['id', 'pelatih', '/peran/customer-service-trainer/'],
  ['id', 'quality assurance', '/peran/quality-assurance-analyst/'],
  ['id', 'custmer service representative', '/peran/customer-service-representative/'],
  ['id', 'resume', '/panduan/writing-a-cs-cv/'],
  ['id', 'aplikasi CRM', '/alat/crm/'],
  // Names job boards and call centres use, from the entries' own altTitles/altNames.
  ['id', 'agen call center', '/peran/customer-service-representative/'],
  ['id', 'customer service officer', '/peran/customer-service-representative/'],
  ['id', 'staff customer service', '/peran/customer-service-representative/'],
  ['id', 'petugas layanan pelanggan', '/peran/customer-service-representative/'],
  ['id', 'CS online', '/peran/customer-service-representative/'],
  ['id', 'supervisor call center', '/peran/team-leader/'],
  ['id', 'team leader call center', '/peran/team-leader/'],
  ['id', 'trainer call center', '/peran/customer-service-trainer/'],
  ['id', 'quality assurance officer', '/peran/quality-assurance-analyst/'],
  ['id', 'manager call center', '/peran/contact-center-manager/'],
  ['id', 'HRD', '/peran/human-resources/'],
  ['id', 'telemarketing', '/peran/sales-representative/'],
  ['id', 'tingkat kepuasan pelanggan', '/metrik/csat/'],
  ['id', 'aplikasi helpdesk', '/alat/help-desk/'],
  ['id', 'survei kepuasan pelanggan', '/alat/feedback/'],
  ['id', 'social listening', '/alat/social-media/'],
  ['en', 'agent', '/en/roles/customer-service-representative/'],
  ['en', 'customer service representative', '/en/roles/customer-service-representative/'],
  ['en', 'custmer service representative', '/en/roles/customer-service-representative/'],
  ['en', 'team lead', '/en/roles/team-leader/'],
  ['en', 'supervisor', '/en/roles/team-leader/'],
  ['en', 'salary', '/en/guides/what-salaries-depend-on/'],
  ['en', 'CCO', '/en/roles/chief-customer-officer/'],
  ['en', 'chief customer officer', '/en/roles/chief-customer-officer/'],
  ['en', 'NPS', '/en/metrics/nps/'],
  ['en', 'net promoter score', '/en/metrics/nps/'],
  ['en', 'customer satisfaction', '/en/metrics/csat/'],
  ['en', 'first contact resolution', '/en/metrics/fcr/'],
  ['en', 'average handling time', '/en/metrics/aht/'],
  ['en', 'churn', '/en/metrics/churn-rate/'],
  ['en', 'empathy', '/en/skills/empathy/'],
  ['en', 'active listening', '/en/skills/active-listening/'],
  ['en', 'help desk', '/en/tools/help-desk/'],
  ['en', 'CCXP', '/en/certifications/ccxp/'],
  ['en', 'career ladder', '/en/guides/designing-a-career-ladder/'],
  ['en', 'CV', '/en/guides/writing-a-cs-cv/'],
  ['en', 'intern', '/en/roles/customer-service-intern/'],
  ['en', 'customer success manager', '/en/roles/customer-success-manager/'],
  ['en', 'burnout', '/en/guides/hard-situations/'],
  ['en', 'resume', '/en/guides/writing-a-cs-cv/'],
  ['en', 'CRM software', '/en/tools/crm/'],
  // Names job boards and call centres use, from the entries' own altTitles/altNames.
  ['en', 'call center agent', '/en/roles/customer-service-representative/'],
  ['en', 'call centre agent', '/en/roles/customer-service-representative/'],
  ['en', 'contact center agent', '/en/roles/customer-service-representative/'],
  ['en', 'customer care representative', '/en/roles/customer-service-representative/'],
  ['en', 'call center supervisor', '/en/roles/team-leader/'],
  ['en', 'contact centre team leader', '/en/roles/team-leader/'],
  ['en', 'call centre manager', '/en/roles/contact-center-manager/'],
  ['en', 'call center quality analyst', '/en/roles/quality-assurance-analyst/'],
  ['en', 'call center trainer', '/en/roles/customer-service-trainer/'],
  ['en', 'escalation specialist', '/en/roles/customer-service-specialist/'],
  ['en', 'telesales representative', '/en/roles/sales-representative/'],
  ['en', 'director of customer care', '/en/roles/director-of-customer-service/'],
  ['en', 'CSAT score', '/en/metrics/csat/'],
  ['en', 'mean time to resolution', '/en/metrics/resolution-time/'],
  ['en', 'unified inbox', '/en/tools/omnichannel/'],
];

describe('search finds what people type, in the top three', () => {
  test.each(QUERIES)('%s: "%s" → %s', async (lang, query, expected) => {
    expect(await find[lang](query)).toContain(expected);
  });
});

test('each language searches only its own pages', async () => {
  for (const url of await find.id('customer service')) expect(url.startsWith('/en/')).toBe(false);
  for (const url of await find.en('customer service')) expect(url.startsWith('/en/')).toBe(true);
});

test("a skill's or metric's own page comes first, ahead of the role pages that list it", async () => {
  expect((await find.id('empati', 1))[0]).toBe('/keterampilan/empathy/');
  expect((await find.en('CSAT', 1))[0]).toBe('/en/metrics/csat/');
  expect((await find.en('help desk', 1))[0]).toBe('/en/tools/help-desk/');
});

test('lists that name other entries, and source citations, stay out of the index', () => {
  for (const path of ['/peran/team-leader/', '/en/roles/team-leader/']) {
    const $ = page(path);
    for (const id of ['skills', 'metrics', 'tools', 'from', 'next', 'sources']) {
      expect($(`section[aria-labelledby="${id}"]`).attr('data-pagefind-ignore'), `${path} #${id}`).toBe('all');
    }
    for (const id of ['facts', 'responsibilities']) expect($(`section[aria-labelledby="${id}"]`).attr('data-pagefind-ignore'), `${path} #${id}`).toBeUndefined();
    const citations = $('main a[href*="/sumber/"], main a[href*="/en/sources/"]').toArray();
    expect(citations.length).toBeGreaterThan(0);
    for (const a of citations) expect($(a).closest('[data-pagefind-ignore]').length, $(a).text()).toBe(1);
  }
});
