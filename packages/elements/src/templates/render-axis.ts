import { svg, type SVGTemplateResult } from 'lit';
import type { Tick } from '@syria-timeline/core';

/** Height of the tick-label strip above the lanes, px. */
export const AXIS_HEIGHT = 26;

/** Rough advance of one character of a 12px tick label, px (no text measuring per frame). */
const CHAR_PX = 7;

/**
 * Which tick labels fit, and on which side of their line: major labels first ('1 Sep 2013' is
 * longer than '8 Sep'), the latest first (on a folded axis a short busy period may sit right before
 * the last one: the last keeps its year), then the minor ones that do not run into a label already
 * placed and whose major label (the year they are read against) is shown. A label
 * sits right of its line; one that would run past the plot's right edge sits left of it instead
 * (so that the last busy period of a folded axis still names its month and year), if it fits there.
 * Lines are drawn for every tick.
 */
function labelledTicks(ticks: readonly Tick[], width: number): ReadonlyMap<string, number> {
  const placed: [number, number][] = [];
  const shown = new Map<string, number>();
  const free = (from: number, to: number) => !placed.some(([a, b]) => from < b && to > a);
  const place = (t: Tick) => {
    const length = t.label.length * CHAR_PX + 6;
    // x of the label relative to its line: right of it, or left of it near the right edge.
    const dx = t.x + 4 + length > width + 6 ? -4 - length : 4;
    const from = t.x + dx;
    const to = from + length;
    if (from < 0 || !free(from, to)) return;
    placed.push([from, to]);
    shown.set(t.key, dx);
  };
  const majors = ticks.filter((t) => t.major);
  [...majors].reverse().forEach(place);
  // A minor label ('Oct') is read against the year of the major label before it: none after a dropped one.
  ticks.filter((t) => !t.major).forEach((t) => {
    const year = majors.filter((m) => m.x <= t.x).pop();
    if (year === undefined || shown.has(year.key)) place(t);
  });
  return shown;
}

/**
 * The time axis: a label strip on top and a grid line through every lane. Ticks come from the
 * layout (already localised and chosen for the zoom level); labels sit just right of their line
 * so the first one is never cut off at the left edge (and left of it at the right edge).
 */
export function renderAxis(ticks: readonly Tick[], lanesHeight: number, width = Infinity): SVGTemplateResult {
  const bottom = AXIS_HEIGHT + lanesHeight;
  const labelled = labelledTicks(ticks, width);
  // A plain list, not repeat(): with repeat() the ticks left a pair of empty Lit markers in the DOM
  // each time the data's extent changed (test/lifecycle.test.ts), and a dozen ticks gain nothing from keys.
  return svg`<g part="axis" aria-hidden="true">${ticks.map(
    (t) => svg`<g class=${t.major ? 'tick major' : 'tick'} transform="translate(${t.x},0)">
      <line y1=${t.major ? 2 : 12} y2=${bottom}></line>
      ${labelled.has(t.key) ? svg`<text x=${labelled.get(t.key)!} y="17">${t.label}</text>` : ''}
    </g>`,
  )}</g>`;
}
