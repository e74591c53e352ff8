import type { TimelineEvent } from '../../model/index.js';
import { events2011To2012January } from './events-2011-2012-01.js';
import { events2012FebruaryToMarch } from './events-2012-02-03.js';
import { events2013To2015 } from './events-2013-2015.js';

/** Every dated act the five seeds report, in date order (split by period only to keep files short). */
export const events: TimelineEvent[] = [...events2011To2012January, ...events2012FebruaryToMarch, ...events2013To2015];
