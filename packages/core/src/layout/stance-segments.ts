import type { Id, Issue } from '../model/index.js';
import { stanceLabel } from './mark-labels.js';
import type { LabelWords } from './label-words.js';
import type { PreparedTimeline } from './prepare-timeline.js';
import type { StanceChange, StanceSegment } from './types.js';

const DAY_MS = 86_400_000;
/** Evidence fades over this long after the last observation: 12 months (365.2425 days). */
export const STANCE_FADE_MS = 365.2425 * DAY_MS;
/** The fade is drawn in steps of this length (3 months): one segment per step. */
export const STANCE_FADE_STEP_MS = STANCE_FADE_MS / 4;
/** Freshness of a stance whose last evidence is older than `STANCE_FADE_MS`. */
export const STALE_FRESHNESS = 0.25;

/**
 * How fresh a stance's evidence is `age` ms after the last observation: 1 at the observation,
 * falling linearly to `STALE_FRESHNESS` (0.25) twelve months later, and 0.25 after that.
 */
export function stanceFreshness(age: number): number {
  if (age <= 0) return 1;
  if (age >= STANCE_FADE_MS) return STALE_FRESHNESS;
  return 1 - (1 - STALE_FRESHNESS) * (age / STANCE_FADE_MS);
}

export interface StanceLayoutParams {
  issue: Issue;
  /** Shown lanes: index into `prepared.lanes`. */
  laneIndices: readonly number[];
  k: number;
  domainStart: number;
  tLo: number;
  tHi: number;
  /** BCP 47 tag of the accessible names' dates. */
  locale: string;
  words: LabelWords;
}

/**
 * Stance segments and change markers of one issue for the shown lanes, clipped to the window.
 * A period is drawn from its first observation to its end, or, while open, to the end of the
 * data's extent (the drawing stops there; the period itself has no invented end). The stretch
 * backed by observations has freshness 1; after the last one it fades in 3-month steps.
 */
export function layoutStances(prepared: PreparedTimeline, p: StanceLayoutParams): { stances: StanceSegment[]; stanceChanges: StanceChange[] } {
  const stances: StanceSegment[] = [];
  const stanceChanges: StanceChange[] = [];
  const track = prepared.stanceTracks.get(p.issue.id);
  if (track === undefined) return { stances, stanceChanges };
  const x = (t: number) => (t - p.domainStart) * p.k;

  for (const l of p.laneIndices) {
    const lane = prepared.lanes[l]!.lane;
    const periods = track[l] ?? [];
    periods.forEach((period, n) => {
      const firstId: Id = period.observations[0]!;
      const first = prepared.stanceById.get(firstId)!;
      const label = stanceLabel(lane.label, period.position, period.condition, p.issue.label, first.when, p.locale, p.words);
      const drawEnd = period.until ?? Math.max(prepared.extent.end, period.lastEvidence);
      const pieces: [number, number, number][] = [];
      if (period.lastEvidence > period.from) pieces.push([period.from, Math.min(period.lastEvidence, drawEnd), 1]);
      for (let t = period.lastEvidence; t < drawEnd; t += STANCE_FADE_STEP_MS) {
        const last = t - period.lastEvidence >= STANCE_FADE_MS - 1;
        const to = last ? drawEnd : Math.min(drawEnd, t + STANCE_FADE_STEP_MS);
        pieces.push([t, to, last ? STALE_FRESHNESS : stanceFreshness((t + to) / 2 - period.lastEvidence)]);
        if (last) break;
      }
      pieces.forEach(([from, to, freshness], piece) => {
        const a = Math.max(from, p.tLo);
        const b = Math.min(to, p.tHi);
        if (!(b > a)) return;
        stances.push({
          key: `stance:${lane.id}:${p.issue.id}:${firstId}:${piece}`,
          laneId: lane.id,
          position: period.position,
          ...(period.condition === undefined ? {} : { condition: period.condition }),
          x: x(a),
          x2: x(b),
          freshness,
          stanceIds: [...period.observations],
          label,
        });
      });

      const previous = periods[n - 1];
      const adjoins = previous !== undefined && (previous.until === null || previous.until >= period.from);
      const from = adjoins ? previous.position : null;
      if (from !== period.position && period.from >= p.tLo && period.from <= p.tHi) {
        stanceChanges.push({ key: `change:${lane.id}:${firstId}`, laneId: lane.id, x: x(period.from), from, to: period.position, stanceId: firstId });
      }
    });
  }
  return { stances, stanceChanges };
}
