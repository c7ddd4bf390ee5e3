import { describe, expect, test } from 'vitest';
import { copiedRuns, fingerprintSet, paraphrases, runFingerprint, sentenceBuckets, stem, words } from '../../src/lib/originality';

const source = [
  'Tim layanan pelanggan di pelabuhan menjawab panggilan kapal sepanjang malam.',
  'Setiap agen mencatat keluhan nakhoda di buku harian shift sebelum pulang.',
  'Supervisor memeriksa catatan itu setiap pagi dan membagi tugas baru.',
];
const sentences = source.map(sentenceBuckets);
const fingerprints = fingerprintSet(source.flatMap((s) => {
  const w = words(s);
  return w.slice(0, w.length - 7).map((_, i) => runFingerprint(w.slice(i, i + 8)));
}));

describe('copiedRuns', () => {
  test('finds eight words in a row taken from a source, whatever the case and punctuation', () => {
    expect(copiedRuns('Kata mereka: TIM layanan pelanggan di pelabuhan menjawab panggilan kapal!', fingerprints)).toEqual([
      'tim layanan pelanggan di pelabuhan menjawab panggilan kapal',
    ]);
  });

  test('lets seven words in a row pass', () => {
    expect(copiedRuns('layanan pelanggan di pelabuhan menjawab panggilan kapal, kata mereka', fingerprints)).toEqual([]);
  });
});

describe('paraphrases', () => {
  test("finds two sentences that follow a source's sentences in order with words swapped", () => {
    const text =
      'Sepanjang malam, tim layanan pelanggan pelabuhan menjawab setiap panggilan kapal. Sebelum pulang, tiap agen menulis keluhan nakhoda di buku harian shift.';
    expect(paraphrases(text, sentences)).toEqual([{ passage: expect.any(Array), sourceSentences: [0, 1] }]);
  });

  test('lets the same facts pass when written from the reader\'s side', () => {
    const text = 'Kalau Anda bekerja di malam hari, telepon dari kapal datang terus. Catat semua keluhan sebelum pergi: besok pagi atasan Anda membacanya.';
    expect(paraphrases(text, sentences)).toEqual([]);
  });

  test('does not flag sentences that follow the source out of order', () => {
    const text =
      'Tiap pagi supervisor memeriksa catatan itu lalu membagi tugas baru. Sepanjang malam, tim layanan pelanggan pelabuhan menjawab setiap panggilan kapal.';
    expect(paraphrases(text, sentences).every((p) => p.passage.length === 1)).toBe(true);
  });
});

test('stems Indonesian affixes so that melayani, dilayani and layanan count as one word', () => {
  expect(new Set(['melayani', 'dilayani', 'layanan'].map(stem)).size).toBe(1);
});
