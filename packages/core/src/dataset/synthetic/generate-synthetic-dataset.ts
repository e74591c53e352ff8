import type {
  Actor, Dataset, EventType, Evidence, Issue, Participant, Position, Stance, TimelineEvent,
} from '../../model/index.js';
import { mulberry32 } from './mulberry32.js';
import { syntheticLanes } from './synthetic-lanes.js';

/** Options of `generateSyntheticDataset`. */
export interface SyntheticOptions {
  /** Number of events (an integer ≥ 0). */
  events: number;
  /** Seed of the PRNG (an integer): the same seed gives the same dataset. */
  seed: number;
  /** Number of lanes (≥ 1). Default 4: russia, assad, opposition, west. */
  lanes?: number;
  /** Years covered, from 1 January of `startYear`. Default 5. */
  years?: number;
  /** First year covered (four digits). Default 2011. */
  startYear?: number;
}

/** Share of events that are start–end ranges (day precision, 2–60 days long). */
const RANGE_SHARE = 0.2;
/** Share of events (all points) dated to a month only. */
const MONTH_SHARE = 0.05;
/** Share of events with a recipient in a second lane (a tie). */
const TIE_SHARE = 0.3;
/** Share of events tagged with one of the issues. */
const ISSUE_SHARE = 0.4;
/** Share of background (context) events. */
const BACKGROUND_SHARE = 0.02;
/** Stance observations per lane and issue. */
const STANCES_PER_ISSUE = 3;

const DAY_MS = 86_400_000;
const EVENT_TYPES: readonly EventType[] = [
  'statement', 'appeal', 'demand', 'offer', 'meeting', 'call', 'agreement',
  'support', 'criticism', 'accusation', 'rejection', 'veto', 'sanction', 'other',
];
const POSITIONS: readonly Position[] = ['supports', 'opposes', 'neutral'];
const ISSUES: readonly Issue[] = [
  { id: 'assad-steps-down', label: 'Assad should step down' },
  { id: 'talks-without-preconditions', label: 'Talks without preconditions' },
];
const SOURCE_ID = 'synthetic';

/** A fresh evidence object each time, as `JSON.parse` of real data would give (no shared objects). */
const evidence = (): [Evidence] => [{ source: SOURCE_ID, start: 0, end: 9, text: 'synthetic' }];

function checkInteger(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`generateSyntheticDataset: options.${name}: got ${String(value)}, expected an integer from ${min} to ${max}`);
  }
}

/**
 * A valid, deterministic `Dataset` of any size for stress tests, stories and benchmarks.
 *
 * 80% of events are points (one in 16 of them dated to the month only, ~5% overall), 20% are
 * day ranges of 2–60 days; ~30% have a recipient in a second lane. Dates are uniform over
 * `years` years from `startYear`. Events come in generation order, not sorted by date, as a
 * consumer must not rely on order. Every evidence quotes `[0, 9)` of the one source text, which
 * is `SYNTHETIC_SOURCE_TEXTS.synthetic`. Each lane has three actors (the lane's state or bloc, its
 * ministry and its leader) and three stance observations on each of the two issues.
 *
 * @example
 * const d = generateSyntheticDataset({ events: 10_000, seed: 42 });
 * parseDataset(d, { sourceTexts: SYNTHETIC_SOURCE_TEXTS }); // passes
 */
export function generateSyntheticDataset(options: SyntheticOptions): Dataset {
  const { events: count, seed, lanes: laneCount = 4, years = 5, startYear = 2011 } = options;
  checkInteger('events', count, 0);
  checkInteger('seed', seed, -0x80000000, 0xffffffff);
  checkInteger('lanes', laneCount, 1, 1000);
  checkInteger('years', years, 1, 100);
  checkInteger('startYear', startYear, 1000, 9999 - years);

  const random = mulberry32(seed);
  const int = (n: number): number => Math.floor(random() * n);

  const lanes = syntheticLanes(laneCount);
  const actors: Actor[] = [];
  // Per lane: the actors an event may use, the first being the lane's own state or bloc.
  const laneActors: string[][] = lanes.map((lane) => {
    const ids = [lane.id, `${lane.id}-ministry`, `${lane.id}-leader`];
    actors.push(
      { id: ids[0]!, name: lane.label, kind: lane.id === 'west' ? 'bloc' : 'state', lane: lane.id },
      { id: ids[1]!, name: `${lane.label}: ministry`, kind: 'body', partOf: ids[0]! },
      { id: ids[2]!, name: `${lane.label}: leader`, kind: 'person', partOf: ids[1]! },
    );
    return ids;
  });

  // Formatting a date per event is the slow part; every possible day is formatted once instead.
  const t0 = Date.UTC(startYear, 0, 1);
  const dayCount = Math.round((Date.UTC(startYear + years, 0, 1) - t0) / DAY_MS);
  const days: string[] = [];
  for (let d = 0; d < dayCount; d++) days.push(new Date(t0 + d * DAY_MS).toISOString().slice(0, 10));

  const events: TimelineEvent[] = new Array<TimelineEvent>(count);
  for (let i = 0; i < count; i++) {
    const lane = int(laneCount);
    const own = laneActors[lane]!;
    const participants: Participant[] = [{ actor: own[int(own.length)]!, role: 'actor' }];
    if (laneCount > 1 && random() < TIE_SHARE) {
      const other = laneActors[(lane + 1 + int(laneCount - 1)) % laneCount]!;
      participants.push({ actor: other[int(other.length)]!, role: 'recipient' });
    }
    const kind = random();
    let when: TimelineEvent['when'];
    if (kind < RANGE_SHARE) {
      const start = int(dayCount - 1);
      const end = Math.min(start + 1 + int(59), dayCount - 1);
      when = { start: days[start]!, end: days[end]!, basis: 'stated' };
    } else if (kind < RANGE_SHARE + MONTH_SHARE) {
      when = { start: days[int(dayCount)]!.slice(0, 7), basis: 'stated' };
    } else {
      when = { start: days[int(dayCount)]!, basis: 'stated' };
    }
    const event: TimelineEvent = {
      id: `ev-${i}`,
      type: EVENT_TYPES[int(EVENT_TYPES.length)]!,
      title: `Synthetic event ${i}`,
      when,
      participants,
      evidence: evidence(),
    };
    if (random() < ISSUE_SHARE) event.issues = [ISSUES[int(ISSUES.length)]!.id];
    if (random() < BACKGROUND_SHARE) event.background = true;
    events[i] = event;
  }

  // Observations spread over the span (one per third, jittered) so that no two share a date.
  const stances: Stance[] = [];
  for (const [l, lane] of lanes.entries()) {
    for (const issue of ISSUES) {
      for (let k = 0; k < STANCES_PER_ISSUE; k++) {
        const slot = dayCount / STANCES_PER_ISSUE;
        stances.push({
          id: `stance-${lane.id}-${issue.id}-${k}`,
          actor: laneActors[l]![0]!,
          issue: issue.id,
          position: POSITIONS[int(POSITIONS.length)]!,
          when: { start: days[Math.floor(k * slot + random() * (slot - 1))]!, basis: 'stated' },
          basis: 'stated',
          evidence: evidence(),
        });
      }
    }
  }

  return {
    version: 1,
    lanes,
    actors,
    issues: ISSUES.map((issue) => ({ ...issue })),
    sources: [{
      id: SOURCE_ID,
      file: 'synthetic.txt',
      title: 'Synthetic source (generated; not a real article)',
      dateline: { start: days[0]!, basis: 'stated' },
    }],
    events,
    stances,
  };
}
