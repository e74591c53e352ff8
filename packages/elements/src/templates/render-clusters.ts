import { svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ClusterMark } from '@syria-timeline/core';

/** Smallest pill, px: wide enough for a three-digit count. */
const MIN_PILL = 24;
const PILL_HEIGHT = 16;

/**
 * Clusters as pills with their count. They take part in the roving tab stop like marks;
 * activating one zooms to its interval, which splits it.
 */
export function renderClusters(clusters: readonly ClusterMark[], activeKey: string | null): SVGTemplateResult {
  return svg`${repeat(
    clusters,
    (c) => c.key,
    (c) => {
      const w = Math.max(MIN_PILL, c.x2 - c.x);
      const x = (c.x + c.x2) / 2 - w / 2;
      return svg`<g part="cluster" class="cluster" role="button" tabindex=${c.key === activeKey ? 0 : -1}
        aria-label=${c.label} data-key=${c.key} data-count=${c.count} transform="translate(${x},${c.y})">
        <rect class="pill" x="0" y=${-PILL_HEIGHT / 2} width=${w} height=${PILL_HEIGHT} rx=${PILL_HEIGHT / 2}></rect>
        <text x=${w / 2} y="0" aria-hidden="true">${c.count}</text>
        <rect class="ring" x="-3" y=${-PILL_HEIGHT / 2 - 3} width=${w + 6} height=${PILL_HEIGHT + 6} rx=${PILL_HEIGHT / 2 + 3}></rect>
      </g>`;
    },
  )}`;
}
