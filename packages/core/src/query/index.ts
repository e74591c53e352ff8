// Public API of core/query: named re-exports only.
export { laneOfActor } from './lane-of-actor.js';
export { lanesOfEvent } from './lanes-of-event.js';
export { createEventIndex, eventsInRange, type EventIndex } from './events-in-range.js';
export { eventsByLane } from './events-by-lane.js';
export { stancePeriods, type StancePeriod, type StancePeriodsOptions } from './stance-periods.js';
export { findEvent } from './find-event.js';
export { sideOfLane, type SideOfLane } from './side-of-lane.js';
export { OTHERS_LANE_ID } from './others-lane-id.js';
