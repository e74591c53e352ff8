import { svg, type SVGTemplateResult } from 'lit';
import type { ClusterMark, EventMark } from '@syria-timeline/core';
import { BAR_HALF } from './render-marks.js';
import { PILL_HEIGHT, pillBox } from './render-clusters.js';

const GAP = 3.5;

function ring(item: EventMark | ClusterMark, markSize: number, cls: string): SVGTemplateResult {
  const r = markSize / 2;
  if (!('eventId' in item)) {
    const { x, width } = pillBox(item);
    return svg`<rect class=${cls} x=${x - GAP} y=${item.y - PILL_HEIGHT / 2 - GAP} width=${width + 2 * GAP}
      height=${PILL_HEIGHT + 2 * GAP} rx=${PILL_HEIGHT / 2 + GAP}></rect>`;
  }
  if (item.shape === 'point' || item.shape === 'hollow') return svg`<circle class=${cls} cx=${item.x} cy=${item.y} r=${r + GAP}></circle>`;
  const left = item.shape === 'range' ? item.x - r : item.x;
  const right = item.shape === 'range' ? item.x2 + r : item.x2;
  const half = Math.max(r, BAR_HALF + 1);
  return svg`<rect class=${cls} x=${left - GAP} y=${item.y - half - GAP} width=${right - left + 2 * GAP}
    height=${2 * (half + GAP)} rx="4"></rect>`;
}

/**
 * Focus and selection rings, drawn over the marks rather than inside each of them: one for the
 * mark holding the tab stop (shown while it has keyboard focus, see the styles) and one per mark
 * of the selected event, or around the cluster holding it where it has no mark of its own.
 */
export function renderRings(
  active: EventMark | ClusterMark | undefined,
  selected: readonly (EventMark | ClusterMark)[],
  markSize: number,
): SVGTemplateResult {
  return svg`<g class="rings" aria-hidden="true">${selected.map((m) => ring(m, markSize, 'ring selected-ring'))}${
    active ? ring(active, markSize, 'ring focus-ring') : ''}</g>`;
}
