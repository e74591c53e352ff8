import type { Dataset } from '@syria-timeline/core';
import type { SyriaTimeline, TimelineErrorEvent, TimelineRangeChangeEvent, TimelineSelectEvent } from '@syria-timeline/elements';

/**
 * What a framework template may set on `<syria-timeline>`: its public properties (each also an
 * attribute, but `data` and `messages`), as the element's class declares them.
 */
export type SyriaTimelineProperties = Partial<Pick<SyriaTimeline, 'src' | 'lanes' | 'issue' | 'start' | 'end' | 'selected' | 'locale' | 'theme' | 'wheelZoom' | 'axis' | 'messages'>> & {
  /** The data to show: a `Dataset` (validated when set). */
  data?: Dataset | null | undefined;
};

/** The element's events, by name. */
export interface SyriaTimelineEvents {
  'syria-timeline-select': TimelineSelectEvent;
  'syria-timeline-range-change': TimelineRangeChangeEvent;
  'syria-timeline-error': TimelineErrorEvent;
}
