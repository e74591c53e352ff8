import type { LabelWords } from '@syria-timeline/core';
import type { TimelineMessages } from './messages.js';

const cache = new WeakMap<TimelineMessages, LabelWords>();

/**
 * The layout's accessible-name words (stance bands and observations) in the interface language, from its messages (one object
 * per table, so the layout's name caches hold across updates).
 */
export function labelWords(m: TimelineMessages): LabelWords {
  let words = cache.get(m);
  if (!words) {
    words = {
      stance: (lane, position, condition, issue, from) => m.stanceName(lane, position, condition, issue, from),
      observation: (lane, position, condition, issue, date, basis) => m.observationName(lane, position, condition, issue, date, basis),
    };
    cache.set(m, words);
  }
  return words;
}
