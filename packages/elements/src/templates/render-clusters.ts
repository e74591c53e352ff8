import { svg, type SVGTemplateResult } from 'lit';
import { PILL_HEIGHT, pillBox, type ClusterMark } from '@syria-timeline/core';
import { keyedLayer, type KeyedSpec } from '../keyed-layer.js';
import { SubpathBuilder } from '../subpath-builder.js';
import { roundPx } from '../round-px.js';

const COUNT_STATICS = ['class', 'count'];
const CLUSTER_STATICS = ['part', 'cluster', 'class', 'cluster', 'role', 'button'];

/** A pill (a rectangle with fully rounded ends), added to `path` as a subpath. */
function pill(path: SubpathBuilder, x: number, y: number, w: number): void {
  const r = PILL_HEIGHT / 2;
  const inner = roundPx(w - 2 * r);
  path.add(x + r, y - r, `h${inner}a${r},${r} 0 0 1 0,${2 * r}h${-inner}a${r},${r} 0 0 1 0,${-2 * r}z`);
}

/**
 * A lane's clusters as pills with their count: all pills in one `<path>`, each count a `<text>`
 * (there are tens, not thousands). Decorative: each cluster's name and role are on its proxy
 * (`clusterProxies`).
 */
export function clusterPaint(clusters: readonly ClusterMark[]): SVGTemplateResult {
  if (clusters.length === 0) return svg``;
  const d = new SubpathBuilder();
  const counts: KeyedSpec[] = [];
  // Keyed by position, not by cluster: clusters come and go on every zoom step, and moving an
  // existing text costs less than replacing it (nothing focuses a count).
  for (const [i, c] of clusters.entries()) {
    const { x, width } = pillBox(c);
    pill(d, x, c.y, width);
    counts.push({ key: String(i), tag: 'text', statics: COUNT_STATICS, attrs: ['x', roundPx(x + width / 2), 'y', roundPx(c.y)], text: String(c.count) });
  }
  return svg`<path part="pills" class="pill" d=${d.d}></path><g class="counts" ${keyedLayer(counts)}></g>`;
}

/**
 * One focusable, named element per cluster (see `markProxies`). Clusters take part in the roving
 * tab stop like marks; activating one zooms to its interval, which splits it.
 */
export function clusterProxies(clusters: readonly ClusterMark[], activeKey: string | null): KeyedSpec[] {
  return clusters.map((c) => {
    const active = c.key === activeKey;
    const { x, width } = pillBox(c);
    return { key: c.key, tag: 'g', statics: CLUSTER_STATICS, attrs: [
      'tabindex', active ? 0 : -1, 'aria-label', c.label, 'data-key', c.key, 'data-count', c.count,
      'transform', active ? `translate(${roundPx(x + width / 2)},${roundPx(c.y)})` : '',
    ] };
  });
}
