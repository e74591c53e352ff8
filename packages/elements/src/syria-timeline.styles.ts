import { css, unsafeCSS } from 'lit';
import styles from './syria-timeline.css?inline';

/** The dark theme's tokens: applied by `theme="dark"`, and by `theme="auto"` under a dark colour scheme. */
const darkTokens = css`
  --_bg: var(--syria-timeline-bg, #16181d);
  --_fg: var(--syria-timeline-fg, #e8eaed);
  --_muted: var(--syria-timeline-muted, #aab0ba);
  --_grid: var(--syria-timeline-grid, #30343b);
  --_lane-alt: var(--syria-timeline-lane-alt, #1d2026);
  --_focus: var(--syria-timeline-focus, #8ab4f8);
  --_panel: var(--syria-timeline-panel-bg, #22252b);
  --_supports: var(--syria-timeline-supports-color, #3cc7bd);
  --_opposes: var(--syria-timeline-opposes-color, #e57ad6);
  --_neutral: var(--syria-timeline-neutral-color, #9aa0a8);
  --_lane-lift: var(--syria-timeline-dark-lane-lift, 22%);
  --_faint: 0.72;
`;

/**
 * The element's stylesheet (syria-timeline.css, minified by the build like any stylesheet), then
 * the dark tokens under their two conditions: one block, which a stylesheet could only repeat.
 * Text colours are chosen for ≥ 4.5:1 on their background in both themes.
 */
export const timelineStyles = [
  unsafeCSS(styles),
  css`
    :host([theme='dark']) { ${darkTokens} }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) { ${darkTokens} }
    }
  `,
];
