import type { DatasetError, Evidence, TimelineEvent } from '@syria-timeline/core';

/**
 * Fired when the user, or a call of `focusEvent`, selects or clears an event; not when the page sets
 * the `selected` attribute or property (the page knows what it set).
 * `quote` is the event's primary evidence: the exact words of the source it rests on.
 */
export class TimelineSelectEvent extends Event {
  static readonly eventName = 'syria-timeline-select' as const;
  constructor(
    readonly event: TimelineEvent | null,
    readonly quote: Evidence | null,
  ) {
    super(TimelineSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Fired when the visible window settles after a change (the end of a wheel, drag, pinch, brush or
 * programmatic zoom), not on every frame.
 */
export class TimelineRangeChangeEvent extends Event {
  static readonly eventName = 'syria-timeline-range-change' as const;
  constructor(
    readonly start: Date,
    readonly end: Date,
  ) {
    super(TimelineRangeChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Fired when the data cannot be shown: a `DatasetError` (with `.issues`) for invalid data, or an
 * `Error` for a failed fetch of `src`. The element shows the same text in its error panel.
 */
export class TimelineErrorEvent extends Event {
  static readonly eventName = 'syria-timeline-error' as const;
  constructor(readonly error: DatasetError | Error) {
    super(TimelineErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'syria-timeline-select': TimelineSelectEvent;
    'syria-timeline-range-change': TimelineRangeChangeEvent;
    'syria-timeline-error': TimelineErrorEvent;
  }
}
