import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { builtItemId, decodeList, encodeList, KIND_LETTERS, markdownChecklist, type BuiltItem, type BuiltList } from '../../src/lib/list-link';

const id = fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/);
const text = (max: number) => fc.string({ minLength: 1, maxLength: max }).map((s) => s.replace(/[\r\n\u2028\u2029]/g, ' ').trim()).filter((s) => s.length > 0);
const item: fc.Arbitrary<BuiltItem> = fc.oneof(
  fc.record({ kind: fc.constantFrom(...(Object.keys(KIND_LETTERS) as (keyof typeof KIND_LETTERS)[])), id, section: fc.option(id, { nil: undefined }) }).map((i): BuiltItem => (i.section ? { kind: i.kind, id: i.id, section: i.section } : { kind: i.kind, id: i.id })),
  fc.record({ url: id.map((p) => `https://example.org/${p}`), title: text(80) }),
);
const list: fc.Arbitrary<BuiltList> = fc.record({
  title: text(80),
  notes: fc.oneof(fc.constant(''), text(500)),
  steps: fc.array(fc.record({ title: text(40), items: fc.array(item, { maxLength: 5 }) }), { minLength: 1, maxLength: 12 }),
});

describe('the list link', () => {
  test('round-trips any list, in any language and script', () => {
    fc.assert(
      fc.property(list, (l) => {
        const read = decodeList(encodeList(l));
        expect(read.problems).toEqual([]);
        expect(read.list).toEqual(l);
      }),
    );
  });

  test('keeps a 30-item list of the longest ids under 2,000 characters', () => {
    const long = { kind: 'roles' as const, id: 'senior-customer-service-representative' };
    const l: BuiltList = {
      title: 'Minggu pertama agen baru di tim kami',
      notes: 'Baca yang wajib lebih dulu.',
      steps: [0, 1, 2].map((s) => ({ title: `Hari ${s + 1}`, items: Array.from({ length: 10 }, () => long) })),
    };
    const payload = encodeList(l);
    expect(payload.length).toBeLessThan(2000);
    expect(`https://jenjang.example/daftar-bacaan/buat/#${payload}`.length).toBeLessThan(2000);
  });

  test('reads a cut-off link as far as it goes and says it was cut', () => {
    fc.assert(
      fc.property(list, fc.integer({ min: 1, max: 200 }), (l, cut) => {
        const payload = encodeList(l);
        const read = decodeList(payload.slice(0, Math.max(4, payload.length - cut)));
        expect(read.problems.some((p) => p.includes('cut off') || p.includes('not a reading list'))).toBe(true);
        const kept = read.list.steps.flatMap((s) => s.items);
        const all = l.steps.flatMap((s) => s.items);
        expect(all.slice(0, kept.length)).toEqual(kept);
      }),
    );
  });

  test('never throws on junk, and leaves out what it cannot read, naming it', () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        expect(() => decodeList(junk)).not.toThrow();
      }),
    );
    const tampered = btoa('J1\nT<img src=x onerror=alert(1)>\nSStep\nEr../../etc\nEzunknown\nUjavascript:alert(1) Click\nXwhat\nErteam-leader\nZ').replace(/=+$/, '');
    const read = decodeList(tampered, (kind, entry) => kind === 'roles' && entry === 'team-leader');
    expect(read.list.title).toBe('<img src=x onerror=alert(1)>');
    expect(read.list.steps[0]!.items).toEqual([{ kind: 'roles', id: 'team-leader' }]);
    expect(read.problems).toHaveLength(4);
    expect(decodeList(btoa('J9\nTx\nZ')).problems[0]).toContain('version');
  });

  test('drops an item whose page no longer exists', () => {
    const payload = encodeList({ title: 'T', notes: '', steps: [{ title: 'S', items: [{ kind: 'skills', id: 'gone' }, { kind: 'skills', id: 'here' }] }] });
    const read = decodeList(payload, (_, entry) => entry === 'here');
    expect(read.list.steps[0]!.items).toEqual([{ kind: 'skills', id: 'here' }]);
    expect(read.problems[0]).toContain('gone');
  });

  test('copies as a Markdown checklist with absolute links and escaped text', () => {
    const md = markdownChecklist({ title: 'Week *1*', notes: '', steps: [{ title: 'Day 1', items: [{ kind: 'roles', id: 'a' }] }] }, () => ({ title: 'Agent [new]', href: 'https://x.example/peran/a/' }));
    expect(md).toBe('# Week \\*1\\*\n\n## Day 1\n\n- [ ] [Agent \\[new\\]](https://x.example/peran/a/)\n');
  });
});

test("a built list's item ids are written like curated ones, so progress keeps them", () => {
  fc.assert(
    fc.property(item, (i) => {
      expect(builtItemId(i)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }),
  );
});
