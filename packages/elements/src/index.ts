/**
 * @syria-timeline/elements: the `<syria-timeline>` web component. Importing this module
 * registers the tag.
 */
import './syria-timeline.js';

export { SyriaTimeline } from './syria-timeline-element.js';
export { TimelineSelectEvent, TimelineRangeChangeEvent, TimelineErrorEvent } from './events.js';
export type { TimelineLocale } from './locales.js';
export type { TimeInput } from './view-bound.js';
export { englishMessages, type TimelineMessages, type TimelineMessagesOverride } from './messages.js';
