import type { AstroIntegration } from 'astro';
import { contentDir } from '../schemas';
import { readContent } from '../data/read-content';
import { checkCatalog } from '../lib/integrity';
import { checkFactFigures, checkFigureDates, checkOccupationCodes, checkOriginality, checkProseFigures, checkReachability, checkReadingRates, type StatedRate } from '../lib/fact-check';
import { checkMarkup } from '../lib/markup-check';
import { formatProblems, type Problem } from '../lib/problems';

/** Every problem in the content folder: files and schemas first; references, figures and originality once those pass. */
export function contentProblems(dir: string, rates: readonly StatedRate[] = []): Problem[] {
  const { catalog, prose, evidence, problems } = readContent(dir);
  if (problems.length > 0) return problems;
  return [
    ...checkMarkup(prose),
    ...checkCatalog(catalog),
    ...checkReachability(catalog),
    ...checkReadingRates(rates, catalog, evidence),
    ...checkFactFigures(catalog, evidence),
    ...checkFigureDates(catalog),
    ...checkOccupationCodes(catalog),
    ...checkProseFigures(prose, catalog, evidence),
    ...checkOriginality(prose, evidence),
  ];
}

/**
 * Checks the content before Astro reads it, and stops `astro build` with one readable block per
 * problem (no stack trace). In `astro dev` it prints the same blocks and lets the server run.
 */
/** `rates`: each language's reading rate from the site config, checked against its source. */
export default function contentCheck(rates: readonly StatedRate[] = []): AstroIntegration {
  return {
    name: 'jenjang:content',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // Vitest loads this config through getViteConfig() as a dev server; the tests run these checks themselves.
        if (command !== 'build' && (command !== 'dev' || process.env.VITEST)) return;
        const started = performance.now();
        const problems = contentProblems(contentDir(), rates);
        if (problems.length === 0) {
          logger.info(`content checked in ${Math.round(performance.now() - started)} ms`);
          return;
        }
        console.error(`\n${formatProblems(problems)}`);
        if (command === 'build') process.exit(1);
      },
    },
  };
}
