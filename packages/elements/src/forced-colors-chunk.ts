import { chunk, type LazyChunks } from './lazy-chunk.js';

/** The forced-colours rules (forced-colors.css, ~0.5 KiB gzip): only a page under forced colours downloads them. */
const forcedColorsChunk = chunk(() => import('./forced-colors-styles.js'));

let query: MediaQueryList | null | undefined;

/**
 * Under forced colours (Windows High Contrast), asks `lazy` for the forced-colours stylesheet: the
 * host's update waits for it (`LazyChunks.loading`) and it is added to the shadow root before the
 * template that needs it is rendered. Call at the start of each render: a change to forced colours
 * while the page is open updates the host (MediaChangeController), and lands here.
 */
export function needForcedColors(lazy: LazyChunks): void {
  if (!forcedColorsChunk.module) {
    query ??= typeof matchMedia === 'function' ? matchMedia('(forced-colors: active)') : null;
    if (!query?.matches) return;
  }
  lazy.need(forcedColorsChunk);
}
