/**
 * <jenjang-ladder>: highlights paths, opens a details panel, finds the path between two roles,
 * filters by track, moves along the ladder by keyboard and keeps its state in the URL.
 * Progressive enhancement of the build-time SVG; everything it shows is also on the page without it.
 */
import { fillPlaceholders } from '../lib/placeholders';
import { careerPath, nextRoles, promotionLine, type PathRole, type PathStep } from '../lib/career-path';
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
      this.present();
    });
    (this.form.elements.namedItem('track') as HTMLSelectElement).addEventListener('change', () => {
      this.applyTrack();
      this.saveState();
    });
    this.querySelector('[data-panel-close]')!.addEventListener('click', () => this.close());
    // Escape closes the panel wherever focus is.
    this.ownerDocument.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.panel.hidden) this.close();
    });
    // Tab past the panel's last control goes on to the role after the one that opened it; Shift+Tab
    // before its first goes back to that role. Focus anywhere else closes it, so it never covers what has focus.
    this.panel.addEventListener('keydown', (event) => this.onPanelTab(event));
    this.ownerDocument.addEventListener('focusin', (event) => {
      if (!this.panel.hidden && !this.panel.contains(event.target as Node)) this.close(false);
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

  private close(refocus = true): void {
    if (this.panel.hidden) return;
    this.panel.hidden = true;
    if (refocus) this.opener?.focus();
  }

  private onPanelTab(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || !this.opener) return;
    const controls = [...this.panel.querySelectorAll<HTMLElement>('a[href], button')];
    const atEnd = !event.shiftKey && event.target === controls.at(-1);
    const atStart = event.shiftKey && (event.target === controls[0] || event.target === this.panel);
    if (!atEnd && !atStart) return;
    event.preventDefault();
    const nodes = [...this.nodes.values()];
    const next = atEnd ? nodes[nodes.indexOf(this.opener) + 1] : this.opener;
    this.close(false);
    (next ?? this.opener).focus();
  }

  private showPath(): void {
    const from = this.value('from');
    const to = this.value('to');
    const out = this.querySelector<HTMLElement>('[data-path-result]')!;
    if (!from) {
      this.path = null;
      out.replaceChildren();
      this.highlight(null);
      return;
    }
    const box = to ? this.pathAnswer(from, to) : this.nextAnswer(from);
    out.replaceChildren(box);
    this.highlight(null);
  }

  /** After "show": the answer comes into view and takes focus, on a phone as on a desktop. */
  private present(): void {
    const answer = this.querySelector<HTMLElement>('[data-path-result] > [tabindex]');
    if (!answer) return;
    answer.focus({ preventScroll: true });
    answer.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }

  /** The answer box: a heading that names the answer and takes focus. */
  private answerBox(heading: string): { box: HTMLElement; title: HTMLElement } {
    const box = Object.assign(document.createElement('section'), { className: 'mt-4 scroll-mt-4 rounded-xl border border-accent bg-card p-4', tabIndex: -1 });
    const title = Object.assign(document.createElement('h2'), { className: 'text-lg font-bold', textContent: heading, id: 'ladder-answer' });
    box.setAttribute('aria-labelledby', 'ladder-answer');
    box.append(title);
    return { box, title };
  }

  /** "What can I become next?": the roles one and two moves away, with what each takes and pays. */
  private nextAnswer(from: string): HTMLElement {
    const text = this.data.text;
    const current = this.roles.get(from)!;
    const next = nextRoles(this.graph, from);
    const { box } = this.answerBox(fillPlaceholders(text[next.length > 0 ? 'ladder.nextTitle' : 'ladder.nextNone']!, { role: current.title }));
    for (const moves of [1, 2]) {
      const group = next.filter((n) => n.moves === moves);
      if (group.length === 0) continue;
      const heading = Object.assign(document.createElement('h3'), { className: 'mt-4 font-bold', textContent: text[moves === 1 ? 'ladder.oneMove' : 'ladder.twoMoves']! });
      const list = Object.assign(document.createElement('ul'), { className: 'mt-2 grid gap-3 lg:grid-cols-2' });
      for (const n of group) list.append(this.roleItem(n.id, n.steps.at(-1)!, n.steps.flatMap((s) => s.skillGap), n.moves === 2 ? n.steps[0]!.to : undefined));
      box.append(heading, list);
    }
    this.path = new Set([from, ...next.map((n) => n.id)]);
    return box;
  }

  /** The path from one role to another: each step with its years, pay and the skills it adds, and the years in all. */
  private pathAnswer(from: string, to: string): HTMLElement {
    const text = this.data.text;
    const name = (id: string) => this.roles.get(id)!.title;
    const steps = careerPath(this.graph, from, to);
    if (steps === null || steps.length === 0) {
      this.path = null;
      return this.answerBox(steps === null ? fillPlaceholders(text['ladder.pathNone']!, { from: name(from), to: name(to) }) : text['ladder.pathSame']!).box;
    }
    const { box } = this.answerBox(fillPlaceholders(text['ladder.pathTitle']!, { from: name(from), to: name(to), n: steps.length }));
    const list = Object.assign(document.createElement('ol'), { className: 'mt-3 space-y-3' });
    for (const step of steps) list.append(this.roleItem(step.to, step, step.skillGap));
    const target = this.roles.get(to)!;
    // Years are what people in a role have in all, not time to add up step by step: the target's are the total.
    const total = Object.assign(document.createElement('p'), {
      className: 'mt-3 text-sm font-semibold',
      textContent:
        target.experience.length > 0
          ? fillPlaceholders(text['ladder.yearsTotal']!, { role: target.title, years: target.experience.join('; ') })
          : fillPlaceholders(text['ladder.yearsNone']!, { role: target.title }),
    });
    box.append(list, total);
    this.path = new Set([from, ...steps.map((s) => s.to)]);
    return box;
  }

  /** One role of an answer: its link, level and kind of move, years, pay, the skills it adds and the certifications that help. */
  private roleItem(id: string, step: PathStep, gap: string[], via?: string): HTMLElement {
    const text = this.data.text;
    const role = this.roles.get(id)!;
    const item = Object.assign(document.createElement('li'), { className: 'rounded-lg border border-line p-3' });
    const link = Object.assign(document.createElement('a'), { href: role.href, textContent: role.title, className: 'font-semibold' });
    const kind = text[step.kind === 'promotion' ? 'ladder.stepPromotion' : 'ladder.stepLateral']!;
    const about = Object.assign(document.createElement('span'), {
      className: 'ml-2 text-sm text-muted',
      textContent: `${role.level} · ${kind}${via ? ` · ${fillPlaceholders(text['ladder.via']!, { role: this.roles.get(via)!.title })}` : ''}`,
    });
    const line = (label: string, values: string[]) =>
      Object.assign(document.createElement('p'), { className: 'mt-1 text-sm', textContent: `${label}: ${values.length > 0 ? values.join('; ') : text['fact.notReported']}` });
    item.append(
      link,
      about,
      line(text['ladder.years']!, role.experience),
      line(text['role.salary']!, role.salary),
      Object.assign(document.createElement('p'), { className: 'mt-1 text-sm', textContent: `${text['ladder.skillGap']}: ${gap.length > 0 ? gap.map((s) => this.data.skills[s]).join(', ') : text['ladder.noGap']}` }),
      ...(role.certifications.length > 0 ? [line(text['ladder.certifications']!, role.certifications)] : []),
    );
    return item;
  }

  private applyTrack(): void {
    const track = this.value('track');
    for (const [id, node] of this.nodes) node.classList.toggle('is-filtered', track !== '' && this.roles.get(id)!.track !== track);
    for (const item of this.ownerDocument.querySelectorAll<HTMLElement>('[data-list-role]')) {
      item.hidden = track !== '' && item.dataset.track !== track;
    }
    // A level with no role on the chosen track goes, heading and all.
    for (const level of this.ownerDocument.querySelectorAll<HTMLElement>('[data-list-level]')) {
      level.hidden = [...level.querySelectorAll<HTMLElement>('[data-list-role]')].every((item) => item.hidden);
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
