import { placeLabels, type TimelineLayout } from '@syria-timeline/core';
import { canvasFont, type CanvasLabel } from './canvas-labels.js';
import { roundPx } from './round-px.js';
import { TextWidths } from './text-widths.js';

/** The weight and size `canvas.titles` sets in the CSS; it inherits the rest of its font. */
const TITLE_WEIGHT = '400';
const TITLE_SIZE = '11px';
/** The font of titles on the plot when nothing is styled yet (no canvas, no element to inherit from). */
const DEFAULT_TITLE_FONT = `${TITLE_WEIGHT} ${TITLE_SIZE} system-ui, sans-serif`;

export interface TitleInputs {
  layout: TimelineLayout;
  selectedId: string | null;
  focusedKey: string | null;
  headerHeight: number;
  markSize: number;
  /** Direction of the element's text (for titles with no strong character of their own). */
  direction: 'ltr' | 'rtl';
  /** The canvas the titles are drawn on, once rendered: its computed font is the one measured. */
  canvas: HTMLCanvasElement | null;
}

/**
 * The titles on the plot: `placeLabels` (core) with widths measured in the font the titles
 * canvas draws in (`measureText`, memoised per font and text), as labels for `canvasLabels`.
 * Recomputed only when the layout, selection, focus or font changed (a hover re-renders the plot
 * without moving a title).
 */
export class TitleLabels {
  /**
   * @param inherited the element whose font style and family the titles canvas inherits, read
   *   before the canvas exists (a first drawing): the titles are then measured in the font they
   *   are drawn in, not placed a second time once the canvas is there
   */
  constructor(private readonly inherited: () => Element | null = () => null) {}

  private readonly widths = new TextWidths();
  private last: { inputs: unknown[]; labels: CanvasLabel[] } | null = null;

  private readonly measure = (text: string): number => this.widths.width(text) ?? text.length * 6;

  labels(p: TitleInputs): readonly CanvasLabel[] {
    const font = fontOf(p.canvas, this.inherited);
    const inputs = [p.layout, p.selectedId, p.focusedKey, font, p.direction, p.headerHeight];
    if (this.last && inputs.every((v, i) => v === this.last!.inputs[i])) return this.last.labels;
    this.widths.setFont(font);
    const placed = placeLabels(p.layout, {
      width: p.layout.width, markSize: p.markSize, lanes: p.layout.lanes, headerHeight: p.headerHeight,
      selectedId: p.selectedId, focusedKey: p.focusedKey, direction: p.direction,
      // A title never runs onto the folded time of a break (nor over its label).
      obstacles: p.layout.breaks.map((b) => ({ x0: b.x, x1: b.x2, y0: 0, y1: p.layout.height })),
      measure: this.measure,
    });
    const labels = placed.map((l): CanvasLabel => ({
      x: roundPx(l.direction === 'ltr' ? l.x0 : l.x1), y: roundPx(l.y), text: l.text, direction: l.direction,
    }));
    this.last = { inputs, labels };
    return labels;
  }
}

/**
 * The canvas's font as a canvas `font` string; before the canvas is there, the font it will have
 * unless the page styles it (`::part(titles)`): the CSS's weight and size in the style and family of
 * the element it inherits from (the same string its computed style then gives).
 */
function fontOf(canvas: HTMLCanvasElement | null, inherited: () => Element | null): string {
  if (canvas?.isConnected) return canvasFont(getComputedStyle(canvas));
  const parent = inherited();
  return parent?.isConnected ? canvasFont(getComputedStyle(parent), TITLE_WEIGHT, TITLE_SIZE) : DEFAULT_TITLE_FONT;
}
