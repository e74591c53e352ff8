import { parseEdtf, whenSpan } from '../dates/index.js';
import type { Dataset, Id, Position, Stance } from '../model/index.js';
import { laneOfActor } from './lane-of-actor.js';

/** A stretch of time over which one actor (or one lane) held one position on one issue. */
export interface StancePeriod {
  /** The actor of the period's first observation (with `groupBy: 'lane'`, other actors of the lane may follow). */
  actor: Id;
  /** The actor's lane (inherited through `partOf`), or `undefined` for a counterpart. */
  lane: Id | undefined;
  issue: Id;
  position: Position;
  condition?: string;
  /** UTC ms: start of the first observation's date. */
  from: number;
  /** UTC ms: start of the last observation's date in the period (the freshest evidence). */
  lastEvidence: number;
  /**
   * UTC ms at which the period ended: the start of the next observation with a different position
   * or condition, or the observation's own `until` when the text itself ends the stance.
   * `null` while open: no end is ever invented.
   */
  until: number | null;
  /** Ids of the observations merged into this period, in time order. */
  observations: Id[];
}

export interface StancePeriodsOptions {
  /** Only this issue. */
  issue?: Id;
  /** Only observations by this actor. */
  actor?: Id;
  /** Only observations by actors of this lane. */
  lane?: Id;
  /**
   * `'actor'` (default): one sequence per actor and issue. `'lane'`: the observations of all actors of
   * a lane form one sequence per lane and issue (the lane speaks with one voice; lane-less actors are skipped).
   */
  groupBy?: 'actor' | 'lane';
}

interface Observation {
  stance: Stance;
  start: number;
  order: number;
}

/**
 * Derives stance periods from stance observations: consecutive observations (in time) of one
 * actor (or lane) on one issue with the same position and condition merge into one period, which
 * lasts until the next differing observation, or stays open (`until: null`).
 *
 * @example
 * // russia opposes (Feb 2012), opposes (Jun 2012), neutral (Sep 2013)
 * stancePeriods(dataset, { issue: 'assad-steps-down', actor: 'russia' })
 * //=> [{ position: 'opposes', from: Feb 2012, lastEvidence: Jun 2012, until: Sep 2013, … },
 * //    { position: 'neutral', from: Sep 2013, until: null, … }]
 * @throws EdtfError when a date is not of the profile (validate the dataset first).
 */
export function stancePeriods(
  dataset: Pick<Dataset, 'stances' | 'actors' | 'lanes'>,
  options: StancePeriodsOptions = {},
): StancePeriod[] {
  const lanes = laneOfActor(dataset);
  const byLane = options.groupBy === 'lane';
  const groups = new Map<string, Observation[]>();
  dataset.stances.forEach((stance, order) => {
    if (options.issue !== undefined && stance.issue !== options.issue) return;
    if (options.actor !== undefined && stance.actor !== options.actor) return;
    const lane = lanes.get(stance.actor);
    if (options.lane !== undefined && lane !== options.lane) return;
    if (byLane && lane === undefined) return;
    // JSON of the pair: ids may contain '-', so no separator character is safe on its own.
    const key = JSON.stringify([byLane ? lane : stance.actor, stance.issue]);
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = []));
    group.push({ stance, start: whenSpan(stance.when).start, order });
  });

  const periods: StancePeriod[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.start - b.start || a.order - b.order);
    let open: StancePeriod | undefined;
    let openEndedByText = false;
    for (const { stance, start } of group) {
      const continues = open !== undefined && !openEndedByText
        && open.position === stance.position && open.condition === stance.condition;
      if (continues && open) {
        open.lastEvidence = start;
        open.observations.push(stance.id);
      } else {
        // The next differing observation ends the previous period, unless the text ended it earlier.
        if (open) open.until = open.until === null ? start : Math.min(open.until, start);
        open = {
          actor: stance.actor,
          lane: lanes.get(stance.actor),
          issue: stance.issue,
          position: stance.position,
          ...(stance.condition === undefined ? {} : { condition: stance.condition }),
          from: start,
          lastEvidence: start,
          until: null,
          observations: [stance.id],
        };
        periods.push(open);
      }
      openEndedByText = stance.until !== undefined;
      if (stance.until !== undefined) open.until = Math.max(start, parseEdtf(stance.until).earliest);
    }
  }
  return periods;
}
