import { svg, type SVGTemplateResult } from 'lit';
import { PILL_HEIGHT, markBox, pillBox, type ClusterMark } from '@syria-timeline/core';
import type { KeyedSpec } from '../keyed-layer.js';
import type { CanvasLabel } from '../canvas-labels.js';
import { SubpathBuilder } from '../subpath-builder.js';
import { roundPx } from '../round-px.js';
import { proxyBox } from './proxy-box.js';

const CLUSTER_STATICS = ['part', 'cluster', 'class', 'cluster', 'role', 'button', 'aria-haspopup', 'listbox'];

/** A pill (a rectangle with fully rounded ends), added to `path` as a subpath. */
function pill(path: SubpathBuilder, x: number, y: number, w: number): void {
  const r = PILL_HEIGHT / 2;
  const inner = roundPx(w - 2 * r);
  path.add(x + r, y - r, `h${inner}a${r},${r} 0 0 1 0,${2 * r}h${-inner}a${r},${r} 0 0 1 0,${-2 * r}z`);
}

/**
 * A lane's cluster pills, all in one `<path>`. Their counts are drawn apart, on the plot's
 * canvas (`clusterCounts`). Decorative: each cluster's name and role are on its proxy
 * (`clusterProxies`).
 */
export function clusterPaint(clusters: readonly ClusterMark[]): SVGTemplateResult {
  if (clusters.length === 0) return svg``;
  const d = new SubpathBuilder();
  for (const c of clusters) {
    const { x, width } = pillBox(c);
    pill(d, x, c.y, width);
  }
  return svg`<path part="pills" class="pill" d=${d.d}></path>`;
}

/** Each cluster's count, centred on its pill, for `canvasLabels` (in the lanes' coordinates), in the locale's digits (`format`). */
export function clusterCounts(
  clusters: readonly ClusterMark[], out: CanvasLabel[] = [], format: (n: number) => string = String,
): CanvasLabel[] {
  for (const c of clusters) {
    const { x, width } = pillBox(c);
    out.push({ x: roundPx(x + width / 2), y: roundPx(c.y), text: format(c.count) });
  }
  return out;
}

/**
 * One focusable, named element per cluster (see `markProxies`). Clusters take part in the roving
 * tab stop like marks; activating one opens the list of its events (`aria-haspopup`).
 */
export function clusterProxies(
  clusters: readonly ClusterMark[], activeKey: string | null, name: (c: ClusterMark) => string, expandedKey: string | null,
): KeyedSpec[] {
  return clusters.map((c) => {
    const active = c.key === activeKey;
    return { key: c.key, tag: 'rect', statics: CLUSTER_STATICS, attrs: [
      'tabindex', active ? 0 : -1, 'aria-label', name(c), 'aria-expanded', c.key === expandedKey ? 'true' : 'false',
      'data-key', c.key, 'data-count', c.count, ...proxyBox(active ? markBox(c, 0) : null),
    ] };
  });
}
