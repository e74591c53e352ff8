export type { Id, EdtfDate, DateBasis, When } from './when.js';
export type { Lane } from './lane.js';
export type { Actor, ActorKind, ActorTitle } from './actor.js';
export type { Evidence } from './evidence.js';
export type { TimelineEvent, EventType, Role, Participant, PloverEvent } from './timeline-event.js';
export type { Issue, Position, Stance } from './stance.js';
export type { Source } from './source.js';
export type { Dataset } from './dataset.js';
export type { Precision, TimeSpan } from './time-span.js';
