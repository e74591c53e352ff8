/**
 * The panels a reader opens (an event's details, a stance observation's, a side's card), as one
 * lazy chunk (~2.5 KiB gzip with their styles): the first paint of the plot draws none of them.
 * See lazy-panels.ts.
 */
import { chunkStyles } from '../chunk-styles.js';
import css from './panels.css?inline';

export { renderDetails } from './render-details.js';
export { renderStanceDetails } from './render-stance-details.js';
export { relationLine, renderSideCard } from './render-side-card.js';
/** The story steps: they open the details of the previous/next event (see controllers/lazy-story.ts). */
export { StoryController } from '../controllers/story-controller.js';
/** The panels' stylesheet (panels.css), added to the element when the chunk arrives. */
export const styles = chunkStyles(css);
