import { svg, type SVGTemplateResult } from 'lit';
import type { Tick, TickLabelPlace } from '@syria-timeline/core';

/** Height of the tick-label strip above the lanes, px. */
export const AXIS_HEIGHT = 26;

const label = (place: TickLabelPlace | undefined) => (place ? svg`<text x=${place.dx} y="17">${place.text}</text>` : '');

/**
 * The time axis: a label strip on top and a grid line through every lane. Ticks come from the
 * layout (already localised and chosen for the zoom level); which labels are written, and where,
 * is `labelled` (`TickLabels`: none overlaps another or an edge). Lines are drawn for every tick.
 */
export function renderAxis(ticks: readonly Tick[], labelled: ReadonlyMap<string, TickLabelPlace>, lanesHeight: number): SVGTemplateResult {
  const bottom = AXIS_HEIGHT + lanesHeight;
  // A plain list, not repeat(): with repeat() the ticks left a pair of empty Lit markers in the DOM
  // each time the data's extent changed (test/lifecycle.test.ts), and a dozen ticks gain nothing from keys.
  return svg`<g part="axis" aria-hidden="true">${ticks.map(
    (t) => svg`<g class=${t.major ? 'tick major' : 'tick'} transform="translate(${t.x},0)">
      <line y1=${t.major ? 2 : 12} y2=${bottom}></line>
      ${label(labelled.get(t.key))}
    </g>`,
  )}</g>`;
}
