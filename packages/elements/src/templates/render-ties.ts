import { svg, type SVGTemplateResult } from 'lit';
import type { TieMark } from '@syria-timeline/core';
import { roundPx as r1 } from '../round-px.js';

/** Arrow head size, px: what the former `<marker>` (8 units at stroke width 1.25) drew. */
const HEAD_LENGTH = 8.75;
const HEAD_HALF_WIDTH = HEAD_LENGTH / 2;
/** The tip sits this far past the arc's end (the marker's refX was 7 of 8). */
const HEAD_OVERSHOOT = HEAD_LENGTH / 8;

/**
 * Ties as arcs from the acting lane's mark to the recipient's (or object's) mark at the same
 * instant, ending in an arrow. They bow sideways so a tie does not hide the marks it crosses,
 * and stop short of the glyphs at both ends. Decorative for assistive technology: the marks'
 * labels already name both lanes.
 *
 * All arcs are one `<path part="tie">` and all heads one `<path class="arrow-head">`: a zoom step
 * replaces most ties, and a hundred elements to create and style cost more than two long `d`s.
 */
export function renderTies(ties: readonly TieMark[], markSize: number): SVGTemplateResult {
  const gap = markSize / 2 + 2;
  let arcs = '';
  let heads = '';
  for (const t of ties) {
    const down = t.y2 > t.y1 ? 1 : -1;
    const y1 = t.y1 + down * gap;
    const y2 = t.y2 - down * gap;
    const mid = (y1 + y2) / 2;
    const bow = Math.min(28, Math.abs(y2 - y1) * 0.25);
    arcs += `M${r1(t.x)},${r1(y1)}Q${r1(t.x + bow)},${r1(mid)} ${r1(t.x)},${r1(y2)}`;
    // The head points along the arc's end tangent (from the control point to the end).
    const dx = -bow;
    const dy = y2 - mid;
    const len = Math.hypot(dx, dy) || 1;
    const ux = dx / len;
    const uy = dy / len;
    const tipX = t.x + ux * HEAD_OVERSHOOT;
    const tipY = y2 + uy * HEAD_OVERSHOOT;
    const baseX = tipX - ux * HEAD_LENGTH;
    const baseY = tipY - uy * HEAD_LENGTH;
    heads += `M${r1(tipX)},${r1(tipY)}L${r1(baseX - uy * HEAD_HALF_WIDTH)},${r1(baseY + ux * HEAD_HALF_WIDTH)}` +
      `L${r1(baseX + uy * HEAD_HALF_WIDTH)},${r1(baseY - ux * HEAD_HALF_WIDTH)}Z`;
  }
  if (!arcs) return svg``;
  return svg`<g aria-hidden="true"><path part="tie" data-count=${ties.length} d=${arcs}></path><path class="arrow-head" d=${heads}></path></g>`;
}
