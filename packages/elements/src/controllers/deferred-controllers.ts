/**
 * The controllers a first paint of the plot does not run (the arrow-key moves, a pill's list, the
 * overview's brush, the wheel hint), as one lazy chunk (~4 KiB gzip with their styles), asked for
 * right after the first paint (the brush draws its selection when it lands; see
 * lazy-overview-brush.ts), or at the first key move or pill opened before that (see lazy-chunk.ts).
 */
import { chunkStyles } from '../chunk-styles.js';
import pillListCss from './pill-list.css?inline';
import wheelHintCss from './wheel-hint.css?inline';

export { PlotNavigator } from './plot-navigator.js';
export { PillListController } from './pill-list-controller.js';
export { renderPillList } from '../templates/render-pill-list.js';
export { OverviewBrushController } from './overview-brush-controller.js';
export { WheelHintController, zoomModifierKey } from './wheel-hint-controller.js';
export { renderWheelHint } from '../templates/render-wheel-hint.js';
/** The styles of a pill's list and of the wheel hint, added to the element when the chunk arrives. */
export const styles = chunkStyles(pillListCss + wheelHintCss);
