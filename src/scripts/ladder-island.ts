/**
 * <jenjang-ladder>: highlights paths, opens a details panel, finds the path between two roles,
 * filters by track, moves along the ladder by keyboard and keeps its state in the URL.
 * Progressive enhancement of the build-time SVG; everything it shows is also on the page without it.
 */
import { fillPlaceholders } from '../lib/placeholders';
import { careerPath, promotionLine, type PathRole } from '../lib/career-path';
import type { LadderEntry } from '../lib/ladder-data';

interface LadderData {
  roles: LadderEntry[];
  skills: Record<string, string>;
  text: Record<string, string>;
  tracks: Record<string, string>;
}


class JenjangLadder extends HTMLElement {
  private data!: LadderData;
  private roles = new Map<string, LadderEntry>();
  private graph: PathRole[] = [];
  private nodes = new Map<string, SVGAElement>();
  private edges: SVGPathElement[] = [];
  private form!: HTMLFormElement;
  private panel!: HTMLElement;
  private opener: SVGAElement | null = null;
  private path: Set<string> | null = null;

  connectedCallback(): void {
    this.data = JSON.parse(this.querySelector('script[data-ladder]')!.textContent!) as LadderData;
    for (const role of this.data.roles) this.roles.set(role.id, role);
    this.graph = this.data.roles.map((r) => ({ id: r.id, promotesTo: r.promotesTo, lateralMoves: r.lateralMoves, skills: r.skills }));
    for (const node of this.querySelectorAll<SVGAElement>('.ladder-node')) this.nodes.set(node.dataset.role!, node);
    this.edges = [...this.querySelectorAll<SVGPathElement>('.ladder-edge')];
    this.form = this.querySelector('form[data-finder]')!;
    this.panel = this.querySelector('[data-panel]')!;
    this.querySelector('svg')?.setAttribute('aria-describedby', 'ladder-keys');

    for (const [id, node] of this.nodes) {
      node.addEventListener('mouseenter', () => this.highlight(id));
      node.addEventListener('mouseleave', () => this.highlight(null));
      node.addEventListener('focus', () => this.highlight(id));
      node.addEventListener('blur', () => this.highlight(null));
      node.addEventListener('click', (event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        this.open(id, node);
      });
      node.addEventListener('keydown', (event) => this.onKey(event, id, node));
    }
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.showPath();
      this.saveState();
    });
    (this.form.elements.namedItem('track') as HTMLSelectElement).addEventListener('change', () => {
      this.applyTrack();
      this.saveState();
    });
    this.querySelector('[data-panel-close]')!.addEventListener('click', () => this.close());
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
    this.restoreState();
  }

  /**
   * Dims everything but the role's promotion line (or the found path, when there is one) and
   * outlines the roles it can move to sideways, which the diagram draws no line for.
   */
  private highlight(id: string | null): void {
    const line = id ? promotionLine(this.graph, id) : this.path;
    const side = new Set(id ? this.roles.get(id)!.lateralMoves : []);
    for (const [rid, node] of this.nodes) {
      node.classList.toggle('is-side', side.has(rid));
      node.classList.toggle('is-dim', line !== null && !line.has(rid) && !side.has(rid));
    }
    for (const edge of this.edges) {
      const on = line !== null && line.has(edge.dataset.from!) && line.has(edge.dataset.to!);
      edge.classList.toggle('is-dim', line !== null && !on);
      edge.classList.toggle('is-on', on);
    }
  }

  private onKey(event: KeyboardEvent, id: string, node: SVGAElement): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.open(id, node);
      return;
    }
    if (event.key === 'Escape') {
      this.close();
      return;
    }
    const target = this.neighbour(id, event.key);
    if (target) {
      event.preventDefault();
      this.nodes.get(target)?.focus();
    }
  }

  /** The role an arrow key leads to: up to a promotion, down to a role that leads here, sideways within the level. */
  private neighbour(id: string, key: string): string | undefined {
    const role = this.roles.get(id)!;
    const box = (rid: string) => this.nodes.get(rid)!.querySelector('rect')!;
    const x = (rid: string) => Number(box(rid).getAttribute('x'));
    const y = (rid: string) => Number(box(rid).getAttribute('y'));
    const closest = (ids: string[]) => ids.sort((a, b) => Math.abs(x(a) - x(id)) - Math.abs(x(b) - x(id)) || y(a) - y(b))[0];
    if (key === 'ArrowUp') return closest(role.promotesTo.filter((r) => this.nodes.has(r)));
    if (key === 'ArrowDown') return closest(this.data.roles.filter((r) => r.promotesTo.includes(id)).map((r) => r.id));
    if (key === 'ArrowLeft' || key === 'ArrowRight') {
      const row = this.data.roles.filter((r) => r.level === role.level).map((r) => r.id).sort((a, b) => x(a) - x(b) || y(a) - y(b));
      return row[row.indexOf(id) + (key === 'ArrowLeft' ? -1 : 1)];
    }
    return undefined;
  }

  private open(id: string, from: SVGAElement | null): void {
    const role = this.roles.get(id)!;
    const text = this.data.text;
    this.opener = from;
    this.panel.querySelector('[data-panel-title]')!.textContent = role.title;
    this.panel.querySelector('[data-panel-level]')!.textContent = `${role.level} · ${this.data.tracks[role.track] ?? ''}`;
    this.panel.querySelector('[data-panel-summary]')!.textContent = role.summary;
    const facts = this.panel.querySelector('[data-panel-facts]')!;
    facts.replaceChildren(
      ...this.fact(text['ladder.years']!, role.experience.length > 0 ? role.experience : [text['fact.notReported']!]),
      ...this.fact(text['role.salary']!, role.salary.length > 0 ? role.salary : [text['fact.notReported']!]),
      ...this.fact(text['ladder.topSkills']!, [role.essentialSkills.map((s) => this.data.skills[s]).join(', ')]),
    );
    this.panel.querySelector<HTMLAnchorElement>('[data-panel-link]')!.href = role.href;
    this.panel.hidden = false;
    this.panel.focus();
    this.announce(fillPlaceholders(text['ladder.selected']!, { role: role.title }));
  }

  private fact(label: string, values: string[]): HTMLElement[] {
    const dt = document.createElement('dt');
    dt.className = 'font-semibold text-muted';
    dt.textContent = label;
    return [dt, ...values.map((v) => Object.assign(document.createElement('dd'), { textContent: v }))];
  }

  private close(): void {
    if (this.panel.hidden) return;
    this.panel.hidden = true;
    this.opener?.focus();
  }

  private showPath(): void {
    const from = this.value('from');
    const to = this.value('to');
    const out = this.querySelector('[data-path-result]')!;
    if (!from || !to) {
      this.path = null;
      out.replaceChildren();
      this.highlight(null);
      return;
    }
    const text = this.data.text;
    const name = (id: string) => this.roles.get(id)!.title;
    const steps = careerPath(this.graph, from, to);
    const box = document.createElement('div');
    box.className = 'mt-4 rounded-xl border border-accent bg-card p-4';
    const title = document.createElement('h2');
    title.className = 'text-lg font-bold';
    box.append(title);
    if (steps === null || steps.length === 0) {
      title.textContent = steps === null ? fillPlaceholders(text['ladder.pathNone']!, { from: name(from), to: name(to) }) : text['ladder.pathSame']!;
      this.path = null;
    } else {
      title.textContent = fillPlaceholders(text['ladder.pathTitle']!, { from: name(from), to: name(to), n: steps.length });
      const list = document.createElement('ol');
      list.className = 'mt-3 space-y-3';
      for (const step of steps) {
        const target = this.roles.get(step.to)!;
        const item = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { href: target.href, textContent: target.title, className: 'font-semibold' });
        const kind = Object.assign(document.createElement('span'), {
          className: 'ml-2 text-sm text-muted',
          textContent: `(${text[step.kind === 'promotion' ? 'ladder.stepPromotion' : 'ladder.stepLateral']})`,
        });
        const years = Object.assign(document.createElement('p'), {
          className: 'text-sm',
          textContent: `${text['ladder.years']}: ${target.experience.length > 0 ? target.experience.join('; ') : text['fact.notReported']}`,
        });
        const gap = Object.assign(document.createElement('p'), {
          className: 'text-sm',
          textContent: `${text['ladder.skillGap']}: ${step.skillGap.length > 0 ? step.skillGap.map((s) => this.data.skills[s]).join(', ') : text['ladder.noGap']}`,
        });
        item.append(link, kind, years, gap);
        list.append(item);
      }
      box.append(list);
      this.path = new Set([from, ...steps.map((s) => s.to)]);
    }
    out.replaceChildren(box);
    this.highlight(null);
  }

  private applyTrack(): void {
    const track = this.value('track');
    for (const [id, node] of this.nodes) node.classList.toggle('is-filtered', track !== '' && this.roles.get(id)!.track !== track);
    for (const item of this.ownerDocument.querySelectorAll<HTMLElement>('[data-list-role]')) {
      item.hidden = track !== '' && item.dataset.track !== track;
    }
    if (track) this.announce(fillPlaceholders(this.data.text['ladder.filtered']!, { track: this.data.tracks[track] ?? track }));
  }

  private value(name: 'from' | 'to' | 'track'): string {
    return (this.form.elements.namedItem(name) as HTMLSelectElement).value;
  }

  private saveState(): void {
    const url = new URL(location.href);
    for (const name of ['from', 'to', 'track'] as const) {
      const v = this.value(name);
      if (v) url.searchParams.set(name, v);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
  }

  private restoreState(): void {
    const params = new URL(location.href).searchParams;
    for (const name of ['from', 'to', 'track'] as const) {
      const v = params.get(name);
      const select = this.form.elements.namedItem(name) as HTMLSelectElement;
      if (v && [...select.options].some((o) => o.value === v)) select.value = v;
    }
    this.applyTrack();
    this.showPath();
  }

  private announce(message: string): void {
    this.querySelector('[data-announce]')!.textContent = message;
  }
}

customElements.define('jenjang-ladder', JenjangLadder);
