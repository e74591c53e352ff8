/**
 * JSX types of `<syria-timeline>` for React 19: import this module once, for its types only,
 *
 *     import type {} from '@syria-timeline/elements/react';
 *
 * and the tag, its properties and its events (`onsyria-timeline-select`, as React 19 names a
 * custom element's events) are checked in TSX.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SyriaTimeline } from '@syria-timeline/elements';
import type { SyriaTimelineEvents, SyriaTimelineProperties } from './attributes.js';

export type { SyriaTimelineEvents, SyriaTimelineProperties } from './attributes.js';

/** `on` + the event name, as React 19 subscribes to a custom element's events. */
export type SyriaTimelineReactEvents = {
  [K in keyof SyriaTimelineEvents as `on${K}`]?: (event: SyriaTimelineEvents[K]) => void;
};

/** Every prop `<syria-timeline>` takes in React 19's JSX. */
export type SyriaTimelineReactProps = Omit<DetailedHTMLProps<HTMLAttributes<SyriaTimeline>, SyriaTimeline>, keyof SyriaTimelineProperties> &
  SyriaTimelineProperties & SyriaTimelineReactEvents;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'syria-timeline': SyriaTimelineReactProps;
    }
  }
}
