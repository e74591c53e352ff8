import { parseEdtf, whenSpan } from '../dates/index.js';
import type { Actor, Dataset, Id, Relation, Stance } from '../model/index.js';
import { laneOfActor } from './lane-of-actor.js';
import { OTHERS_LANE_ID } from './others-lane-id.js';

/** One side of the story, as the lane card shows it. */
export interface SideOfLane {
  /** The actors whose lane (own or through `partOf`) is the lane, in dataset order. */
  actors: Actor[];
  /** The relations with one of those actors at either end, by start (open starts first), then dataset order. */
  relations: Relation[];
  /** Their stance observations, by date, then dataset order. */
  stances: Stance[];
}

/**
 * The actors of lane `laneId`, their standing relations and their stance history. For the context
 * row (`OTHERS_LANE_ID`, when the dataset has no lane of that id) the side is the actors with no lane.
 * An unknown lane id gives an empty side.
 *
 * @example
 * sideOfLane(dataset, 'russia').relations.map((r) => r.label) //=> ['Russia supplies arms to the Syrian government', …]
 */
export function sideOfLane(dataset: Pick<Dataset, 'actors' | 'lanes' | 'stances' | 'relations'>, laneId: Id): SideOfLane {
  const lanes = laneOfActor(dataset);
  const own = dataset.lanes.some((lane) => lane.id === laneId);
  const wanted = own ? laneId : laneId === OTHERS_LANE_ID ? undefined : null;
  if (wanted === null) return { actors: [], relations: [], stances: [] };
  const actors = dataset.actors.filter((actor) => lanes.get(actor.id) === wanted);
  const ids = new Set(actors.map((actor) => actor.id));
  const relations = (dataset.relations ?? [])
    .map((relation, i) => ({ relation, i, at: relation.start === undefined ? -Infinity : parseEdtf(relation.start).earliest }))
    .filter(({ relation }) => ids.has(relation.from) || ids.has(relation.to))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ relation }) => relation);
  const stances = dataset.stances
    .map((stance, i) => ({ stance, i, at: whenSpan(stance.when).start }))
    .filter(({ stance }) => ids.has(stance.actor))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ stance }) => stance);
  return { actors, relations, stances };
}
