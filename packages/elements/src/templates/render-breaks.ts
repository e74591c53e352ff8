import { svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AxisBreak } from '@syria-timeline/core';
import { AXIS_HEIGHT } from './render-axis.js';

/** The label's start below the top of the lanes, px. */
const LABEL_TOP = 10;

/**
 * The breaks of a gap-compressed axis: each fold is a band through the lanes, veiled (the axis strip
 * is not, so that a tick label running into the band stays legible) and edged with dashed lines, with what it hides written down it ('⋯ 18 months ⋯'), so that a
 * tick label beside it keeps its room. Stance bands and long bars still cross it (they are drawn
 * after). In the svg's coordinates (the axis strip on top); hidden from assistive technology like
 * the axis, whose ticks it interrupts.
 */
export function renderBreaks(breaks: readonly AxisBreak[], lanesHeight: number): SVGTemplateResult {
  const bottom = AXIS_HEIGHT + lanesHeight;
  return svg`<g part="axis-break" aria-hidden="true">${repeat(
    breaks,
    (b) => b.key,
    (b) => {
      const mid = (b.x + b.x2) / 2;
      const top = AXIS_HEIGHT + LABEL_TOP;
      return svg`<g class="break">
        <rect x=${b.x} y=${AXIS_HEIGHT} width=${Math.max(0, b.x2 - b.x)} height=${lanesHeight}></rect>
        <line x1=${b.x} x2=${b.x} y1="0" y2=${bottom}></line>
        <line x1=${b.x2} x2=${b.x2} y1="0" y2=${bottom}></line>
        <text transform=${`translate(${mid},${top}) rotate(90)`} dy="0.35em">${b.label}</text>
      </g>`;
    },
  )}</g>`;
}
