/**
 * The controllers a first paint of the plot does not run (the arrow-key moves, a pill's list),
 * as one lazy chunk, imported when the browser is idle after the first paint or at the first key
 * move or pill opened before that (see lazy-chunk.ts).
 */
export { PlotNavigator } from './plot-navigator.js';
export { PillListController } from './pill-list-controller.js';
export { renderPillList } from '../templates/render-pill-list.js';
