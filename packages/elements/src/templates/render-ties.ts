import { svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TieMark } from '@syria-timeline/core';

/** The arrow head's marker, once per plot (ids are scoped by the shadow root). */
export const tieMarkerDefs = svg`<marker id="tie-arrow" viewBox="0 0 8 8" refX="7" refY="4"
  markerWidth="7" markerHeight="7" orient="auto-start-reverse">
  <path class="arrow-head" d="M0,0L8,4L0,8Z"></path></marker>`;

/**
 * Ties as arcs from the acting lane's mark to the recipient's (or object's) mark at the same
 * instant, ending in an arrow. They bow sideways so a tie does not hide the marks it crosses,
 * and stop short of the glyphs at both ends. Decorative for assistive technology: the marks'
 * labels already name both lanes.
 */
export function renderTies(ties: readonly TieMark[], markSize: number): SVGTemplateResult {
  const gap = markSize / 2 + 2;
  return svg`<g aria-hidden="true">${repeat(
    ties,
    (t) => t.key,
    (t) => {
      const down = t.y2 > t.y1 ? 1 : -1;
      const y1 = t.y1 + down * gap;
      const y2 = t.y2 - down * gap;
      const bow = Math.min(28, Math.abs(y2 - y1) * 0.25);
      return svg`<path part="tie" data-event=${t.eventId} data-from=${t.fromLane} data-to=${t.toLane}
        marker-end="url(#tie-arrow)" d="M${t.x},${y1}Q${t.x + bow},${(y1 + y2) / 2} ${t.x},${y2}"></path>`;
    },
  )}</g>`;
}
