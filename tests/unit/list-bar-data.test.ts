import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { barListKey, builtListId, itemHref, readBarList, storeBarList, type BarList } from '../../src/lib/list-bar-data';
import { progressKey } from '../../src/lib/progress';

const ORIGIN = 'https://guide.example';
const id = fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/);
const barList: fc.Arbitrary<BarList> = fc.record({
  title: fc.string({ maxLength: 200 }),
  url: id.map((p) => `${ORIGIN}/daftar-bacaan/buat/#${p}`),
  items: fc.array(
    fc.record({ id, href: fc.oneof(id.map((p) => `${ORIGIN}/peran/${p}/?list=built-x&item=${p}`), id.map((p) => `https://elsewhere.example/${p}`)) }),
    { minLength: 1, maxLength: 60 },
  ),
});

describe("a built list's copy for the list bar", () => {
  test('reads back exactly what was stored', () => {
    fc.assert(
      fc.property(barList, (list) => {
        expect(readBarList(storeBarList(list), ORIGIN)).toEqual(list);
      }),
    );
  });

  test('is refused whole when tampered: a script address, another site as the list, a bad id, a long title, not JSON', () => {
    const good: BarList = { title: 'Week one', url: `${ORIGIN}/daftar-bacaan/buat/#J1`, items: [{ id: 'agent', href: `${ORIGIN}/peran/agent/?list=built-x&item=agent` }] };
    expect(readBarList(storeBarList(good), ORIGIN)).toEqual(good);
    const bad = [
      { ...good, items: [{ id: 'agent', href: 'javascript:alert(1)' }] },
      { ...good, items: [{ id: 'agent', href: 'data:text/html,<script>alert(1)</script>' }] },
      { ...good, url: 'https://evil.example/list/' },
      { ...good, items: [{ id: '<img src=x onerror=alert(1)>', href: good.items[0]!.href }] },
      { ...good, title: 'x'.repeat(201) },
      { ...good, items: [] },
    ];
    for (const list of bad) expect(readBarList(storeBarList(list as BarList), ORIGIN), JSON.stringify(list)).toBeNull();
    for (const raw of [null, '', '{', '[]', 'null', JSON.stringify({ v: 2, ...good })]) expect(readBarList(raw, ORIGIN)).toBeNull();
  });

  test('any string at all reads as a list or as nothing, never throws', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const read = readBarList(raw, ORIGIN);
        expect(read === null || typeof read.title === 'string').toBe(true);
      }),
    );
  });
});

describe('addresses and keys', () => {
  test('an item opens at its page and section, marked with the list and the item', () => {
    expect(itemHref('/peran/agent/#skills', 'new-agent', 'agent-skills')).toBe('/peran/agent/?list=new-agent&item=agent-skills#skills');
    expect(itemHref('/peran/agent/', 'built-1x2y', 'roles-agent')).toBe('/peran/agent/?list=built-1x2y&item=roles-agent');
  });

  test("a built list's progress and its bar copy live under keys of their own", () => {
    const list = builtListId('1x2y');
    expect(list).toBe('built-1x2y');
    expect(barListKey(list)).not.toBe(progressKey(list));
  });
});
