/**
 * The panels a reader opens (an event's details, a stance observation's, a side's card), as one
 * lazy chunk (~2 KiB gzip): the first paint of the plot draws none of them. See lazy-panels.ts.
 */
export { renderDetails } from './render-details.js';
export { renderStanceDetails } from './render-stance-details.js';
export { relationLine, renderSideCard } from './render-side-card.js';
