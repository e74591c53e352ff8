/** The forced-colours stylesheet as a lazy chunk (see forced-colors-chunk.ts). */
import { chunkStyles } from './chunk-styles.js';
import css from './forced-colors.css?inline';

export const styles = chunkStyles(css);
