import { svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Tick } from '@syria-timeline/core';

/** Height of the tick-label strip above the lanes, px. */
export const AXIS_HEIGHT = 26;

/**
 * The time axis: a label strip on top and a grid line through every lane. Ticks come from the
 * layout (already localised and chosen for the zoom level); labels sit just right of their line
 * so the first one is never cut off at the left edge.
 */
export function renderAxis(ticks: readonly Tick[], lanesHeight: number): SVGTemplateResult {
  const bottom = AXIS_HEIGHT + lanesHeight;
  return svg`<g part="axis" aria-hidden="true">${repeat(
    ticks,
    (t) => t.key,
    (t) => svg`<g class=${t.major ? 'tick major' : 'tick'} transform="translate(${t.x},0)">
      <line y1=${t.major ? 2 : 12} y2=${bottom}></line>
      <text x="4" y="17">${t.label}</text>
    </g>`,
  )}</g>`;
}
