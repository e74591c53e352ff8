import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { isSafeColor, type LaneBox } from '@syria-timeline/core';

/**
 * The lane colour as a custom property: `--syria-timeline-lane-<id>-color` wins over the dataset's
 * colour. Lane ids are validated slugs, so they are safe in a property name. The data colour goes
 * into CSS only if `isSafeColor` says it is a colour (validation requires it too: this is the second
 * line), never `url()`, `var()` or a declaration; otherwise the text colour stands in.
 */
export function laneColorStyle(lane: Pick<LaneBox, 'id' | 'color'>): Readonly<Record<string, string>> {
  const color = isSafeColor(lane.color) ? lane.color : 'currentColor';
  return { '--lane-color': `var(--syria-timeline-lane-${lane.id}-color, ${color})` };
}

/** Lane backgrounds (alternating) and separators, inside the plot svg. */
export function renderLaneBands(lanes: readonly LaneBox[], width: number): SVGTemplateResult {
  return svg`<g aria-hidden="true">${repeat(
    lanes,
    (l) => l.id,
    (l) => svg`<rect part="lane" class=${l.index % 2 ? 'alt' : ''} data-lane=${l.id}
        x="0" y=${l.y} width=${width} height=${l.height}></rect>
      <line class="lane-rule" x1="0" x2=${width} y1=${l.y + l.height} y2=${l.y + l.height}></line>`,
  )}</g>`;
}

/**
 * Height of the strip the layout keeps free at the top of each lane in the narrow layout, where
 * the label sits on its lane: so it never hides a mark (px; the label's line box fits in it).
 */
export const OVERLAY_LABEL_HEIGHT = 18;

/**
 * Lane labels as HTML (they wrap, truncate and take CSS like text), positioned on their lane.
 * `offset` is the height of the axis strip above the lanes.
 */
export function renderLaneLabels(lanes: readonly LaneBox[], offset: number, overlay = false): TemplateResult {
  // On narrow hosts the labels sit on top of their lane (a small tag), not in a column.
  const box = (l: LaneBox) =>
    overlay
      ? { top: `${offset + l.y}px`, height: `${OVERLAY_LABEL_HEIGHT}px` }
      : { top: `${offset + l.y}px`, height: `${l.height}px` };
  return html`${repeat(
    lanes,
    (l) => l.id,
    (l) => html`<div part="lane-label" data-lane=${l.id} style=${styleMap({ ...laneColorStyle(l), ...box(l) })}>
      <span class="swatch" aria-hidden="true"></span><span class="lane-name" dir="auto">${l.label}</span>
    </div>`,
  )}`;
}
