import type { Dataset, Id } from '../model/index.js';

/**
 * The lane of every actor: its own `lane`, else the lane of the nearest ancestor through `partOf`
 * that has one, else `undefined` (a counterpart only, drawn in no lane).
 *
 * `partOf` chains are acyclic in valid data; a cycle (or a dangling `partOf`) is tolerated here and
 * simply ends the search, so this never loops even on unvalidated input. A lane id that names no lane
 * of the dataset counts as no lane.
 *
 * @example
 * laneOfActor(dataset).get('lavrov') //=> 'russia' (lavrov → russia-mfa → russia, which has lane 'russia')
 */
export function laneOfActor(dataset: Pick<Dataset, 'actors' | 'lanes'>): Map<Id, Id | undefined> {
  const laneIds = new Set(dataset.lanes.map((lane) => lane.id));
  const byId = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const result = new Map<Id, Id | undefined>();

  const resolve = (id: Id): Id | undefined => {
    if (result.has(id)) return result.get(id);
    // Walk up, remembering the path so that every actor on it gets the answer (O(actors) overall).
    const path: Id[] = [];
    const seen = new Set<Id>();
    let current: Id | undefined = id;
    let lane: Id | undefined;
    while (current !== undefined && !seen.has(current)) {
      if (result.has(current)) {
        lane = result.get(current);
        break;
      }
      const actor = byId.get(current);
      if (actor === undefined) break;
      seen.add(current);
      path.push(current);
      if (actor.lane !== undefined && laneIds.has(actor.lane)) {
        lane = actor.lane;
        break;
      }
      current = actor.partOf;
    }
    for (const step of path) result.set(step, lane);
    return lane;
  };

  for (const actor of dataset.actors) resolve(actor.id);
  return result;
}
