import { css } from 'lit';

/** The dark theme's tokens: applied by `theme="dark"`, and by `theme="auto"` under a dark colour scheme. */
const darkTokens = css`
  --_bg: var(--syria-timeline-bg, #16181d);
  --_fg: var(--syria-timeline-fg, #e8eaed);
  --_muted: var(--syria-timeline-muted, #aab0ba);
  --_grid: var(--syria-timeline-grid, #30343b);
  --_lane-alt: var(--syria-timeline-lane-alt, #1d2026);
  --_focus: var(--syria-timeline-focus, #8ab4f8);
  --_panel: var(--syria-timeline-panel-bg, #22252b);
  --_supports: var(--syria-timeline-supports-color, #66bb6a);
  --_opposes: var(--syria-timeline-opposes-color, #ef6c64);
  --_neutral: var(--syria-timeline-neutral-color, #9aa0a6);
  --_lane-lift: var(--syria-timeline-dark-lane-lift, 22%);
  --_faint: 0.72;
`;

/**
 * Tokens first (light defaults; the dark set under `theme="dark"`, or `theme="auto"` with a dark
 * colour scheme), then layout, marks, and the reduced-motion and forced-colours overrides.
 * Text colours are chosen for ≥ 4.5:1 on their background in both themes.
 */
export const timelineStyles = css`
  :host {
    --_bg: var(--syria-timeline-bg, #ffffff);
    --_fg: var(--syria-timeline-fg, #1c1e21);
    --_muted: var(--syria-timeline-muted, #595e66);
    --_grid: var(--syria-timeline-grid, #e3e5e8);
    --_lane-alt: var(--syria-timeline-lane-alt, #f6f7f8);
    --_focus: var(--syria-timeline-focus, #0b57d0);
    --_panel: var(--syria-timeline-panel-bg, #f3f4f6);
    --_supports: var(--syria-timeline-supports-color, #2e7d32);
    --_opposes: var(--syria-timeline-opposes-color, #b3261e);
    --_neutral: var(--syria-timeline-neutral-color, #8a8f98);
    --_label-width: var(--syria-timeline-label-width, 10rem);
    /* How faint background events are (dark themes also lift the lane colours, below). */
    --_faint: 0.5;
    display: block;
    position: relative;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_fg);
    background: var(--_bg);
    font: 14px/1.4 var(--syria-timeline-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    contain: layout paint;
  }
  :host([hidden]) { display: none; }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }

  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0;
  }
  button, select { font: inherit; color: inherit; }

  [part='toolbar'] {
    display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem;
    padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--_grid);
  }
  [part='toolbar'] label { white-space: nowrap; display: inline-flex; align-items: center; gap: 0.375rem; color: var(--_muted); min-width: 0; max-width: 100%; }
  [part='issue-picker'] { min-width: 0; max-width: 100%; text-overflow: ellipsis; }
  [part='toolbar'] select, [part='toolbar'] button {
    background: var(--_bg); border: 1px solid var(--_muted); border-radius: 4px; padding: 0.125rem 0.5rem; min-height: 28px;
  }
  [part='toolbar'] button { min-width: 28px; cursor: pointer; }
  .zoom-buttons { display: inline-flex; gap: 0.25rem; }
  .range-label { color: var(--_muted); margin-inline-start: auto; font-variant-numeric: tabular-nums; }

  .body { display: grid; grid-template-columns: var(--_label-width) minmax(0, 1fr); }
  :host([narrow]) .body { grid-template-columns: minmax(0, 1fr); }
  .labels { position: relative; border-inline-end: 1px solid var(--_grid); }
  :host([narrow]) .labels { display: none; }
  [part~='lane-label'] {
    position: absolute; inset-inline: 0; display: flex; align-items: center; gap: 0.375rem;
    padding-inline: 0.5rem; box-sizing: border-box; font-weight: 600; overflow: hidden;
  }
  .swatch { flex: none; width: 0.75rem; height: 0.75rem; border-radius: 2px; background: var(--lane-color); }
  /* Full names wrap (up to three lines) rather than being cut: "Assad (Syrian government)". */
  .lane-name {
    overflow: hidden; overflow-wrap: break-word; line-height: 1.25;
    display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3;
  }
  .overlay-labels { display: none; }
  :host([narrow]) .overlay-labels { display: block; position: absolute; inset: 0; pointer-events: none; }
  :host([narrow]) .overlay-labels .lane-name { -webkit-line-clamp: 1; line-clamp: 1; }
  :host([narrow]) .overlay-labels [part~='lane-label'] {
    inset-inline: 0; padding: 0 0.25rem; font-size: 12px; line-height: 1.25;
  }

  .plot { position: relative; min-width: 0; }
  svg { display: block; overflow: visible; }
  svg.main { touch-action: pan-y; cursor: grab; user-select: none; -webkit-user-select: none; }
  svg.main:active { cursor: grabbing; }
  svg text { fill: currentColor; }

  [part='axis'] line { stroke: var(--_grid); }
  [part='axis'] .major line { stroke: var(--_muted); stroke-opacity: 0.5; }
  [part='axis'] text { fill: var(--_muted); font-size: 12px; }
  [part='axis'] .major text { fill: var(--_fg); font-weight: 600; }
  /* Time runs left to right in every locale, so a label always extends right of its line; in
     right-to-left text that edge is the label's end (else the first label leaves the plot). */
  [dir='rtl'] [part='axis'] text { text-anchor: end; }
  [part='lane'] { fill: transparent; }
  [part='lane'].alt { fill: var(--_lane-alt); }
  .lane-rule { stroke: var(--_grid); }

  .lane-marks { color: var(--lane-color); }
  /* Dataset colours are picked for a light page: on the dark one white is mixed in (--_lane-lift)
     so that marks keep at least 3:1 contrast. */
  :host([theme='dark']) .lane-marks { color: color-mix(in oklab, var(--lane-color), white var(--_lane-lift)); }
  :host([theme='dark']) .swatch { background: color-mix(in oklab, var(--lane-color), white var(--_lane-lift)); }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) .lane-marks { color: color-mix(in oklab, var(--lane-color), white var(--_lane-lift)); }
    :host([theme='auto']) .swatch { background: color-mix(in oklab, var(--lane-color), white var(--_lane-lift)); }
  }
  /* Marks are painted by a few batched paths per lane (part "glyphs", and "pills" for clusters);
     the pointer is matched to a mark by position (hitTest), not by which path it is over. */
  svg.main.over-mark { cursor: pointer; }
  /* The proxies (part "mark"/"cluster") draw nothing: they carry role, name and focus. */
  .mark, .cluster { outline: none; }
  .glyph { fill: currentColor; stroke: var(--_bg); stroke-width: 1; }
  .bar { fill: currentColor; fill-opacity: 0.85; }
  .span-bar { fill: currentColor; fill-opacity: 0.22; stroke: currentColor; stroke-width: 1.25; }
  .hollow.glyph { fill: var(--_bg); stroke: currentColor; stroke-width: 1.75; }
  .approximate.span-bar, .approximate.hollow, .approximate.bar { stroke: currentColor; stroke-dasharray: 3 2; }
  .approximate.glyph { stroke-dasharray: 2 1.5; }
  .uncertain.glyph, .uncertain.span-bar, .uncertain.bar { fill-opacity: 0.45; stroke: currentColor; stroke-dasharray: 1 2; }
  .background { opacity: var(--_faint); }
  .ring { fill: none; stroke: none; pointer-events: none; }
  .hover-ring { stroke: var(--_fg); stroke-width: 1.25; }
  .selected-ring { stroke: var(--_fg); stroke-width: 2; }
  /* The focus ring follows the tab stop; it shows while that mark has keyboard focus. */
  .focus-visible .focus-ring { stroke: var(--_focus); stroke-width: 3; }
  .pill { fill: var(--_bg); stroke: currentColor; stroke-width: 1.5; }
  /* The cluster counts, drawn on a canvas over the lanes (see canvas-labels.ts) in its colour and font. */
  canvas.counts { position: absolute; left: 0; pointer-events: none; color: var(--_fg); font-size: 11px; font-weight: 600; }

  [part~='tie'] { fill: none; stroke: var(--_muted); stroke-width: 1.25; stroke-opacity: 0.7; pointer-events: none; }
  .arrow-head { fill: var(--_muted); }

  [part~='stance'] { stroke: none; }
  [part~='stance'].supports { fill: var(--_supports); }
  [part~='stance'].opposes { fill: var(--_opposes); }
  [part~='stance'].neutral { fill: var(--_neutral); }
  .hatch-line { stroke: var(--_bg); stroke-width: 2; }
  .stance-change { stroke: var(--_fg); stroke-width: 2; }

  [part='overview'] { display: block; border-top: 1px solid var(--_grid); user-select: none; -webkit-user-select: none; touch-action: pan-y; }
  .density { fill: var(--_muted); fill-opacity: 0.55; }
  .overview-year { fill: var(--_muted); font-size: 11px; }
  .brush .selection { fill: var(--_focus); fill-opacity: 0.18; stroke: var(--_focus); }
  .brush .overlay { cursor: crosshair; }

  [part='tooltip'] {
    position: absolute; z-index: 2; max-width: min(22rem, 90%); padding: 0.25rem 0.5rem;
    background: var(--_fg); color: var(--_bg); border-radius: 4px; font-size: 12px; pointer-events: none;
    --_tip-x: -50%; --_tip-y: calc(-100% - 10px);
    transform: translate(var(--_tip-x), var(--_tip-y));
  }
  [part='tooltip'].tip-start { --_tip-x: -16px; }
  [part='tooltip'].tip-end { --_tip-x: calc(-100% + 16px); }
  [part='tooltip'].tip-below { --_tip-y: 10px; }

  [part='legend'] {
    display: flex; flex-wrap: wrap; gap: 0.25rem 0.875rem; margin: 0; padding: 0.375rem 0.5rem;
    list-style: none; font-size: 12px; color: var(--_fg); border-top: 1px solid var(--_grid);
  }
  [part='legend'] li { display: inline-flex; align-items: center; gap: 0.25rem; }
  [part='legend'] svg { color: var(--_muted); }
  .legend-swatch { display: inline-block; width: 1.25rem; height: 0.5rem; }
  .legend-swatch.supports { background: var(--_supports); }
  .legend-swatch.opposes { background: var(--_opposes); }
  .legend-swatch.neutral { background: var(--_neutral); }
  .legend-swatch.conditional {
    background: repeating-linear-gradient(45deg, var(--_neutral) 0 3px, var(--_bg) 3px 5px);
  }

  [part='details'] {
    margin: 0; padding: 0.75rem 1rem; background: var(--_panel); border-top: 1px solid var(--_grid);
  }
  [part='details'] h2 { margin: 0 0 0.25rem; font-size: 1.05rem; }
  [part='details'] .close { float: inline-end; background: none; border: 1px solid var(--_muted); border-radius: 4px; cursor: pointer; }
  [part='details'] dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.125rem 0.75rem; margin: 0.5rem 0; }
  [part='details'] dt { color: var(--_muted); }
  [part='details'] dd { margin: 0; }
  [part='quote'] { margin: 0.5rem 0; padding-inline-start: 0.75rem; border-inline-start: 3px solid var(--_muted); }
  [part='quote'] p { margin: 0; }
  [part='quote'] footer { color: var(--_muted); font-size: 12px; margin-top: 0.125rem; }
  a { color: var(--_focus); }

  [part='error'] {
    margin: 0.5rem; padding: 0.75rem 1rem; border: 2px solid var(--_opposes); border-radius: 6px; background: var(--_panel);
  }
  [part='error'] h2 { margin: 0 0 0.25rem; font-size: 1rem; }
  [part='error'] code { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
  .loading { padding: 1rem; color: var(--_muted); }

  button:focus-visible, select:focus-visible, a:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }

  @media (prefers-reduced-motion: no-preference) {
    /* Not on marks: a transition on thousands of restyled nodes costs every zoom frame. */
    [part='tooltip'] {
      transition: opacity 120ms ease-out;
      @starting-style { opacity: 0; }
    }
  }
  @media (prefers-reduced-motion: reduce) {
    /* Not on the plot's SVG content: an !important rule on every mark cost each zoom step about
       4 ms of style recalc at 1,000 marks, and marks never animate. */
    :not(svg *) { transition: none !important; animation: none !important; }
  }

  @media (forced-colors: active) {
    .glyph, .bar, .span-bar { fill: CanvasText; stroke: Canvas; forced-color-adjust: none; }
    .pill { fill: Canvas; stroke: CanvasText; }
    .hollow.glyph { fill: Canvas; stroke: CanvasText; }
    .focus-visible .focus-ring, .selected-ring, .hover-ring { stroke: Highlight; }
    canvas.counts { color: CanvasText; }
    [part~='tie'] { stroke: CanvasText; }
    .arrow-head { fill: CanvasText; }
    [part~='stance'] { fill: CanvasText; fill-opacity: 0.4; }
    [part='axis'] line { stroke: GrayText; }
    [part='axis'] text { fill: CanvasText; }
    .brush .selection { fill: Highlight; stroke: Highlight; }
    [part='tooltip'] { background: Canvas; color: CanvasText; border: 1px solid CanvasText; }
    .swatch, .legend-swatch { forced-color-adjust: none; border: 1px solid CanvasText; }
  }
`;
