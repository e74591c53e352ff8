import type { SyriaTimeline } from '../syria-timeline-element.js';
import { canvasLabelsOf } from '../canvas-labels.js';

export interface HarnessMark {
  /** The accessible name: title, date (and how it was determined), lanes. */
  label: string;
  /** The glyph: 'circle', 'square', 'diamond', … (one per event type). */
  shape: string;
  /** How the date is drawn: 'point', 'range', 'span' or 'hollow'. */
  kind: string;
  eventId: string;
  lane: string;
  pressed: boolean;
}

export interface HarnessDetails {
  title: string;
  /** The text of each quote, as shown (with its source line). */
  quotes: string[];
  /** Every link's href in the panel. */
  links: string[];
  text: string;
}

export interface HarnessOptions {
  /**
   * Presses a key on the focused element. Default: dispatches a `keydown` there. Tests in a real
   * browser pass one that uses real key presses (vitest's `userEvent.keyboard`).
   */
  press?: (key: string) => Promise<void>;
}

/**
 * Drives a `<syria-timeline>` in the words of its users: lanes by label, marks by accessible name,
 * keys, zoom, the details panel. Tests read better through it and survive markup changes.
 */
export class TimelineHarness {
  constructor(
    readonly element: SyriaTimeline,
    private readonly options: HarnessOptions = {},
  ) {}

