import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cardOfPage, shareImageOfPage, shareImagePath } from '../../src/lib/share-card';
import { shareImage } from '../../src/lib/share-image';

/** A card's meta tag as Astro writes it: the JSON in an attribute, escaped. */
const metaOf = (card: object) =>
  `<head><meta name="jenjang:share-card" content="${JSON.stringify(card).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"></head>`;

describe('a page\'s card', () => {
  test('reads back exactly, whatever its words hold', () => {
    fc.assert(
      fc.property(fc.record({ title: fc.string(), kind: fc.string(), pay: fc.option(fc.string(), { nil: undefined }) }), (card) => {
        const clean = card.pay === undefined ? { title: card.title, kind: card.kind } : card;
        expect(cardOfPage(metaOf(clean))).toEqual(clean);
      }),
    );
  });

  test('is nothing when a page has none or it is not a card', () => {
    expect(cardOfPage('<head></head>')).toBeNull();
    expect(cardOfPage('<meta name="jenjang:share-card" content="{oops">')).toBeNull();
    expect(cardOfPage(metaOf({ title: 1 }))).toBeNull();
  });

  test('names its image below og/, the Indonesian home as og/index.png', () => {
    expect(shareImagePath(undefined)).toBe('og/index.png');
    expect(shareImagePath('peran/agent')).toBe('og/peran/agent.png');
    expect(shareImageOfPage('<meta property="og:image" content="https://x.example/og/en.png">')).toBe('https://x.example/og/en.png');
  });
});

test('a card is a 1200×630 PNG under 100 kB, even for a long title full of markup', async () => {
  const png = await shareImage({
    title: `</text><script>alert(1)</script> ${'Kepala layanan pelanggan regional '.repeat(6)}`,
    kind: 'Peran · <b>Manajemen</b>',
    pay: 'Rp8.000.000 – Rp40.000.000 (Jobstreet & "Qiscus")',
    siteName: 'Jenjang',
    tagline: 'Panduan karier',
    accent: '#0f6b5c',
    accentInk: '#ffffff',
  });
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  expect(png.length).toBeLessThan(100_000);
}, 30_000);
