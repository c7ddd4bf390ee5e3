/** The committed evidence of the guide's sources (src/content/evidence/), for tests over the built site. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceEvidence } from '../../src/lib/evidence';

export const EVIDENCE_DIR = join(import.meta.dirname, '../../src/content/evidence');

/** Each source id's evidence. */
export function evidence(dir = EVIDENCE_DIR): Map<string, SourceEvidence> {
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as SourceEvidence]),
  );
}
