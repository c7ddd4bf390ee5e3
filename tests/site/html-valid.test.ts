import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { DIST, requireBuild } from '../support/dist';

const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

test('the Nu Html Checker reports no error in any page of dist/', () => {
  requireBuild();
  const result = spawnSync('java', ['-jar', vnu, '--skip-non-html', '--errors-only', '--format', 'text', DIST], { encoding: 'utf8' });
  expect(result.error, 'java must be installed').toBeUndefined();
  const errors = `${result.stdout}${result.stderr}`
    .split('\n')
    .filter((line) => /error/i.test(line) && !line.includes('No errors found'));
  expect(errors).toEqual([]);
  expect(result.status).toBe(0);
}, 120_000);
