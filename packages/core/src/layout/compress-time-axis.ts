import type { PreparedTimeline } from './prepare-timeline.js';
import { foldedTimeAxis, type TimeAxis } from './time-axis.js';
import { EXTENT_PADDING } from './view-domain.js';

const DAY_MS = 86_400_000;

/** Options of `compressTimeAxis`; each default is named after it. */
export interface CompressTimeAxisOptions {
  /** Fold empty stretches, longest first, until none left takes more than this share of the full view. Default 0.1. */
  maxBlankShare?: number;
  /** Never fold an empty stretch shorter than this, ms. Default 90 days. */
  minFoldMs?: number;
  /** Each fold is drawn this share of the unpadded full view (less when there are more than 10 folds). Default 0.05. */
  foldShare?: number;
}

/** An event longer than this (ms: a year) is busy only where it starts and ends: its middle may be folded. */
export const LONG_EVENT_MS = 366 * DAY_MS;

/**
 * A gap-compressed axis for a prepared timeline: linear inside each busy period, with the longest
 * empty stretches folded into short breaks, so that at the full view (the extent padded by
 * `EXTENT_PADDING`) no stretch left empty takes more than `maxBlankShare` of the width. A fold
 * keeps a margin of real time on each side (1% of the view, at most a tenth of the stretch), so
 * that the marks next to it are not drawn on the break. When no stretch needs folding, it is
 * `LINEAR_TIME_AXIS`.
 *
 * Busy means: an event's interval (for an event longer than `LONG_EVENT_MS`, its first and last
 * day only, its bar is drawn through the breaks), and a stance period's first and last observation.
 * Only stretches of at least `minFoldMs` fold. O(n) over the events, once per dataset.
 */
export function compressTimeAxis(prepared: PreparedTimeline, options: CompressTimeAxisOptions = {}): TimeAxis {
  const steps = compressTimeAxisSteps(prepared, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Events read between two yields of `compressTimeAxisSteps`: a few ms of a browser's time, cold. */
export const COMPRESS_STEP = 65_536;

/**
 * `compressTimeAxis(prepared, options)` in steps, for a caller that must not hold the main thread
 * for the whole pass (a million events: 35–50 ms in one task, cold): it reads the events twice,
 * yields after every `COMPRESS_STEP` of them (never for fewer) how far it is, from 0 to the number of
 * events, and returns the same axis. Drive it as `checkDatasetSteps` (`next()` until done, giving
 * the event loop back between steps).
 */
export function* compressTimeAxisSteps(prepared: PreparedTimeline, options: CompressTimeAxisOptions = {}): Generator<number, TimeAxis> {
  const maxBlankShare = options.maxBlankShare ?? 0.1;
  const minFoldMs = options.minFoldMs ?? 90 * DAY_MS;
  const foldShare = options.foldShare ?? 0.05;
  const gaps = yield* emptyStretches(prepared, minFoldMs);
  if (gaps.length === 0) return foldedTimeAxis([]);
  gaps.sort((a, b) => b[1] - b[0] - (a[1] - a[0]));

  const total = prepared.extent.end - prepared.extent.start;
  const shareOf = (n: number) => Math.min(foldShare, 0.5 / Math.max(1, n));
  // The unpadded width of the view (axis units) with `n` folds hiding `hidden` ms in all.
  const innerSpan = (n: number, hidden: number) => (total - hidden) / (1 - n * shareOf(n));
  let hidden = 0;
  let n = 0;
  for (const [a, b] of gaps) {
    const length = b - a;
    if (length / (innerSpan(n, hidden) * (1 + 2 * EXTENT_PADDING)) <= maxBlankShare) break;
    hidden += length;
    n++;
  }
  if (n === 0) return foldedTimeAxis([]);
  const span = innerSpan(n, hidden);
  const axisLength = shareOf(n) * span;
  const stretches = gaps.slice(0, n).sort((a, b) => a[0] - b[0]).map(([a, b]) => {
    const margin = Math.min((b - a) / 10, span / 100);
    return { start: a + margin, end: b - margin, axisLength };
  });
  return foldedTimeAxis(stretches);
}

/**
 * The empty stretches [from, to) between busy instants, UTC ms, at least `minLength` long, in time
 * order. Two passes over the prepared (start-sorted) arrays, no array per event: at 100,000 events
 * this runs once, at the first layout, in about a millisecond. Yields after every `COMPRESS_STEP`
 * events of each pass (see `compressTimeAxisSteps`).
 */
function* emptyStretches(prepared: PreparedTimeline, minLength: number): Generator<number, [number, number][]> {
  const { orderStarts, orderEnds } = prepared;
  const n = orderStarts.length;
  // Busy intervals that are not at their event's start: stance observations, and the last day of long events.
  const extra: [number, number][] = [];
  for (const track of prepared.stanceTracks.values()) {
    for (const periods of track) {
      for (const p of periods) extra.push([p.from, p.from + 1], [p.lastEvidence, p.lastEvidence + 1]);
    }
  }
  for (let from = 0; from < n; from += COMPRESS_STEP) {
    const to = Math.min(n, from + COMPRESS_STEP);
    for (let r = from; r < to; r++) {
      const e = orderEnds[r]! + 1;
      if (e - orderStarts[r]! > LONG_EVENT_MS) extra.push([e - DAY_MS, e]);
    }
    if (to < n) yield to >> 1;
  }
  extra.sort((a, b) => a[0] - b[0]);

  const gaps: [number, number][] = [];
  let end = -Infinity;
  const visit = (s: number, e: number): void => {
    if (s - end >= minLength && end > -Infinity) gaps.push([end, s]);
    if (e > end) end = e;
  };
  let j = 0;
  for (let from = 0; from < n; from += COMPRESS_STEP) {
    const to = Math.min(n, from + COMPRESS_STEP);
    for (let r = from; r < to; r++) {
      const s = orderStarts[r]!;
      const e = orderEnds[r]! + 1;
      while (j < extra.length && extra[j]![0] <= s) visit(extra[j]![0], extra[j++]![1]);
      // A long event is busy on its first day here (its last day is in `extra`).
      visit(s, e - s > LONG_EVENT_MS ? s + DAY_MS : e);
    }
    if (to < n) yield (n + to) >> 1;
  }
  for (; j < extra.length; j++) visit(extra[j]![0], extra[j]![1]);
  return gaps;
}
