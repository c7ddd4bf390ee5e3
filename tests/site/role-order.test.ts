/** Roles come in one order on every list a reader meets: by level from entry up, then by track in the ladder's order. */
import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/lib/model';
import { pathTo } from '../../src/lib/routes';
import { careers, page } from '../support/dist';

const data = careers();
const byId = new Map(data.roles.map((r) => [r.id, r]));
const rank = (id: string) => [data.levels.indexOf(byId.get(id)!.level), data.tracks.indexOf(byId.get(id)!.track)] as const;

describe.each(LOCALES)('the order of roles in %s', (lang) => {
  const rolePath = new Map(data.roles.map((r) => [pathTo(lang, { view: 'role', id: r.id }), r.id]));
  /** The roles a page lists, in the order its main content first links to them. */
  const listed = (path: string) => {
    const $ = page(path);
    const ids = $('main a[href]').toArray().flatMap((a) => rolePath.get($(a).attr('href')!) ?? []);
    return [...new Set(ids)];
  };
  const $ladder = page(pathTo(lang, { view: 'ladder' }));
  const ladder = $ladder('[data-list-role]').toArray().map((li) => $ladder(li).attr('data-list-role')!);

  test('the ladder list follows level from entry up, then the ladder\'s track order', () => {
    expect(ladder.length).toBe(data.roles.length);
    const keys = ladder.map(rank);
    for (let i = 1; i < keys.length; i++) {
      const [a, b] = [keys[i - 1]!, keys[i]!];
      expect(a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]), `${ladder[i - 1]} before ${ladder[i]}`).toBe(true);
    }
  });

  test('the roles index and the home page list them in the same order as the ladder', () => {
    expect(listed(pathTo(lang, { view: 'roles' }))).toEqual(ladder);
    const home = listed(pathTo(lang, { view: 'home' }));
    expect(home).toEqual(ladder.filter((id) => home.includes(id)));
    expect(home.length).toBeGreaterThan(0);
  });
});
