/**
 * The occupation classifications a role's codes come from: each one's name, who keeps it, and how
 * its codes are written, so a mistyped code stops the build and every code reaches the page, JSON-LD
 * and the open data the same way.
 */
import type { OccupationScheme } from './model';

/** One classification: the name readers and schema.org see, its keeper, and the shape of its codes. */
export interface Classification {
  name: string;
  keeper: string;
  pattern: RegExp;
  example: string;
}

/** Every classification a code may come from. */
export const CLASSIFICATIONS: Record<OccupationScheme, Classification> = {
  'isco-08': { name: 'ISCO-08', keeper: 'ILO', pattern: /^\d{4}$/, example: '4222' },
  esco: { name: 'ESCO', keeper: 'European Commission', pattern: /^\d{4}(\.\d+)+$/, example: '4222.1' },
  'onet-soc': { name: 'O*NET-SOC', keeper: 'O*NET', pattern: /^\d{2}-\d{4}\.\d{2}$/, example: '43-4051.00' },
  'kbji-2014': { name: 'KBJI 2014', keeper: 'BPS', pattern: /^\d{4}(\.\d{2})?$/, example: '4222' },
};

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether a source's figures (its text as written) state both the code and the title: the only way a code enters the guide. */
export function statesCode(figures: readonly string[], code: string, title: string): boolean {
  return figures.some((figure) => squash(figure).includes(code)) && figures.some((figure) => squash(figure).includes(squash(title)));
}

/** A code as schema.org's CategoryCode (for a role's `occupationalCategory`), linked to the page that states it. */
export function categoryCode(scheme: OccupationScheme, code: string, title: string, url: string | undefined): Record<string, unknown> {
  return {
    '@type': 'CategoryCode',
    codeValue: code,
    name: title,
    inCodeSet: { '@type': 'CategoryCodeSet', name: CLASSIFICATIONS[scheme].name },
    ...(url ? { url } : {}),
  };
}
