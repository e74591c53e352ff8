import { svg, type SVGTemplateResult } from 'lit';
import type { ViewDomain } from '@syria-timeline/core';

export const OVERVIEW_HEIGHT = 40;
const LABEL_BAND = 13;

/**
 * The overview strip: the whole extent, a density sketch of events, year marks (in the locale's
 * digits: `formatYear`), and an empty
 * `<g class="brush">` that the brush controller fills (and owns) to show and set the visible window.
 * The strip is a pointer shortcut: keyboard users zoom with +/−/0 and the toolbar buttons.
 */
export function renderOverview(
  bins: Uint32Array, extent: ViewDomain, width: number, formatYear: (year: number) => string = String,
): SVGTemplateResult {
  const h = OVERVIEW_HEIGHT - LABEL_BAND;
  let max = 1;
  for (const b of bins) if (b > max) max = b;
  const bw = width / bins.length;
  // One path for all bars: thousands of rects would cost more than the sketch is worth.
  let d = '';
  bins.forEach((count, i) => {
    if (count === 0) return;
    const bh = Math.max(1, (Math.sqrt(count) / Math.sqrt(max)) * (h - 2));
    d += `M${(i * bw).toFixed(1)},${h}h${Math.max(0.5, bw - 0.5).toFixed(1)}v${-bh.toFixed(1)}h${-Math.max(0.5, bw - 0.5).toFixed(1)}Z`;
  });
  const span = extent.end - extent.start;
  const years: { x: number; year: number }[] = [];
  const first = new Date(extent.start).getUTCFullYear() + 1;
  const last = new Date(extent.end).getUTCFullYear();
  const step = Math.max(1, Math.ceil((last - first + 1) / Math.max(1, Math.floor(width / 48))));
  for (let y = first; y <= last; y += step) {
    years.push({ x: ((Date.UTC(y, 0, 1) - extent.start) / span) * width, year: y });
  }
  return svg`<path class="density" d=${d} aria-hidden="true"></path>
    <g aria-hidden="true">${years.map(
      (y) => svg`<line class="lane-rule" x1=${y.x} x2=${y.x} y1="0" y2=${h}></line>
        <text class="overview-year" x=${y.x + 3} y=${OVERVIEW_HEIGHT - 2}>${formatYear(y.year)}</text>`,
    )}</g>
    <g class="brush" transform="translate(0,0)"></g>`;
}

/** Height of the brushable band (the density area), px. */
export const OVERVIEW_BRUSH_HEIGHT = OVERVIEW_HEIGHT - LABEL_BAND;
