import { svg, type SVGTemplateResult } from 'lit';
import type { AxisBreak } from '@syria-timeline/core';
import { AXIS_HEIGHT } from './render-axis.js';

/** The label's start below the top of the lanes, px. */
const LABEL_TOP = 10;
/** The fold's edges start under the tick labels (a label may run over a fold, never through a line). */
const EDGE_TOP = AXIS_HEIGHT - 4;
/** The least width of a fold's part in view that gets its label (the upright text's height, with its halo), px. */
const LABEL_ROOM = 14;

/**
 * The breaks of a gap-compressed axis, in the svg's coordinates (the axis strip on top); hidden
 * from assistive technology like the axis, whose ticks they interrupt. `layer` 'bands': each fold
 * is a band through the lanes, veiled (the axis strip is not, so that a tick label running into
 * the band stays legible) and edged with dashed lines, drawn under the stances and marks (a stance
 * band or a long bar crosses it). `layer` 'labels': what each fold hides, written down its band
 * ('⋯ 18 months ⋯', so that tick labels beside it keep their room), over everything, with a halo.
 *
 * A fold that runs past the plot's edge (the window ends inside it) is drawn up to the edge (the
 * svg does not clip: the rings of marks at the edge need room), its label in the middle of the part
 * in view, or not at all when that part is too narrow for it: past the edge lie the lane names (in
 * right-to-left text) or the page.
 */
export function renderBreaks(breaks: readonly AxisBreak[], lanesHeight: number, layer: 'bands' | 'labels', width: number): SVGTemplateResult {
  const bottom = AXIS_HEIGHT + lanesHeight;
  const inView = breaks.map((b) => ({ label: b.label, x: Math.max(0, b.x), x2: Math.min(width, b.x2), edges: [b.x, b.x2].filter((x) => x >= 0 && x <= width) }));
  if (layer === 'labels') {
    return svg`<g part="axis-break" class="break-labels" aria-hidden="true">${inView.map(
      (b) => b.x2 - b.x < LABEL_ROOM ? '' : svg`<text transform=${`translate(${(b.x + b.x2) / 2},${AXIS_HEIGHT + LABEL_TOP}) rotate(90)`} dy="0.35em">${b.label}</text>`,
    )}</g>`;
  }
  // A plain list, as the ticks: a few breaks gain nothing from keys.
  return svg`<g part="axis-break" aria-hidden="true">${inView.map(
    (b) => svg`<g class="break">
      <rect x=${b.x} y=${AXIS_HEIGHT} width=${Math.max(0, b.x2 - b.x)} height=${lanesHeight}></rect>
      ${b.edges.map((x) => svg`<line x1=${x} x2=${x} y1=${EDGE_TOP} y2=${bottom}></line>`)}
    </g>`,
  )}</g>`;
}
