import { unsafeCSS } from 'lit';
import styles from './syria-timeline.css?inline';

/** The element's stylesheet (syria-timeline.css): minified by the build like any stylesheet. */
export const timelineStyles = unsafeCSS(styles);
