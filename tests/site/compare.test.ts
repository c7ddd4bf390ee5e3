/** The compare page in the built site: every role's key facts without JavaScript, and a way in from every role page. */
import { describe, expect, test } from 'vitest';
import { careers, page } from '../support/dist';
import { LOCALES } from '../../src/lib/model';
import { pathTo } from '../../src/lib/routes';
import { compareSearch } from '../../src/lib/compare';

const graph = careers();

describe.each(LOCALES)('the compare page (%s)', (lang) => {
  const $ = page(pathTo(lang, { view: 'compare' }));

  test('has one table row per role, linking to it, with its level and its count of essential skills', () => {
    const rows = $('table tbody tr');
    expect(rows.length).toBe(graph.roles.length);
    for (const role of graph.roles) {
      const row = $(`tr#role-${role.id}`);
      expect(row.find(`a[href="${pathTo(lang, { view: 'role', id: role.id })}"]`).text()).toBe(role.title[lang]);
      const cells = row.find('td').toArray().map((td) => $(td).text().trim());
      expect(cells[5]).toBe(String(role.skills.filter((s) => s.importance === 'essential').length));
    }
  });

  test('names the source of every pay range it shows', () => {
    for (const role of graph.roles.filter((r) => r.salary.length > 0)) {
      const pay = $(`tr#role-${role.id} td`).eq(2).text();
      expect(pay, role.id).toMatch(/\(.+\)/);
    }
  });

  test('is reached from every role page, with the next role up already beside it', () => {
    for (const role of graph.roles) {
      const link = page(pathTo(lang, { view: 'role', id: role.id }))('[data-compare-link] a').attr('href');
      const ids = role.promotesTo.length > 0 ? [role.id, role.promotesTo[0]!] : [role.id];
      expect(link, role.id).toBe(`${pathTo(lang, { view: 'compare' })}${compareSearch(ids, lang)}`);
    }
  });
});
