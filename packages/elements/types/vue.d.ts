/**
 * Template types of `<syria-timeline>` for Vue 3 (vue-tsc, Volar): import this module once, for
 * its types only,
 *
 *     import type {} from '@syria-timeline/elements/vue';
 *
 * and the tag's properties and its events (`@syria-timeline-select`, …) are checked in templates.
 * (Tell Vue's compiler the tag is a custom element: `isCustomElement: (tag) => tag === 'syria-timeline'`.)
 */
import type { DefineComponent } from 'vue';
import type { SyriaTimelineEvents, SyriaTimelineProperties } from './attributes.js';

export type { SyriaTimelineEvents, SyriaTimelineProperties } from './attributes.js';

/** `@syria-timeline-select` in a template is the prop `onSyriaTimelineSelect`. */
export interface SyriaTimelineVueEvents {
  onSyriaTimelineSelect?: (event: SyriaTimelineEvents['syria-timeline-select']) => void;
  onSyriaTimelineRangeChange?: (event: SyriaTimelineEvents['syria-timeline-range-change']) => void;
  onSyriaTimelineError?: (event: SyriaTimelineEvents['syria-timeline-error']) => void;
}

declare module 'vue' {
  interface GlobalComponents {
    'syria-timeline': DefineComponent<SyriaTimelineProperties & SyriaTimelineVueEvents>;
  }
}
