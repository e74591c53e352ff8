import type { SyriaTimeline } from '@syria-timeline/elements';
import { waitFor } from 'storybook/test';

/**
 * Small queries for play functions, in user terms, through the element's public surface only:
 * its parts (`part="lane-label"`, `mark`, `details`, `quote`, `error`, `axis`), roles and roving tabindex.
 * (The element's own harness lives in its src/testing and stories must not import src paths.)
 */

/** The first <syria-timeline> in the story, once it has rendered. */
export async function findTimeline(canvas: HTMLElement): Promise<SyriaTimeline> {
  const el = await waitFor(() => {
    const found = canvas.querySelector('syria-timeline');
    if (!found?.shadowRoot) throw new Error('no <syria-timeline> with a shadow root in the story');
    return found;
  });
  await el.updateComplete;
  return el;
}

const root = (el: SyriaTimeline): ShadowRoot => {
  if (!el.shadowRoot) throw new Error('<syria-timeline> has no shadow root');
  return el.shadowRoot;
};

export const parts = (el: SyriaTimeline, part: string): Element[] => [...root(el).querySelectorAll(`[part~="${part}"]`)];

/** The parts that are actually shown (not `hidden`, not `display: none`). */
export const visibleParts = (el: SyriaTimeline, part: string): Element[] => parts(el, part).filter((n) => n.checkVisibility());

/**
 * The lane labels a user sees, top to bottom. (The element keeps a label column and on-lane labels
 * for narrow widths; only one set is shown at a time.)
 */
export const laneLabels = (el: SyriaTimeline): string[] =>
  visibleParts(el, 'lane-label').map((n) => n.textContent?.trim() ?? '');

/** Marks and clusters: what the user can focus and select. */
export const marks = (el: SyriaTimeline): Element[] => [...parts(el, 'mark'), ...parts(el, 'cluster')];

/** Waits until at least one mark (or cluster) is drawn, e.g. after a `src` fetch. */
export const waitForMarks = (el: SyriaTimeline): Promise<Element[]> =>
  waitFor(() => {
    const found = marks(el);
    if (found.length === 0) throw new Error('no marks drawn yet');
    return found;
  });

/** The text of the error panel (`part="error"`), or null when there is none. */
export const errorText = (el: SyriaTimeline): string | null => parts(el, 'error')[0]?.textContent ?? null;

/** The element that has keyboard focus inside the timeline. */
export const activeInside = (el: SyriaTimeline): Element | null => root(el).activeElement;

/** The plot's single tab stop (roving tabindex): where Tab lands after the lane labels. */
export const tabStop = (el: SyriaTimeline): HTMLElement | SVGElement | null =>
  root(el).querySelector<HTMLElement | SVGElement>('svg.main [tabindex="0"]');

/**
 * Presses a key on whatever has focus inside the timeline, as a keyboard would: keydown then keyup,
 * bubbling and composed. Then waits for the element to re-render.
 */
export async function pressKey(el: SyriaTimeline, key: string): Promise<void> {
  const target = activeInside(el) ?? el;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true, cancelable: true }));
  await el.updateComplete;
}
