import type { Id, TimelineEvent } from '../model/index.js';

/**
 * The distinct lanes of an event's participants: lanes of participants with role `actor` first
 * (in participant order), then those of recipients and objects. Participants without a lane
 * (counterparts only) add none.
 *
 * @param laneOfActor the map from `laneOfActor(dataset)`.
 * @example
 * lanesOfEvent({ participants: [{ actor: 'west', role: 'recipient' }, { actor: 'lavrov', role: 'actor' }] }, lanes)
 * //=> ['russia', 'west']
 */
export function lanesOfEvent(
  event: Pick<TimelineEvent, 'participants'>,
  laneOfActor: ReadonlyMap<Id, Id | undefined>,
): Id[] {
  const lanes: Id[] = [];
  for (const pass of [true, false]) {
    for (const participant of event.participants) {
      if ((participant.role === 'actor') !== pass) continue;
      const lane = laneOfActor.get(participant.actor);
      if (lane !== undefined && !lanes.includes(lane)) lanes.push(lane);
    }
  }
  return lanes;
}
