import { svg, type SVGTemplateResult } from 'lit';
import type { Tick } from '@syria-timeline/core';

/** Height of the tick-label strip above the lanes, px. */
export const AXIS_HEIGHT = 26;

/** Rough advance of one character of a 12px tick label, px (no text measuring per frame). */
const CHAR_PX = 7;

/**
 * Which tick labels fit: major labels first ('1 Sep 2013' is longer than '8 Sep'), then the minor
 * ones that do not run into a label already placed. Lines are drawn for every tick.
 */
function labelledTicks(ticks: readonly Tick[]): ReadonlySet<string> {
  const placed: [number, number][] = [];
  const shown = new Set<string>();
  const place = (t: Tick) => {
    const from = t.x + 4;
    const to = from + t.label.length * CHAR_PX + 6;
    if (placed.some(([a, b]) => from < b && to > a)) return;
    placed.push([from, to]);
    shown.add(t.key);
  };
  ticks.filter((t) => t.major).forEach(place);
  ticks.filter((t) => !t.major).forEach(place);
  return shown;
}

/**
 * The time axis: a label strip on top and a grid line through every lane. Ticks come from the
 * layout (already localised and chosen for the zoom level); labels sit just right of their line
 * so the first one is never cut off at the left edge.
 */
export function renderAxis(ticks: readonly Tick[], lanesHeight: number): SVGTemplateResult {
  const bottom = AXIS_HEIGHT + lanesHeight;
  const labelled = labelledTicks(ticks);
  // A plain list, not repeat(): with repeat() the ticks left a pair of empty Lit markers in the DOM
  // each time the data's extent changed (test/lifecycle.test.ts), and a dozen ticks gain nothing from keys.
  return svg`<g part="axis" aria-hidden="true">${ticks.map(
    (t) => svg`<g class=${t.major ? 'tick major' : 'tick'} transform="translate(${t.x},0)">
      <line y1=${t.major ? 2 : 12} y2=${bottom}></line>
      ${labelled.has(t.key) ? svg`<text x="4" y="17">${t.label}</text>` : ''}
    </g>`,
  )}</g>`;
}
