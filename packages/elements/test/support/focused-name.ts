import type { TimelineLayout } from '@syria-timeline/core';
import { timelineInternals, type SyriaTimeline } from '../../src/syria-timeline-element.js';

/**
 * The accessible name of the element focused inside `el`'s shadow root, as a screen reader would
 * announce it (aria-label, else the text), or null when focus is not inside the element.
 */
export function focusedName(el: HTMLElement): string | null {
  const active = el.shadowRoot?.activeElement;
  if (!active) return null;
  return active.getAttribute('aria-label') ?? active.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The layout on screen (a test's window into the element, to check times against what is focused). */
export function layoutOf(el: HTMLElement): TimelineLayout {
  return timelineInternals(el as SyriaTimeline).layout!;
}

/** The focused element's `data-key` (a mark, pill or pinned event), or null. */
export function focusedKey(el: HTMLElement): string | null {
  return el.shadowRoot?.activeElement?.getAttribute('data-key') ?? null;
}
