import { whenSpan } from '../dates/index.js';
import type { Id, Issue, Stance } from '../model/index.js';
import { stanceLabel, stanceObservationLabel } from './mark-labels.js';
import type { LabelWords } from './label-words.js';
import type { PreparedTimeline } from './prepare-timeline.js';
import type { StanceChange, StanceObservation, StanceSegment } from './types.js';

/**
 * The last instant each source can speak for: the end of its dateline (an article reports what
 * was so when it was written). Per prepared dataset, built on first use.
 */
const sourceEnds = new WeakMap<PreparedTimeline, ReadonlyMap<Id, number>>();

function sourceEndsOf(prepared: PreparedTimeline): ReadonlyMap<Id, number> {
  let ends = sourceEnds.get(prepared);
  if (ends === undefined) {
    const map = new Map<Id, number>();
    for (const source of prepared.dataset.sources) {
      try {
        map.set(source.id, whenSpan(source.dateline).end);
      } catch {
        // A dataset that skipped validation: that source supports nothing past its observation.
      }
    }
    sourceEnds.set(prepared, (ends = map));
  }
  return ends;
}

const observationStarts = new WeakMap<PreparedTimeline, Map<Id, number>>();

/** Start of an observation's date, UTC ms (parsed once per prepared dataset). */
function observedAt(prepared: PreparedTimeline, stance: Stance): number {
  let starts = observationStarts.get(prepared);
  if (starts === undefined) observationStarts.set(prepared, (starts = new Map()));
  let t = starts.get(stance.id);
  if (t === undefined) starts.set(stance.id, (t = whenSpan(stance.when).start));
  return t;
}

/** How long an observation's sources support it: the latest end of their datelines (never before `at`). */
export function supportedUntil(prepared: PreparedTimeline, stance: Stance, at: number): number {
  const ends = sourceEndsOf(prepared);
  let until = at;
  for (const evidence of stance.evidence) until = Math.max(until, ends.get(evidence.source) ?? at);
  return until;
}

export interface StanceLayoutParams {
  issue: Issue;
  /** Shown lanes: index into `prepared.lanes`. */
  laneIndices: readonly number[];
  k: number;
  /** x = (toAxis(t) - domainStart) * k; `toAxis` maps UTC ms to the units of a gap-compressed axis (default: none). */
  domainStart: number;
  toAxis?: (time: number) => number;
  /** The window, UTC ms. */
  tLo: number;
  tHi: number;
  /** BCP 47 tag of the accessible names' dates. */
  locale: string;
  words: LabelWords;
}

/**
 * Stance segments, observation points and change markers of one issue for the shown lanes,
 * clipped to the window. A period is drawn solid from its first observation to its last
 * (`carried: false`), then carried forward (`carried: true`) to the next observation of the lane
 * and issue or to the date of the last observation's source, whichever is first: never to the
 * data's end when nothing was observed there.
 */
export function layoutStances(
  prepared: PreparedTimeline,
  p: StanceLayoutParams,
): { stances: StanceSegment[]; stanceChanges: StanceChange[]; stanceObservations: StanceObservation[] } {
  const stances: StanceSegment[] = [];
  const stanceChanges: StanceChange[] = [];
  const stanceObservations: StanceObservation[] = [];
  const track = prepared.stanceTracks.get(p.issue.id);
  if (track === undefined) return { stances, stanceChanges, stanceObservations };
  const toAxis = p.toAxis;
  const x = toAxis === undefined ? (t: number) => (t - p.domainStart) * p.k : (t: number) => (toAxis(t) - p.domainStart) * p.k;

  for (const l of p.laneIndices) {
    const lane = prepared.lanes[l]!.lane;
    const periods = track[l] ?? [];
    periods.forEach((period, n) => {
      const firstId: Id = period.observations[0]!;
      const first = prepared.stanceById.get(firstId)!;
      const last = prepared.stanceById.get(period.observations[period.observations.length - 1]!)!;
      const label = stanceLabel(lane.label, period.position, period.condition, p.issue.label, first.when, p.locale, p.words);
      const next = periods[n + 1]?.from ?? Infinity;
      const carryEnd = Math.max(period.lastEvidence, Math.min(period.until ?? Infinity, next, supportedUntil(prepared, last, period.lastEvidence)));
      const pieces: [number, number, boolean][] = [];
      if (period.lastEvidence > period.from) pieces.push([period.from, period.lastEvidence, false]);
      if (carryEnd > period.lastEvidence) pieces.push([period.lastEvidence, carryEnd, true]);
      for (const [from, to, carried] of pieces) {
        const a = Math.max(from, p.tLo);
        const b = Math.min(to, p.tHi);
        if (!(b > a)) continue;
        stances.push({
          key: `stance:${lane.id}:${p.issue.id}:${firstId}:${carried ? 'carried' : 'observed'}`,
          laneId: lane.id,
          position: period.position,
          ...(period.condition === undefined ? {} : { condition: period.condition }),
          x: x(a),
          x2: x(b),
          carried,
          stanceIds: [...period.observations],
          label,
        });
      }
      for (const id of period.observations) {
        const stance = prepared.stanceById.get(id)!;
        const t = observedAt(prepared, stance);
        if (t < p.tLo || t > p.tHi) continue;
        stanceObservations.push({
          key: `observation:${lane.id}:${id}`, laneId: lane.id, stanceId: id, position: stance.position,
          ...(stance.condition === undefined ? {} : { condition: stance.condition }),
          x: x(t), label: stanceObservationLabel(lane.label, stance, p.issue.label, p.locale, p.words),
        });
      }

      const previous = periods[n - 1];
      const adjoins = previous !== undefined && (previous.until === null || previous.until >= period.from);
      const from = adjoins ? previous.position : null;
      if (from !== period.position && period.from >= p.tLo && period.from <= p.tHi) {
        stanceChanges.push({ key: `change:${lane.id}:${firstId}`, laneId: lane.id, x: x(period.from), from, to: period.position, stanceId: firstId });
      }
    });
  }
  return { stances, stanceChanges, stanceObservations };
}
