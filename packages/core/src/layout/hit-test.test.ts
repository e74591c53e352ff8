import { describe, expect, it } from 'vitest';
import { smallDataset } from '../../test/layouts/small-dataset.js';
import { generateSyntheticDataset } from '../dataset/synthetic/generate-synthetic-dataset.js';
import { DEFAULT_LAYOUT_OPTIONS } from './default-layout-options.js';
import { hitTest } from './hit-test.js';
import { layoutTimeline } from './layout-timeline.js';
import { markBox, pillBox, PILL_HEIGHT } from './mark-geometry.js';
import { prepareTimeline } from './prepare-timeline.js';
import type { ClusterMark, EventMark } from './types.js';

const { markSize } = DEFAULT_LAYOUT_OPTIONS;
const width = 800;
const opts = { markSize, width };

describe('hitTest', () => {
  const layout = layoutTimeline(prepareTimeline(smallDataset()), { width });

  it('finds every mark at its own centre', () => {
    expect(layout.marks.length).toBeGreaterThan(3);
    for (const m of layout.marks) {
      const b = markBox(m, markSize);
      const hit = hitTest(layout, (b.x0 + b.x1) / 2, m.y, opts);
      expect(hit?.key).toBe(m.key);
    }
  });

  it('hits a point glyph within its box plus the slop, and nothing just beyond it', () => {
    const point = layout.marks.find((m) => m.shape === 'point')!;
    const r = markSize / 2;
    expect(hitTest(layout, point.x + r + 1.5, point.y, opts)?.key).toBe(point.key);
    const beyond = hitTest(layout, point.x + r + 2.5, point.y - r - 2.5, opts);
    expect(beyond?.key).not.toBe(point.key);
  });

  it('hits nothing in an empty part of a lane, or outside the plot', () => {
    const lane = layout.lanes[0]!;
    expect(hitTest(layout, -5, lane.y + 10, opts)).toBeNull();
    expect(hitTest(layout, width + 5, lane.y + 10, opts)).toBeNull();
    // The stance band at the bottom of a lane holds no marks.
    expect(hitTest(layout, width / 2, lane.stanceY + 5, opts)).toBeNull();
  });

  it('prefers the mark whose centre is nearest when boxes overlap', () => {
    const a: EventMark = { ...layout.marks[0]!, key: 'a', shape: 'point', x: 100, x2: 100, y: 30 };
    const b: EventMark = { ...a, key: 'b', x: 108, x2: 108 };
    expect(hitTest({ marks: [a, b], clusters: [] }, 101, 30, opts)?.key).toBe('a');
    expect(hitTest({ marks: [a, b], clusters: [] }, 107, 30, opts)?.key).toBe('b');
  });

  it('hits a cluster pill anywhere on it, and a mark drawn over a pill first', () => {
    const dense = layoutTimeline(prepareTimeline(generateSyntheticDataset({ events: 3000, seed: 11 })), { width });
    const c: ClusterMark = dense.clusters[0]!;
    expect(c).toBeDefined();
    const { x, width: w } = pillBox(c);
    expect(hitTest(dense, x + 1, c.y + PILL_HEIGHT / 2 - 1, opts)?.key).toBe(c.key);
    const over: EventMark = { ...dense.marks[0]!, key: 'over', shape: 'point', x: x + w / 2, x2: x + w / 2, y: c.y };
    expect(hitTest({ marks: [over], clusters: [c] }, x + w / 2, c.y, opts)?.key).toBe('over');
  });
});
