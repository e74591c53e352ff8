import type { ClusterMark } from '@syria-timeline/core';
import type { KeyedSpec } from '../keyed-layer.js';

/** Smallest pill, px: wide enough for a three-digit count. */
const MIN_PILL = 24;
export const PILL_HEIGHT = 16;

/** Left edge and width of a cluster's pill: at least MIN_PILL wide, centred on its interval. */
export function pillBox(c: Pick<ClusterMark, 'x' | 'x2'>): { x: number; width: number } {
  const width = Math.max(MIN_PILL, c.x2 - c.x);
  return { x: (c.x + c.x2) / 2 - width / 2, width };
}

// Shared by every cluster (see NodeSpec.statics).
const CLUSTER_STATICS = ['part', 'cluster', 'class', 'cluster', 'role', 'button'];
const PILL_STATICS = ['class', 'pill', 'y', String(-PILL_HEIGHT / 2), 'height', String(PILL_HEIGHT), 'rx', String(PILL_HEIGHT / 2)];
const COUNT_STATICS = ['aria-hidden', 'true'];

/**
 * Clusters as pills with their count, as keyed element specs (drawn by `keyedLayer`). They take
 * part in the roving tab stop like marks; activating one zooms to its interval, which splits it.
 */
export function clusterSpecs(clusters: readonly ClusterMark[], activeKey: string | null): KeyedSpec[] {
  return clusters.map((c) => {
    const { x, width } = pillBox(c);
    return { key: c.key, tag: 'g', statics: CLUSTER_STATICS, attrs: [
      'tabindex', c.key === activeKey ? 0 : -1,
      'aria-label', c.label, 'data-key', c.key, 'data-count', c.count, 'transform', `translate(${x},${c.y})`,
    ], children: [
      { tag: 'rect', statics: PILL_STATICS, attrs: ['width', width] },
      { tag: 'text', statics: COUNT_STATICS, attrs: ['x', width / 2], text: String(c.count) },
    ] };
  });
}
