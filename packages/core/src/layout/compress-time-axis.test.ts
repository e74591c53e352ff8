import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../builtin.js';
import { generateSyntheticDataset } from '../dataset/synthetic/generate-synthetic-dataset.js';
import { COMPRESS_STEP, compressTimeAxis, compressTimeAxisSteps } from './compress-time-axis.js';
import { DEFAULT_LAYOUT_OPTIONS } from './default-layout-options.js';
import { layoutTimeline } from './layout-timeline.js';
import { prepareTimeline, type PreparedTimeline } from './prepare-timeline.js';
import { LINEAR_TIME_AXIS, type TimeAxis } from './time-axis.js';
import type { TimelineLayout } from './types.js';

const builtin = prepareTimeline(builtinDataset);
const WIDTH = 1000;
const half = DEFAULT_LAYOUT_OPTIONS.markSize / 2;

/**
 * The widest stretch of the plot (share of its width) where nothing is drawn at the full view: no
 * mark, pill, stance change, nor (for events with no lane, which a context row draws) their start.
 * A break counts as empty: it is drawn blank apart from its label.
 */
function widestBlankShare(prepared: PreparedTimeline, axis: TimeAxis): number {
  const layout: TimelineLayout = layoutTimeline(prepared, { width: WIDTH, axis });
  const u0 = axis.toAxis(layout.domain.start);
  const k = WIDTH / (axis.toAxis(layout.domain.end) - u0);
  const inked: [number, number][] = [
    ...layout.marks.map((m): [number, number] => [Math.min(m.x, m.x2) - half, Math.max(m.x, m.x2) + half]),
    ...layout.clusters.map((c): [number, number] => [c.x, c.x2]),
    ...layout.stanceChanges.map((c): [number, number] => [c.x - 2, c.x + 2]),
  ];
  for (let r = 0; r < prepared.order.length; r++) {
    if (prepared.orderInLane[r] === 1) continue;
    const x = (axis.toAxis(prepared.orderStarts[r]!) - u0) * k;
    inked.push([x - half, x + half]);
  }
  inked.sort((a, b) => a[0] - b[0]);
  let widest = 0;
  let reached = 0;
  for (const [a, b] of inked) {
    widest = Math.max(widest, a - reached);
    reached = Math.max(reached, b);
  }
  return Math.max(widest, WIDTH - reached) / WIDTH;
}

describe('compressTimeAxis', () => {
  const axis = compressTimeAxis(builtin);

  it('folds the long empty years of the built-in story, so that no blank stretch takes over 15 % of the full view', () => {
    expect(widestBlankShare(builtin, LINEAR_TIME_AXIS)).toBeGreaterThan(0.15);
    expect(axis.folds.length).toBeGreaterThan(0);
    expect(widestBlankShare(builtin, axis)).toBeLessThanOrEqual(0.15);
  });

  it("folds only empty time: no event's day or stance observation lies inside a fold", () => {
    const inFold = (t: number) => axis.folds.some((f) => t > f.start && t < f.end);
    for (let i = 0; i < builtin.events.length; i++) {
      const long = builtin.ends[i]! - builtin.starts[i]! > 366 * 86_400_000;
      if (long) expect([builtin.starts[i]!, builtin.ends[i]!].filter(inFold)).toEqual([]);
      else expect(axis.folds.filter((f) => f.start < builtin.ends[i]! && f.end > builtin.starts[i]!)).toEqual([]);
    }
    for (const track of builtin.stanceTracks.values()) {
      for (const periods of track) for (const p of periods) expect([p.from, p.lastEvidence].filter(inFold)).toEqual([]);
    }
  });

  it('gives a monotonic, invertible map over the data', () => {
    const { start, end } = builtin.extent;
    fc.assert(fc.property(fc.double({ min: start, max: end, noNaN: true }), fc.double({ min: 3_600_000, max: 1e10, noNaN: true }), (t, d) => {
      expect(axis.toAxis(t + d)).toBeGreaterThan(axis.toAxis(t));
      expect(Math.abs(axis.fromAxis(axis.toAxis(t)) - t)).toBeLessThan(1e-2);
    }));
  });

  it('leaves a dataset without dominant gaps linear', () => {
    const dense = prepareTimeline(generateSyntheticDataset({ events: 3000, seed: 11 }));
    expect(compressTimeAxis(dense)).toBe(LINEAR_TIME_AXIS);
  });

  it('folds nothing shorter than minFoldMs', () => {
    expect(compressTimeAxis(builtin, { minFoldMs: 10 * 365 * 86_400_000 })).toBe(LINEAR_TIME_AXIS);
  });

  it('in steps, gives the same folds as in one go, reading at most COMPRESS_STEP events a step', () => {
    // ~111,000 single-day events over five years with most of 2012 and all of 2014 left empty (no
    // stances, whose periods would bridge them): two folds.
    const data = generateSyntheticDataset({ events: 220_000, seed: 5 });
    const year = (e: { when: { start: string } }) => e.when.start.slice(0, 4);
    data.events = data.events.filter((e) => !e.when.end && year(e) !== '2014' && !(year(e) === '2012' && e.when.start.slice(5, 7) > '02'));
    data.stances = [];
    const n = data.events.length;
    expect(n).toBeGreaterThan(COMPRESS_STEP);
    const prepared = prepareTimeline(data);
    const whole = compressTimeAxis(prepared);
    expect(whole.folds).toHaveLength(2);
    const steps = compressTimeAxisSteps(prepared);
    const seen: number[] = [];
    let step = steps.next();
    while (!step.done) {
      seen.push(step.value);
      step = steps.next();
    }
    expect(step.value.folds).toEqual(whole.folds);
    // Two passes over the events, a yield after each full step of either: progress only grows, up to n.
    expect(seen).toHaveLength(2 * Math.floor((n - 1) / COMPRESS_STEP));
    expect(seen.every((v, i) => v > (seen[i - 1] ?? 0) && v <= n)).toBe(true);
  });

  it('in steps, yields nothing for fewer events than a step', () => {
    const steps = compressTimeAxisSteps(builtin);
    const first = steps.next();
    expect(first.done).toBe(true);
    const value = first.value as TimeAxis;
    expect(value.folds).toEqual(axis.folds);
    expect(value.folds.length).toBeGreaterThan(0);
  });
});
