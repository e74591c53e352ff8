import { svg, type SVGTemplateResult } from 'lit';
import { PILL_HEIGHT, markBox, type ClusterMark, type EventMark } from '@syria-timeline/core';

const GAP = 3.5;

function ring(item: EventMark | ClusterMark, markSize: number, cls: string): SVGTemplateResult {
  const b = markBox(item, markSize);
  if (!('eventId' in item)) {
    return svg`<rect class=${cls} x=${b.x0 - GAP} y=${b.y0 - GAP} width=${b.x1 - b.x0 + 2 * GAP}
      height=${b.y1 - b.y0 + 2 * GAP} rx=${PILL_HEIGHT / 2 + GAP}></rect>`;
  }
  if (item.shape === 'point' || item.shape === 'hollow') {
    return svg`<circle class=${cls} cx=${item.x} cy=${item.y} r=${markSize / 2 + GAP}></circle>`;
  }
  return svg`<rect class=${cls} x=${b.x0 - GAP} y=${b.y0 - GAP} width=${b.x1 - b.x0 + 2 * GAP}
    height=${b.y1 - b.y0 + 2 * GAP} rx="4"></rect>`;
}

/**
 * Rings drawn over the marks rather than inside each of them: one for the mark holding the tab
 * stop (shown while it has keyboard focus, see the styles), one per mark of the selected event
 * (or around the cluster holding it where it has no mark of its own), and a thin one round the
 * mark under the pointer.
 */
export function renderRings(
  active: EventMark | ClusterMark | undefined,
  selected: readonly (EventMark | ClusterMark)[],
  markSize: number,
  hovered?: EventMark | ClusterMark,
): SVGTemplateResult {
  return svg`<g class="rings" aria-hidden="true">${hovered ? ring(hovered, markSize, 'ring hover-ring') : ''}${
    selected.map((m) => ring(m, markSize, 'ring selected-ring'))}${
    active ? ring(active, markSize, 'ring focus-ring') : ''}</g>`;
}
