import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * A short text drawn centred on (x, y), in px of the canvas's CSS box; with `direction`, it starts
 * at x instead (its left edge for 'ltr', its right edge for 'rtl') and reads in that direction.
 */
export interface CanvasLabel {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly direction?: 'ltr' | 'rtl';
}

/** The halo's stroke width, px: half of it lies outside the glyphs' outline (the SVG export writes the same). */
const HALO_WIDTH = 3;

const drawn = new WeakMap<Element, readonly CanvasLabel[]>();

/** What `canvasLabels` last drew on `canvas` (the SVG export writes these as text). */
export function canvasLabelsOf(canvas: Element): readonly CanvasLabel[] {
  return drawn.get(canvas) ?? [];
}

function sameLabels(a: readonly CanvasLabel[], b: readonly CanvasLabel[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    const q = b[i]!;
    if (p.x !== q.x || p.y !== q.y || p.text !== q.text || p.direction !== q.direction) return false;
  }
  return true;
}

/**
 * More labels drawn over the canvas's own, in the colour, font and halo of another element
 * (`styleOf`: a selector, matched among the canvas's siblings), which gets their `canvasLabelsOf`
 * and the canvas's CSS size. That element draws nothing itself (the cluster counts' `canvas.counts`
 * is `visibility: hidden` and only carries `::part(counts)`): one canvas where there were two,
 * since each canvas changed on a zoom step costs its own flush, copy and compositing (at 10,000
 * events the second canvas cost ~2 ms of the main thread's CPU a step).
 */
export interface CanvasLabelsOver {
  readonly labels: readonly CanvasLabel[];
  readonly styleOf: string;
}

/** A label set's look: colour, font and halo, read from an element's computed style. */
interface LabelLook {
  readonly color: string;
  readonly font: string;
  readonly halo: string;
}

function lookOf(element: Element): LabelLook {
  const style = getComputedStyle(element);
  return { color: style.color, font: canvasFont(style), halo: style.getPropertyValue('--label-halo').trim() };
}

/**
 * Draws labels on the `<canvas>` it is bound to, in the canvas's own CSS `color` and font (so
 * themes and forced colours apply as to text), sharp at the device pixel ratio. When the canvas
 * sets `--label-halo` (a colour), each text first gets a halo of that colour 1.5 px wide (its
 * outline stroked 3 px wide with round joins), so that it stays legible over lines it crosses.
 * `over` adds a second set drawn on top, styled by another element (see `CanvasLabelsOver`). The
 * context's direction and alignment are written only when a label differs from the one before.
 *
 * Why not SVG `<text>`: the cluster counts are up to a few hundred texts that all move on every
 * zoom step, and each moved SVG text is laid out again: at 100,000 events they cost about half
 * of a zoom step (layout and paint), where drawing them here costs a fraction of a millisecond.
 * The canvas is decorative (`aria-hidden`): each cluster's count is in its proxy's name.
 *
 * Usage: `html\`<canvas ${canvasLabels(labels, width, height, devicePixelRatio)}></canvas>\``. Redraws only
 * when the labels, the size, the pixel ratio, the colour or the font changed.
 */
class CanvasLabelsDirective extends Directive {
  private labels: readonly CanvasLabel[] = [];
  private overLabels: readonly CanvasLabel[] = [];
  private look = '';

