import { expect, test } from 'vitest';
import { copiedRuns, shingles, words } from '../../src/lib/overlap';

test('lowercases and drops punctuation before comparing', () => {
  expect(words('Customer-service, “agen”: CS!')).toEqual(['customer', 'service', 'agen', 'cs']);
});

test('finds a ten-word run copied with different punctuation and case', () => {
  const source = shingles('Mereka fokus pada menjawab pertanyaan umum, menyelesaikan masalah dasar, dan memandu pelanggan.', 10);
  expect(copiedRuns('Tugasnya: mereka FOKUS pada menjawab pertanyaan umum menyelesaikan masalah dasar dan memandu.', source)).toContain(
    'mereka fokus pada menjawab pertanyaan umum menyelesaikan masalah dasar dan',
  );
});

test('accepts a nine-word run', () => {
  const source = shingles('satu dua tiga empat lima enam tujuh delapan sembilan sepuluh', 10);
  expect(copiedRuns('satu dua tiga empat lima enam tujuh delapan sembilan', source)).toEqual([]);
});
