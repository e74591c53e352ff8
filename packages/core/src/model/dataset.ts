import type { Actor } from './actor.js';
import type { Lane } from './lane.js';
import type { Relation } from './relation.js';
import type { Source } from './source.js';
import type { Issue, Stance } from './stance.js';
import type { TimelineEvent } from './timeline-event.js';

/** Everything a timeline shows. Plain JSON; text fields are plain text, never HTML. */
export interface Dataset {
  version: 1;
  /**
   * BCP 47 tag of the data's text (titles, labels, summaries, quotes): 'en'. The element puts it
   * in a `lang` attribute on that text, so that an Arabic interface reads English data as English.
   */
  lang?: string;
  lanes: Lane[];
  actors: Actor[];
  issues: Issue[];
  sources: Source[];
  events: TimelineEvent[];
  stances: Stance[];
  /** Standing relationships between actors (alliance, arms supply, a base…), each with evidence. */
  relations?: Relation[];
}
