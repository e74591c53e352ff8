/**
 * The controllers a first paint of the plot does not run (the arrow-key moves, a pill's list, the
 * overview's brush),
 * as one lazy chunk, imported when the browser is idle after the first paint or at the first key
 * move or pill opened before that (see lazy-chunk.ts).
 */
import { chunkStyles } from '../chunk-styles.js';
import css from './pill-list.css?inline';

export { PlotNavigator } from './plot-navigator.js';
export { PillListController } from './pill-list-controller.js';
export { renderPillList } from '../templates/render-pill-list.js';
export { OverviewBrushController } from './overview-brush-controller.js';
/** A pill's list's stylesheet (pill-list.css), added to the element when the chunk arrives. */
export const styles = chunkStyles(css);
