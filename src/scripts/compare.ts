/**
 * The compare page's columns: two or three roles side by side, chosen in the selects and kept in the
 * address (?peran=a,b / ?roles=a,b). Every word comes from the page's data and is set as text.
 */
import { compareSearch, readCompareIds, skillSplit } from '../lib/compare';
import { fillPlaceholders } from '../lib/placeholders';
import type { ComparedRole } from '../lib/pages/compare-page';

interface CompareData {
  roles: ComparedRole[];
  words: Record<string, string>;
  ladder: string;
}

const root = document.querySelector<HTMLElement>('[data-compare]');
const dataScript = root?.querySelector('script[data-compare-data]');
if (root && dataScript) start(root, JSON.parse(dataScript.textContent ?? '{}') as CompareData);

function start(root: HTMLElement, data: CompareData): void {
  const lang = document.documentElement.lang === 'en' ? 'en' : 'id';
  const byId = new Map(data.roles.map((r) => [r.id, r]));
  const picks = [...root.querySelectorAll<HTMLSelectElement>('[data-compare-pick]')];
  const result = root.querySelector<HTMLElement>('[data-compare-result]')!;
  const w = data.words;
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const list = (values: readonly string[], empty = w.none!) => {
    if (values.length === 0) return make('p', 'text-muted', empty);
    const ul = make('ul', 'space-y-0.5');
    for (const v of values) ul.append(make('li', '', v));
    return ul;
  };

  function draw(ids: string[]): void {
    const roles = ids.map((id) => byId.get(id)!);
    if (roles.length < 2) {
      result.replaceChildren(make('p', 'text-muted', w.hint));
      return;
    }
    const split = skillSplit(roles.map((r) => ({ skills: r.skills.map((s) => s.id) })));
    const nameOf = new Map(roles.flatMap((r) => r.skills.map((s) => [s.id, s.name] as const)));
    const rows: [string, (r: ComparedRole, i: number) => Node][] = [
      [w.level!, (r) => make('p', '', r.level)],
      [w.track!, (r) => make('p', '', r.track)],
      [w.pay!, (r) => list(r.pay)],
      [w.experience!, (r) => list(r.experience)],
      [w.education!, (r) => list(r.education)],
      [w.own!, (_r, i) => list(split.own[i]!.map((s) => nameOf.get(s)!), '–')],
      [w.certifications!, (r) => list(r.certifications)],
      [w.metrics!, (r) => list(r.metrics)],
      [w.tools!, (r) => list(r.tools)],
      [
        w.next!,
        (r) => {
          if (r.next.length === 0) return make('p', 'text-muted', w.nextNone);
          const ul = make('ul', 'space-y-0.5');
          for (const n of r.next) {
            const a = make('a', '', n.title);
            a.href = n.href;
            const li = make('li');
            li.append(a);
            ul.append(li);
          }
          return ul;
        },
      ],
    ];
    const table = make('table', 'w-full min-w-[36rem] border-collapse bg-card text-left text-sm');
    const head = make('tr', 'border-b border-line');
    head.append(make('th', 'p-3', w.role));
    for (const r of roles) {
      const th = make('th', 'p-3');
      th.scope = 'col';
      const a = make('a', 'font-semibold', r.title);
      a.href = r.href;
      th.append(a);
      head.append(th);
    }
    const body = make('tbody');
    for (const [label, cell] of rows) {
      const tr = make('tr', 'border-b border-line align-top last:border-0');
      const th = make('th', 'p-3 font-semibold', label);
      th.scope = 'row';
      tr.append(th);
      roles.forEach((r, i) => {
        const td = make('td', 'p-3');
        td.append(cell(r, i));
        tr.append(td);
      });
      body.append(tr);
    }
    const thead = make('thead');
    thead.append(head);
    table.append(thead, body);
    const scroller = make('div', 'overflow-x-auto rounded-xl border border-line');
    scroller.tabIndex = 0;
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', w.role!);
    scroller.append(table);
    const shared = make('div', 'mt-4');
    shared.append(make('p', 'font-semibold', w.shared), list(split.shared.map((s) => nameOf.get(s)!), '–'));
    const path = make('a', 'mt-4 inline-block font-semibold', fillPlaceholders(w.path!, { from: roles[0]!.title, to: roles[1]!.title }));
    path.href = `${data.ladder}?from=${encodeURIComponent(roles[0]!.id)}&to=${encodeURIComponent(roles[1]!.id)}`;
    const pathLine = make('p');
    pathLine.append(path);
    result.replaceChildren(scroller, shared, pathLine);
  }

  const chosen = () => readCompareIds(`?roles=${picks.map((p) => p.value).filter(Boolean).join(',')}`, (id) => byId.has(id));
  const ids = readCompareIds(location.search, (id) => byId.has(id));
  picks.forEach((p, i) => (p.value = ids[i] ?? ''));
  for (const p of picks) {
    p.addEventListener('change', () => {
      const now = chosen();
      history.replaceState(null, '', `${location.pathname}${compareSearch(now, lang)}${location.hash}`);
      draw(now);
    });
  }
  draw(ids);
  root.hidden = false;
}
