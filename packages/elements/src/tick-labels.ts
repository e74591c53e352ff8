import { estimateTickLabelWidth, placeTickLabels, type TickLabelPlace, type TimelineLayout } from '@syria-timeline/core';
import { canvasFont } from './canvas-labels.js';
import { TextWidths } from './text-widths.js';

/** The size and weights the CSS gives the axis' labels (`[part='axis'] text`, `.major text`); they inherit the rest of their font. */
const TICK_SIZE = '12px';
const MINOR_WEIGHT = '400';
const MAJOR_WEIGHT = '600';

/**
 * Which tick labels the axis writes, and where: core's `placeTickLabels`, with each label's width
 * measured in the font it is drawn in (`measureText`, memoised per font and text). A width guessed
 * from the number of characters is kept as the least room a label takes, so that the axis is as
 * sparse as before in Latin scripts; the measure makes sure no label takes less room than its text
 * (Arabic's bold 'أغسطس 2013' is ~9 px a character, past the guess's 8, and ran into the next label).
 * Recomputed only for new ticks, breaks, width or font; the plot's axis and its sticky copy share it.
 */
export class TickLabels {
  /**
   * @param inherited the element whose font style and family the axis inherits (the plot's box);
   *   when it is not in the document, the widths are the guess alone
   */
  constructor(private readonly inherited: () => Element | null) {}

  private readonly minor = new TextWidths(2_000);
  private readonly major = new TextWidths(2_000);
  private last: { inputs: unknown[]; placed: ReadonlyMap<string, TickLabelPlace> } | null = null;

  private readonly measure = (text: string, major: boolean): number => {
    const measured = (major ? this.major : this.minor).width(text);
    const guess = estimateTickLabelWidth(text, major);
    return measured === undefined ? guess : Math.max(guess, Math.ceil(measured));
  };

  placed(layout: Pick<TimelineLayout, 'ticks' | 'breaks' | 'width'>): ReadonlyMap<string, TickLabelPlace> {
    const parent = this.inherited();
    const style = parent?.isConnected ? getComputedStyle(parent) : null;
    const font = style ? canvasFont(style, MINOR_WEIGHT, TICK_SIZE) : '';
    const inputs = [layout.ticks, layout.breaks, layout.width, font];
    if (this.last && inputs.every((v, i) => v === this.last!.inputs[i])) return this.last.placed;
    if (style) {
      this.minor.setFont(font);
      this.major.setFont(canvasFont(style, MAJOR_WEIGHT, TICK_SIZE));
    }
    const placed = placeTickLabels(layout.ticks, layout.width, layout.breaks, style ? this.measure : estimateTickLabelWidth);
    this.last = { inputs, placed };
    return placed;
  }
}
