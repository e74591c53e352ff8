/**
 * Text widths in one canvas font (`measureText` on a canvas of its own), memoised per text: a zoom
 * step places a few hundred texts, most of them placed on the step before. Past `limit` texts the
 * memory starts again.
 */
export class TextWidths {
  private context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null | undefined;
  private font = '';
  private readonly widths = new Map<string, number>();

  constructor(private readonly limit = 8_000) {}

  /** Measures in `font` (a canvas `font` string) from now on; a new font forgets the widths measured in the last one. */
  setFont(font: string): void {
    if (font === this.font) return;
    this.font = font;
    this.widths.clear();
    this.context ??= typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(1, 1).getContext('2d')
      : document.createElement('canvas').getContext('2d');
    if (this.context) this.context.font = font;
  }

  /** `text`'s width in px in the font set last; undefined with no font set or no canvas to measure on. */
  width(text: string): number | undefined {
    let w = this.widths.get(text);
    if (w === undefined) {
      if (!this.context || this.font === '') return undefined;
      if (this.widths.size > this.limit) this.widths.clear();
      w = this.context.measureText(text).width;
      this.widths.set(text, w);
    }
    return w;
  }
}
