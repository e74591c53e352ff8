import { DEFAULT_DATE_LOCALE } from '../dates/index.js';
import type { LayoutOptions } from './types.js';
import { ENGLISH_LABEL_WORDS } from './label-words.js';

/** Every option of `layoutTimeline` that has a fixed default (`width`, `domain`, `lanes`, `issue` depend on the data). */
export type LayoutDefaults = Readonly<Required<Omit<LayoutOptions, 'width' | 'domain' | 'lanes' | 'issue' | 'axis'>>>;

/**
 * The defaults of `layoutTimeline`, with their units:
 * - `rowHeight` 22 px: one row of marks;
 * - `maxRows` 3: rows of individual marks per lane (plus one row for clusters);
 * - `stanceHeight` 10 px: the stance band at the bottom of each lane (0 hides it);
 * - `headerHeight` 0 px: a strip at the top of each lane kept free of marks (for an overlaid label);
 * - `minGapPx` 14 px: the closest two point marks' centres may be in one row;
 * - `markSize` 12 px: diameter of a point glyph, and the narrowest a range bar is drawn;
 * - `minSpanPx` 8 px: a month- or year-precision date narrower than this is drawn hollow;
 * - `marginPx` 0 px: extra width laid out on each side of the window;
 * - `clusterWidthPx` 40 px: width of the tiles a dense run of clusters is cut into;
 * - `locale` 'en-GB': BCP 47 tag of tick labels and the dates in accessible names;
 * - `words` `ENGLISH_LABEL_WORDS`: the words of the accessible names.
 *
 * Not listed because they depend on the data: `domain` (default: the data's extent, padded by
 * 5% on each side), `lanes` (every lane by `order`) and `issue` (the dataset's first issue).
 */
export const DEFAULT_LAYOUT_OPTIONS: LayoutDefaults = Object.freeze({
  rowHeight: 22,
  maxRows: 3,
  stanceHeight: 10,
  headerHeight: 0,
  minGapPx: 14,
  markSize: 12,
  minSpanPx: 8,
  marginPx: 0,
  clusterWidthPx: 40,
  locale: DEFAULT_DATE_LOCALE,
  words: ENGLISH_LABEL_WORDS,
});