  render(_labels: readonly CanvasLabel[], _width: number, _height: number, _pixelRatio: number, _over?: CanvasLabelsOver): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [labels, width, height, pixelRatio, over]: [readonly CanvasLabel[], number, number, number, CanvasLabelsOver?]): typeof noChange {
    const canvas = part.element as HTMLCanvasElement;
    // On a first render Lit fills the template before inserting it, and a canvas outside the
    // document has no computed colour or font yet: draw once it is in (in the same task).
    if (canvas.isConnected) this.draw(canvas, labels, width, height, pixelRatio, over);
    else queueMicrotask(() => this.draw(canvas, labels, width, height, pixelRatio, over));
    return noChange;
  }

  private draw(canvas: HTMLCanvasElement, labels: readonly CanvasLabel[], width: number, height: number, pixelRatio: number, over?: CanvasLabelsOver): void {
    const ratio = pixelRatio > 0 ? pixelRatio : 1;
    const overLabels = over?.labels ?? NONE;
    const overElement = over ? canvas.parentNode?.querySelector<HTMLElement>(over.styleOf) ?? null : null;
    if (overElement) drawn.set(overElement, overLabels);
    if (labels.length === 0 && overLabels.length === 0 && this.look === '') {
      // Nothing to draw, nothing drawn yet: its box only. Reading the computed style would restyle
      // the whole new tree in this task (the first drawing of large data leaves its text for later).
      this.labels = labels;
      this.overLabels = overLabels;
      drawn.set(canvas, labels);
      sizeBox(canvas, width, height);
      if (overElement) sizeBox(overElement, width, height);
      return;
    }
    const own = lookOf(canvas);
    const second = overElement ? lookOf(overElement) : null;
    const look = `${width} ${height} ${ratio} ${own.color} ${own.font} ${own.halo}${second ? ` ${second.color} ${second.font} ${second.halo}` : ''}`;
    if (look === this.look && sameLabels(labels, this.labels) && sameLabels(overLabels, this.overLabels)) return;
    this.labels = labels;
    this.overLabels = overLabels;
    drawn.set(canvas, labels);
    const w = Math.max(1, Math.round(width * ratio));
    const h = Math.max(1, Math.round(height * ratio));
    const context = canvas.getContext('2d');
    if (!context) return;
    // Resizing clears the canvas and resets the context's state: set both only when needed.
    if (canvas.width !== w || canvas.height !== h || look !== this.look) {
      canvas.width = w;
      canvas.height = h;
      sizeBox(canvas, width, height);
      if (overElement) sizeBox(overElement, width, height);
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.textBaseline = 'middle';
      context.lineWidth = HALO_WIDTH;
      context.lineJoin = 'round';
    } else context.clearRect(0, 0, width, height);
    this.look = look;
    drawSet(context, labels, own);
    if (second && overLabels.length > 0) drawSet(context, overLabels, second);
  }
}

const NONE: readonly CanvasLabel[] = [];

/** Sets an element's CSS box to the canvas's size (written only when it differs). */
function sizeBox(element: HTMLElement, width: number, height: number): void {
  const w = `${width}px`;
  const h = `${height}px`;
  if (element.style.width !== w) element.style.width = w;
  if (element.style.height !== h) element.style.height = h;
}

/**
 * One set of labels in its look: all halos first, then all texts, so a halo never covers a
 * neighbour's text. One stroke per label, where the halo used to be the text filled at eight
 * 1.5 px offsets (nine calls per title): at 150 titles a frame cost 9 ms of the main thread's CPU
 * that way and 3.7 ms this way, and less in the renderer's other threads too (Chromium, software raster).
 */
function drawSet(context: CanvasRenderingContext2D, labels: readonly CanvasLabel[], look: LabelLook): void {
  if (labels.length === 0) return;
  context.font = look.font;
  context.fillStyle = look.color;
  if (look.halo) {
    context.strokeStyle = look.halo;
    eachLabel(context, labels, (l) => context.strokeText(l.text, l.x, l.y));
  }
  eachLabel(context, labels, (l) => context.fillText(l.text, l.x, l.y));
}

/** Calls `draw` for each label with the context's direction and alignment set for it (written only when they change). */
function eachLabel(context: CanvasRenderingContext2D, labels: readonly CanvasLabel[], draw: (l: CanvasLabel) => void): void {
  let direction: CanvasDirection | null = null;
  for (const l of labels) {
    const d = l.direction ?? 'ltr';
    if (d !== direction) {
      direction = d;
      context.direction = d;
    }
    const align = l.direction ? 'start' : 'center';
    if (context.textAlign !== align) context.textAlign = align;
    draw(l);
  }
}

export const canvasLabels = directive(CanvasLabelsDirective);

/**
 * A computed style's font as a canvas `font` string (style, weight, size, family); `weight` and
 * `size` given stand in for the style's own (a canvas's font read from the element it will inherit from).
 */
export function canvasFont(style: CSSStyleDeclaration, weight = style.fontWeight, size = style.fontSize): string {
  return `${style.fontStyle} ${weight} ${size} ${style.fontFamily}`;
}
