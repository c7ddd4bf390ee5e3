/** The 404 a host serves for any missing address: a reader who typed an English address reads it in English too. */
import { expect, test } from 'vitest';
import { page } from '../support/dist';
import { t } from '../../src/i18n/ui';

test('the default 404 says it in English as well, in an English block, with English links', () => {
  const $ = page('/404.html');
  expect($('h1').text()).toBe(t('id')('notFound.title'));
  const english = $('main [lang="en"]');
  expect(english.find('h2').text()).toBe(t('en')('notFound.title'));
  expect(english.find('a').toArray().map((a) => $(a).attr('href'))).toEqual(['/en/roles/', '/en/']);
});

test('the English 404 stays English only', () => {
  expect(page('/en/404/')('main [lang]').length).toBe(0);
});
