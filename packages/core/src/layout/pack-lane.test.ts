import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateSyntheticDataset } from '../dataset/synthetic/generate-synthetic-dataset.js';
import { packLane, type PackLaneParams, type PackedCluster } from './pack-lane.js';
import { prepareTimeline } from './prepare-timeline.js';
import type { MarkShape } from './types.js';
import { packLaneReference } from '../../test/support/pack-lane-reference.js';
import { randomLane } from '../../test/support/random-lane.js';

interface Placed { e: number; shape: MarkShape; x: number; x2: number; row: number }

function run(lane: Parameters<typeof packLane>[0], p: PackLaneParams) {
  const marks: Placed[] = [];
  const clusters: PackedCluster[] = [];
  const visible = packLane(lane, p, {
    mark: (e, shape, x, x2, row) => marks.push({ e, shape, x, x2, row }),
    cluster: (c) => clusters.push(c),
  });
  return { marks, clusters, visible };
}

const paramsFor = (start: number, end: number, width: number, maxRows: number): PackLaneParams => ({
  k: width / (end - start), domainStart: start, tLo: start, tHi: end, markSize: 12, gap: 2, minSpanPx: 8,
  maxRows, clusterWidthPx: 40, tileOrigin: Date.UTC(2011, 0, 1),
});

describe('packLane (property tests over seeded synthetic lanes)', () => {
  const datasets = [1, 2, 3].map((seed) => prepareTimeline(generateSyntheticDataset({ events: 1500, seed, years: 2 })));
  const view = fc.record({
    data: fc.constantFrom(...datasets),
    lane: fc.integer({ min: 0, max: 3 }),
    from: fc.integer({ min: 0, max: 600 }),
    days: fc.integer({ min: 3, max: 800 }),
    width: fc.integer({ min: 50, max: 3000 }),
    maxRows: fc.integer({ min: 0, max: 5 }),
  });
  const DAY = 86_400_000;

  it('never overlaps two footprints in a row or two clusters, and accounts for every visible event once', () => {
    fc.assert(fc.property(view, ({ data, lane, from, days, width, maxRows }) => {
      const start = Date.UTC(2011, 0, 1) + from * DAY;
      const { marks, clusters, visible } = run(data.lanes[lane]!, paramsFor(start, start + days * DAY, width, maxRows));
      expect(marks.length + clusters.reduce((s, c) => s + c.count, 0)).toBe(visible);
      expect(new Set(marks.map((m) => m.e)).size).toBe(marks.length);
      const rows = new Map<number, [number, number][]>();
      for (const m of marks) {
        // Row maxRows is the cluster row: it also holds events that would be clusters of one.
        expect(m.row).toBeLessThanOrEqual(maxRows);
        const glyph: [number, number] = m.shape === 'point' || m.shape === 'hollow' ? [m.x - 6, m.x + 6] : [m.x, m.x2];
        rows.set(m.row, [...(rows.get(m.row) ?? []), glyph]);
      }
      rows.set(maxRows, [...(rows.get(maxRows) ?? []), ...clusters.map((c): [number, number] => [c.x, c.x2])]);
      for (const spans of rows.values()) {
        spans.sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
      }
    }), { numRuns: 150, seed: 20121 });
  });

  it('never makes a cluster of one event: a lone event in the cluster row is drawn as its own mark', () => {
    let alone = 0;
    fc.assert(fc.property(view, ({ data, lane, from, days, width, maxRows }) => {
      const start = Date.UTC(2011, 0, 1) + from * DAY;
      const { marks, clusters } = run(data.lanes[lane]!, paramsFor(start, start + days * DAY, width, maxRows));
      expect(clusters.filter((c) => c.count < 2)).toEqual([]);
      alone += marks.filter((m) => m.row === maxRows).length;
    }), { numRuns: 150, seed: 20121 });
    // The runs do reach the case (else the assertion above proves nothing).
    expect(alone).toBeGreaterThan(0);
  });

  it('never drops an individual mark when the same events are drawn wider (zoomed in)', () => {
    fc.assert(fc.property(view, fc.double({ min: 1, max: 8, noNaN: true }), ({ data, lane, from, days, width, maxRows }, factor) => {
      // Culling is switched off (the window covers all the data) so that only the zoom differs.
      const all = { tLo: -Infinity, tHi: Infinity };
      const start = Date.UTC(2011, 0, 1) + from * DAY;
      const base = paramsFor(start, start + days * DAY, width, maxRows);
      const a = run(data.lanes[lane]!, { ...base, ...all });
      const b = run(data.lanes[lane]!, { ...base, ...all, k: base.k * factor });
      // The optimal greedy guarantees this for the mark rows. Events alone in the cluster row are
      // drawn as marks too, but which events end up alone can change either way with the zoom.
      const inRows = (r: ReturnType<typeof run>) => r.marks.filter((m) => m.row < maxRows).length;
      expect(inRows(b)).toBeGreaterThanOrEqual(inRows(a));
    }), { numRuns: 150, seed: 4242 });
  });
});

