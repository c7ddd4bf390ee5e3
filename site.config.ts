/**
 * Everything a fork changes to make this guide its own: name, words about the site, address, base
 * path, logo, colours, languages, footer and contact. Content lives in src/content/; nothing else
 * in the code names this site. See "Fork it for your company" in the README.
 */
import { defineSite } from './src/lib/site-config';

export default defineSite({
  name: 'Jenjang',
  tagline: {
    id: 'Panduan karier customer service, dari agen sampai chief customer officer',
    en: 'A career guide for customer service, from agent to chief customer officer',
  },
  intro: {
    id: 'Dari agen yang menjawab chat pertama hingga chief customer officer: apa kerja setiap peran, berapa gajinya menurut sumber, berapa lama pengalaman yang dibutuhkan, dan ke mana melangkah berikutnya.',
    en: 'From the agent answering a first chat to the chief customer officer: what each role does, what it pays according to the sources, how much experience it takes, and where to go next.',
  },
  description: {
    id: 'Panduan karier customer service di Indonesia: apa kerja setiap peran, gaji yang dilaporkan sumber, pengalaman yang dibutuhkan, keterampilan, sertifikasi, dan langkah berikutnya.',
    en: 'A career guide for customer service work in Indonesia: what each role does, the pay its sources report, the experience it takes, skills, certifications and the next step.',
  },
  // Set the real address here or with SITE_URL when building for production.
  origin: 'https://jenjang.example',
  base: '/',
  logo: 'favicon.svg',
  accent: { light: '#0f6b5c', dark: '#6fd3bf', inkLight: '#ffffff', inkDark: '#0b1f1b', softLight: '#e3f2ee', softDark: '#17332d' },
  languages: {
    id: { label: 'Bahasa Indonesia', short: 'ID', ogLocale: 'id_ID', numbers: 'id-ID', readingRate: { wordsPerMinute: 206, source: 'ums-reading' } },
    en: { label: 'English', short: 'EN', ogLocale: 'en_GB', numbers: 'en-GB', readingRate: { wordsPerMinute: 238, source: 'brysbaert' } },
  },
  footer: {
    owner: { id: 'Tim Jenjang', en: 'The Jenjang team' },
    about: {
      id: 'Jenjang merangkum lima artikel berbahasa Indonesia tentang karier customer service, ditulis ulang dengan kata-kata sendiri. Setiap angka menyebut sumbernya.',
      en: 'Jenjang brings together five Indonesian articles on customer service careers, rewritten in its own words. Every figure names its source.',
    },
  },
  // A drawn 1200×630 card per page for link previews (LinkedIn, WhatsApp, Slack); false skips them.
  shareImages: true,
  licence: { code: 'MIT', text: 'CC BY 4.0', textUrl: 'https://creativecommons.org/licenses/by/4.0/' },
});