  private get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error('syria-timeline has no shadow root (is it defined and connected?)');
    return root;
  }

  /** Waits until the element has drawn its lanes, or an error panel, and has no update pending. */
  async ready(): Promise<this> {
    for (let i = 0; i < 120; i++) {
      const settled = await this.element.updateComplete;
      const drawn = this.root.querySelector('[part~="lane"], [part="error"]');
      if (settled && drawn) return this;
      await nextFrame();
    }
    throw new Error('syria-timeline did not render lanes or an error within 120 frames');
  }

  /** Waits for pending updates and one frame (for work scheduled by resize or zoom). */
  async settle(): Promise<void> {
    await nextFrame();
    for (let i = 0; i < 5 && !(await this.element.updateComplete); i++);
  }

  /** Lane labels, top to bottom. */
  lanes(): string[] {
    return [...this.root.querySelectorAll('.labels [part~="lane-label"]')].map((n) => n.textContent?.trim() ?? '');
  }

  /** Event marks, in document order; `lane` is a lane label or id. */
  marks(lane?: string): HarnessMark[] {
    const laneId = lane === undefined ? undefined : this.laneId(lane);
    const groups = [...this.root.querySelectorAll<SVGGElement>('g.lane-marks')].filter(
      (g) => laneId === undefined || g.dataset['lane'] === laneId,
    );
    return groups.flatMap((g) =>
      [...g.querySelectorAll<SVGGElement>('[part~="mark"]')].map((m) => ({
        label: m.getAttribute('aria-label') ?? '',
        shape: /\bglyph-([a-z-]+)/.exec(m.getAttribute('class') ?? '')?.[1] ?? '',
        kind: /\b(point|range|span|hollow)\b/.exec(m.getAttribute('class') ?? '')?.[1] ?? '',
        eventId: (m.dataset['key'] ?? '').split('@')[0] ?? '',
        lane: g.dataset['lane'] ?? '',
        pressed: m.getAttribute('aria-pressed') === 'true',
      })),
    );
  }

  /** Cluster pills: accessible name and count. */
  clusters(): { label: string; count: number }[] {
    return [...this.root.querySelectorAll<SVGGElement>('[part~="cluster"]')].map((c) => ({
      label: c.getAttribute('aria-label') ?? '',
      count: Number(c.dataset['count']),
    }));
  }

  /**
   * The cluster counts drawn on the plot's canvas: text, and centre in viewport px; `ink` is how
   * many canvas pixels within 6 px of that centre are painted (0 when nothing was drawn there),
   * `colour` the sRGB of the most opaque of them (the text's own colour).
   */
  clusterCounts(): { text: string; x: number; y: number; ink: number; colour: [number, number, number] }[] {
    // The counts are drawn on the titles' canvas, in the look of the hidden `canvas.counts`.
    const counts = this.root.querySelector<HTMLCanvasElement>('canvas.counts');
    const canvas = this.root.querySelector<HTMLCanvasElement>('canvas.titles');
    if (!counts || !canvas) return [];
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    const context = canvas.getContext('2d');
    return canvasLabelsOf(counts).map((l) => {
      const r = Math.round(6 * ratio);
      const cx = Math.round(l.x * ratio);
      const cy = Math.round(l.y * ratio);
      const pixels = context?.getImageData(cx - r, cy - r, 2 * r, 2 * r).data ?? new Uint8ClampedArray();
      let ink = 0;
      let best = 3;
      for (let i = 3; i < pixels.length; i += 4) {
        if (pixels[i]! > 0) ink++;
        if (pixels[i]! > pixels[best]!) best = i;
      }
      const colour: [number, number, number] = [pixels[best - 3] ?? 0, pixels[best - 2] ?? 0, pixels[best - 1] ?? 0];
      return { text: l.text, x: box.left + l.x, y: box.top + l.y, ink, colour };
    });
  }

  /** Axis labels, left to right. */
  ticks(): string[] {
    return [...this.root.querySelectorAll('[part="axis"] text')].map((t) => t.textContent ?? '');
  }

  /** How many marks and clusters are in the tab order (the roving tab stop makes it one; the stance observations have their own). */
  tabStops(): number {
    return this.root.querySelectorAll('svg.main .proxies [tabindex="0"]').length;
  }

  /** The stance observations' discs: name, whether pressed (open in the details), whether holding their tab stop. */
  stancePoints(): { label: string; pressed: boolean; tabStop: boolean; node: SVGGElement }[] {
    return [...this.root.querySelectorAll<SVGGElement>('svg.main .stance-point')].map((node) => ({
      label: node.getAttribute('aria-label') ?? '', pressed: node.getAttribute('aria-pressed') === 'true',
      tabStop: node.getAttribute('tabindex') === '0', node,
    }));
  }

  /** Focuses the plot's single tab stop, as Tab would. */
  async focusFirstMark(): Promise<void> {
    const stop = this.root.querySelector<SVGGElement>('svg.main .proxies [tabindex="0"]');
    if (!stop) throw new Error('no mark holds the tab stop');
    stop.focus();
    await this.settle();
  }

  async pressKey(key: string): Promise<void> {
    if (this.options.press) await this.options.press(key);
    else {
      const target = this.root.activeElement ?? this.root.querySelector('svg.main [tabindex="0"]');
      target?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    }
    await this.settle();
  }

  /** The accessible name of the focused mark or cluster, or null when focus is elsewhere. */
  activeMarkLabel(): string | null {
    const active = this.root.activeElement;
    return active?.closest('[data-key]') ? active.getAttribute('aria-label') : null;
  }

  async zoomIn(): Promise<void> {
    await this.clickButton('Zoom in');
  }

  async zoomOut(): Promise<void> {
    await this.clickButton('Zoom out');
  }

  /**
   * Turns the mouse wheel over the plot at `fraction` of its width (negative `deltaY` zooms in),
   * holding Ctrl unless `zoomKey` is false (a plain wheel scrolls the page, unless `wheel-zoom`).
   */
  async wheel(deltaY: number, fraction = 0.5, zoomKey = true): Promise<void> {
    const svg = this.root.querySelector<SVGSVGElement>('svg.main');
    if (!svg) throw new Error('no plot to wheel over');
    const box = svg.getBoundingClientRect();
    svg.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY, deltaMode: 0, ctrlKey: zoomKey, clientX: box.left + box.width * fraction, clientY: box.top + 40,
        bubbles: true, cancelable: true, composed: true, view: window,
      }),
    );
    await this.settle();
  }

  /** The window shown. */
  visibleRange(): { start: Date; end: Date } {
    const range = this.element.visibleRange;
    if (!range) throw new Error('the timeline has no visible range yet');
    return range;
  }

  /**
   * Where the mark or cluster whose accessible name contains `text` is drawn, in viewport px (its
   * centre). Marks are painted in batches and their focusable proxies have no geometry, except the
   * one holding the tab stop, which sits on its mark: so this moves the tab stop there (without
   * focusing it) to read the position.
   */
  async markCentre(text: string, lane?: string): Promise<{ x: number; y: number }> {
    const proxy = this.proxy(text, lane === undefined ? undefined : this.laneId(lane));
    const key = proxy.getAttribute('data-key');
    if (proxy.getAttribute('tabindex') !== '0') {
      proxy.focus();
      await this.settle();
      proxy.blur();
      await this.settle();
    }
    const moved = [...this.root.querySelectorAll('[data-key]')].find((n) => n.getAttribute('data-key') === key);
    if (!moved) throw new Error(`the mark labelled with ${JSON.stringify(text)} left the view`);
    // Into the viewport, so that hit testing (elementFromPoint) can see it.
    moved.scrollIntoView({ block: 'center', inline: 'center' });
    const box = moved.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }

  /** Moves the mouse over the mark whose accessible name contains `text`. */
  async hover(text: string): Promise<void> {
    const { x, y } = await this.markCentre(text);
    this.pointer('pointermove', x, y);
    await this.settle();
  }

  /** Clicks the plot at the mark whose accessible name contains `text`, as a mouse would. */
  async clickAt(text: string): Promise<void> {
    const { x, y } = await this.markCentre(text);
    this.pointer('click', x, y);
    await this.settle();
  }

  private pointer(type: 'pointermove' | 'click', x: number, y: number): void {
    const target = this.root.elementFromPoint(x, y) ?? this.root.querySelector('svg.main');
    const init = { clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true, view: window };
    target?.dispatchEvent(type === 'click' ? new MouseEvent('click', init) : new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
  }

  /** The proxy of the mark (or cluster) whose accessible name contains `text`, in lane `laneId` if given. */
  private proxy(text: string, laneId?: string): SVGElement {
    const proxy = [...this.root.querySelectorAll<SVGElement>('[part~="mark"], [part~="cluster"]')].find((m) =>
      (m.getAttribute('aria-label') ?? '').includes(text) &&
      (laneId === undefined || m.closest<SVGGElement>('g.lane-marks')?.dataset['lane'] === laneId),
    );
    if (!proxy) throw new Error(`no mark labelled with ${JSON.stringify(text)}`);
    return proxy;
  }

  /**
   * The painted element (a lane's batched glyph, bar or pill path) on top at viewport point
   * (`x`, `y`), and the lane it belongs to; null where no mark is painted.
   */
  paintAt(x: number, y: number): { lane: string; className: string } | null {
    const el = this.root.elementFromPoint(x, y);
    const lane = el?.closest<SVGGElement>('g.lane-marks');
    if (!el || !lane || !el.closest('.paint')) return null;
    return { lane: lane.dataset['lane'] ?? '', className: el.getAttribute('class') ?? '' };
  }

  /** Clicks the mark whose accessible name contains `text` (on its proxy, as assistive technology does). */
  async clickMark(text: string): Promise<void> {
    this.proxy(text).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await this.settle();
  }

  /** The details panel, or null when closed. */
  details(): HarnessDetails | null {
    const panel = this.root.querySelector<HTMLElement>('[part="details"]');
    if (!panel) return null;
    return {
      title: panel.querySelector('h2')?.textContent?.trim() ?? '',
      quotes: [...panel.querySelectorAll('[part="quote"]')].map((q) => q.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
      links: [...panel.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      text: panel.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    };
  }

  /** Presses the details panel's 'Previous event' or 'Next event' button (as a pointer would). */
  async storyStep(which: 'previous' | 'next'): Promise<void> {
    const buttons = this.root.querySelectorAll<HTMLButtonElement>('[part="details"] .story-step');
    const button = buttons[which === 'previous' ? 0 : 1];
    if (!button) throw new Error('the details panel has no previous/next buttons (is an event selected?)');
    button.click();
    await this.settle();
  }

  /** The details panel's place in the story ('3 of 38'), or null when closed. */
  storyPosition(): string | null {
    return this.root.querySelector('[part="details"] .story-position')?.textContent?.trim() ?? null;
  }

  /** What the polite live region said when the details last opened ('Details: …'). */
  announcement(): string {
    return this.root.querySelector('.announce')?.textContent?.trim() ?? '';
  }

  /** The error panel's text, or null when there is none. */
  errorText(): string | null {
    return this.root.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  }

  tooltipText(): string | null {
    return this.root.querySelector('[part="tooltip"]')?.textContent ?? null;
  }

  /** The polite live summary ('Showing 12 events, …'). */
  liveSummary(): string {
    return this.root.querySelector('[aria-live]')?.textContent?.trim() ?? '';
  }

  private async clickButton(name: string): Promise<void> {
    const button = [...this.root.querySelectorAll<HTMLButtonElement>('[part="toolbar"] button')].find(
      // The name: aria-label, else the button's text without what is hidden from assistive technology.
      (b) => (b.getAttribute('aria-label') ?? b.querySelector('.visually-hidden')?.textContent ?? b.textContent)?.trim() === name,
    );
    if (!button) throw new Error(`no toolbar button ${JSON.stringify(name)}`);
    button.click();
    await this.settle();
  }

  private laneId(lane: string): string {
    const label = [...this.root.querySelectorAll<HTMLElement>('.labels [part~="lane-label"]')].find(
      (n) => n.dataset['lane'] === lane || n.textContent?.trim() === lane,
    );
    return label?.dataset['lane'] ?? lane;
  }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