describe('packLane with the lane index (the same output as the pass that read every event)', () => {
  type Call = ['mark', number, MarkShape, number, number, number] | ['cluster', PackedCluster];
  function calls(pack: typeof packLane, lane: Parameters<typeof packLane>[0], p: PackLaneParams): { calls: Call[]; visible: number } {
    const out: Call[] = [];
    const visible = pack(lane, p, {
      mark: (e, shape, x, x2, row) => out.push(['mark', e, shape, x, x2, row]),
      cluster: (c) => out.push(['cluster', { ...c }]),
    });
    return { calls: out, visible };
  }
  const DAY = 86_400_000;
  const origin = Date.UTC(2011, 0, 1);
  const synthetic = [5, 6].map((seed) => prepareTimeline(generateSyntheticDataset({ events: 4000, seed, years: 3 })).lanes).flat();
  const random = [
    randomLane(20_000, 11, { ranges: 0.2, months: 0.05, years: 0.01, repeats: 0.3, spacingDays: 0.2 }),
    randomLane(5000, 12, { ranges: 0.1, months: 0.4, years: 0.2, repeats: 0.6, spacingDays: 1 }),
    randomLane(3000, 13, { ranges: 0.5, months: 0.1, years: 0.05, repeats: 0.1, spacingDays: 3 }),
    randomLane(300, 14, { ranges: 0.2, months: 0.2, years: 0.1, repeats: 0.2, spacingDays: 20 }),
  ];
  const lanes = [...synthetic, ...random];
  const view = fc.record({
    lane: fc.integer({ min: 0, max: lanes.length - 1 }),
    from: fc.integer({ min: -200, max: 3000 }),
    // Windows from 2 days to 20 years.
    days: fc.double({ min: 2, max: 7300, noNaN: true }),
    width: fc.integer({ min: 40, max: 3000 }),
    maxRows: fc.integer({ min: 0, max: 5 }),
    markSize: fc.constantFrom(0, 8, 12, 20),
    gap: fc.constantFrom(0, 2, 6),
    minSpanPx: fc.constantFrom(0, 8, 30),
    clusterWidthPx: fc.constantFrom(0, 12, 40, 100),
    margin: fc.constantFrom(0, 0.1),
  });

  it('sends the same marks and clusters, in the same order, on random lanes and windows', () => {
    fc.assert(fc.property(view, ({ lane, from, days, width, maxRows, markSize, gap, minSpanPx, clusterWidthPx, margin }) => {
      const start = origin + from * DAY;
      const span = days * DAY;
      const p: PackLaneParams = {
        k: width / span, domainStart: start, tLo: start - margin * span, tHi: start + span + margin * span,
        markSize, gap, minSpanPx, maxRows, clusterWidthPx, tileOrigin: origin,
      };
      expect(calls(packLane, lanes[lane]!, p)).toEqual(calls(packLaneReference, lanes[lane]!, p));
    }), { numRuns: 600, seed: 1616 });
  });

  it('sends the same marks and clusters on a lane of 1,000,000 events, zoomed from its whole extent to a few days', () => {
    const lane = randomLane(1_000_000, 17, { ranges: 0.2, months: 0.05, years: 0.005, repeats: 0.5, spacingDays: 0.004 });
    const first = lane.starts[0]!;
    const last = lane.starts[lane.starts.length - 1]!;
    const mid = (first + last) / 2;
    for (let step = 0; step <= 12; step++) {
      const span = (last - first) * 0.55 ** step;
      const p: PackLaneParams = {
        k: 1056 / span, domainStart: mid - span / 2, tLo: mid - span / 2, tHi: mid + span / 2,
        markSize: 12, gap: 2, minSpanPx: 8, maxRows: 3, clusterWidthPx: 40, tileOrigin: first,
      };
      const ours = calls(packLane, lane, p);
      expect(ours).toEqual(calls(packLaneReference, lane, p));
      expect(ours.visible).toBeGreaterThan(step === 0 ? 900_000 : 0);
    }
  }, 60_000);
});
