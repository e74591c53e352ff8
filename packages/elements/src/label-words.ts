import type { LabelWords } from '@syria-timeline/core';
import type { TimelineMessages } from './messages.js';

const cache = new WeakMap<TimelineMessages, LabelWords>();

/**
 * The layout's accessible-name words in the interface language, from its messages (one object
 * per table, so the layout's name caches hold across updates).
 */
export function labelWords(m: TimelineMessages): LabelWords {
  let words = cache.get(m);
  if (!words) {
    words = {
      event: (title, date, basis, lanes) => m.eventName(title, date, m.basisShort[basis] ?? basis, lanes),
      cluster: (n, count, dates, lane) => m.clusterName(n, count, dates, lane),
      stance: (lane, position, condition, issue, from) => m.stanceName(lane, position, condition, issue, from),
      observation: (lane, position, condition, issue, date, basis) => m.observationName(lane, position, condition, issue, date, basis),
    };
    cache.set(m, words);
  }
  return words;
}
