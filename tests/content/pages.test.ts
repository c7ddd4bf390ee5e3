/** This guide's own facts as its pages show them. */
import { expect, test } from 'vitest';
import { page } from '../support/dist';

test('a sourced salary shows its figures, source and date beside it', () => {
  const $ = page('/en/roles/team-leader/');
  const salary = $('#salary').text().replace(/\s+/g, ' ');
  expect(salary).toContain('IDR 8,000,000 – IDR 40,000,000');
  expect(salary).toContain('Jobstreet, updated 30 June 2022');
});

test('a role that sources place on different levels shows both views', () => {
  const $ = page('/peran/customer-success-manager/');
  const note = $('#disagreement').text();
  expect(note).toContain('Qiscus');
  expect(note).toContain('GeekHunter');
});

test('the empathy page lists the representative among the roles that need it', () => {
  expect(page('/en/skills/empathy/')('#roles').closest('section').text()).toContain('Customer Service Representative');
});
