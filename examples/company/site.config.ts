/**
 * The example fork: the site config of a FICTIONAL company, PT Contoh Layanan Nusantara, that
 * publishes its own customer service career ladder on its intranet. Only this file and
 * examples/company/content/ differ from the main guide. See examples/company/README.md.
 */
import { defineSite } from '../../src/lib/site-config';

// The logo, also the favicon: a rounded square in the accent colour with a white "C".
// Source before encoding:
// <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#8a2d0f"/>
// <path d="M21.66 10.34A8 8 0 1 0 21.66 21.66" fill="none" stroke="#ffffff" stroke-width="3.5" stroke-linecap="round"/></svg>
const logo =
  'data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20viewBox%3D%220%200%2032%2032%22%3E%3Crect%20width%3D%2232%22%20height%3D%2232%22%20rx%3D%227%22%20fill%3D%22%238a2d0f%22%2F%3E%3Cpath%20d%3D%22M21.66%2010.34A8%208%200%201%200%2021.66%2021.66%22%20fill%3D%22none%22%20stroke%3D%22%23ffffff%22%20stroke-width%3D%223.5%22%20stroke-linecap%3D%22round%22%2F%3E%3C%2Fsvg%3E';

export default defineSite({
  name: 'Karier CS Contoh Nusantara',
  tagline: {
    id: 'Jalur karier layanan pelanggan di PT Contoh Layanan Nusantara, dari agen sampai Head of Customer Care',
    en: 'The customer service career path at PT Contoh Layanan Nusantara, from agent to Head of Customer Care',
  },
  intro: {
    id: 'Jenjang karier tim layanan pelanggan PT Contoh Layanan Nusantara (perusahaan fiktif): apa kerja setiap peran, berapa gajinya menurut kebijakan remunerasi, dan ke mana melangkah berikutnya.',
    en: 'The customer care ladder of PT Contoh Layanan Nusantara (a fictional company): what each role does, what it pays under the pay policy, and where to go next.',
  },
  description: {
    id: 'Panduan internal karier layanan pelanggan PT Contoh Layanan Nusantara (perusahaan fiktif): setiap peran, rentang gaji menurut kebijakan remunerasi perusahaan, syarat pengalaman, keterampilan, dan langkah berikutnya.',
    en: 'The internal customer service career guide of PT Contoh Layanan Nusantara (a fictional company): every role, the pay range set by the company pay policy, the experience required, skills and the next step.',
  },
  origin: 'https://intranet.contoh.example',
  base: '/karier/',
  logo,
  // Light theme: white text on #8a2d0f (8.5:1). Dark theme: #2b0d02 text on #ffb59a (10.6:1). Both pass WCAG AA.
  accent: { light: '#8a2d0f', dark: '#ffb59a', inkLight: '#ffffff', inkDark: '#2b0d02', softLight: '#fbe9e2', softDark: '#3a1a10' },
  languages: {
    id: { label: 'Bahasa Indonesia', short: 'ID', ogLocale: 'id_ID', numbers: 'id-ID', readingRate: { wordsPerMinute: 206, source: 'ums-reading' } },
    en: { label: 'English', short: 'EN', ogLocale: 'en_GB', numbers: 'en-GB', readingRate: { wordsPerMinute: 238, source: 'brysbaert' } },
  },
  footer: {
    owner: { id: 'Tim People & Customer Care, PT Contoh Layanan Nusantara (fiktif)', en: 'People & Customer Care team, PT Contoh Layanan Nusantara (fictional)' },
    about: {
      id: 'Contoh fiktif: PT Contoh Layanan Nusantara tidak ada. Situs ini menunjukkan bagaimana sebuah perusahaan dapat menerbitkan jenjang karier layanan pelanggannya sendiri dari kode panduan ini, dengan kebijakannya sendiri sebagai sumber.',
      en: 'A fictional example: PT Contoh Layanan Nusantara does not exist. This site shows how a company can publish its own customer service career ladder from this guide\'s code, with its own policies as the sources.',
    },
  },
  contact: { href: 'mailto:karier-cs@contoh.example', label: { id: 'Kirim masukan ke tim karier CS (alamat fiktif)', en: 'Send feedback to the CS careers team (fictional address)' } },
  licence: { code: 'MIT', text: 'CC BY 4.0', textUrl: 'https://creativecommons.org/licenses/by/4.0/' },
});
