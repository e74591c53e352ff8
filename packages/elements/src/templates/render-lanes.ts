import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
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
  // The same object for the same lane and colour: every zoom step draws each lane's group with it.
  const key = `${lane.id}\n${lane.color}`;
  let style = laneStyles.get(key);
  if (style === undefined) {
    if (laneStyles.size > LANE_STYLES) laneStyles.clear();
    const color = isSafeColor(lane.color) ? lane.color : 'currentColor';
    laneStyles.set(key, (style = Object.freeze({ '--lane-color': `var(--syria-timeline-lane-${lane.id}-color, ${color})` })));
  }
  return style;
}

/** Lane styles kept (by lane id and colour); past this many the memo starts again. */
const LANE_STYLES = 256;
const laneStyles = new Map<string, Readonly<Record<string, string>>>();

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

/** What the lane labels need from the element: they are buttons that open the side's card. */
export interface LaneLabelOptions {
  /** The label shown for a lane (the context row's is translated). */
  label: (lane: LaneBox) => string;
  /** Accessible name of a label's button, from its shown label (it begins with it). */
  name: (label: string) => string;
  /** The lane whose label holds the column's tab stop (roving tabindex); null: the first. */
  tabLane: string | null;
  /** The lane whose card is open. */
  openLane: string | null;
  onClick: (lane: string) => void;
  onKeydown: (e: KeyboardEvent) => void;
}

/**
 * Lane labels as HTML buttons (they wrap, truncate and take CSS like text), positioned on their
 * lane; each opens its side's card (`aria-expanded`, `aria-controls`). One tab stop for all of
 * them; the arrow keys move along (see SideCardController). `offset` is the height of the axis
 * strip above the lanes.
 */
export function renderLaneLabels(lanes: readonly LaneBox[], offset: number, o: LaneLabelOptions, overlay = false): TemplateResult {
  // On narrow hosts the labels sit on top of their lane (a small tag), not in a column.
  const box = (l: LaneBox) =>
    overlay
      ? { top: `${offset + l.y}px`, height: `${OVERLAY_LABEL_HEIGHT}px` }
      : { top: `${offset + l.y}px`, height: `${l.height}px` };
  const tabLane = lanes.some((l) => l.id === o.tabLane) ? o.tabLane : (lanes[0]?.id ?? null);
  return html`${repeat(
    lanes,
    (l) => l.id,
    (l) => {
      const label = o.label(l);
      return html`<button type="button" part="lane-label" class=${l.context ? 'context' : ''} data-lane=${l.id}
        style=${styleMap({ ...laneColorStyle(l), ...box(l) })} tabindex=${l.id === tabLane ? 0 : -1}
        aria-label=${o.name(label)} aria-expanded=${o.openLane === l.id ? 'true' : 'false'}
        aria-controls=${o.openLane === l.id ? 'side-card' : nothing} @click=${() => o.onClick(l.id)} @keydown=${o.onKeydown}>
        <span class="swatch" aria-hidden="true"></span><span class="lane-name" dir="auto">${label}</span>
      </button>`;
    },
  )}`;
}
