import { userEvent } from 'vitest/browser';
import '../../src/syria-timeline.js';
import type { SyriaTimeline } from '../../src/syria-timeline-element.js';
import { TimelineHarness } from '../../src/testing/timeline-harness.js';

export interface MountOptions {
  attrs?: Record<string, string>;
  /** Set as the `data` property before connecting. */
  dataset?: unknown;
  /** Host width in px (default 900). */
  width?: number;
  /** Do not wait for lanes or an error (for loading states). */
  noWait?: boolean;
}

/** Real key presses on the focused element, through Playwright (a `{…}` sequence such as `{Shift>}{ArrowRight}{/Shift}` as given). */
const press = async (key: string) => {
  await userEvent.keyboard(key === ' ' ? '{Space}' : key.length === 1 || key.startsWith('{') ? key : `{${key}}`);
};

/** Creates a `<syria-timeline>`, connects it, and waits until it has drawn. */
export async function mount(options: MountOptions = {}): Promise<TimelineHarness> {
  const el = document.createElement('syria-timeline') as SyriaTimeline;
  for (const [k, v] of Object.entries(options.attrs ?? {})) el.setAttribute(k, v);
  if (options.dataset !== undefined) (el as { data: unknown }).data = options.dataset;
  el.style.width = `${options.width ?? 900}px`;
  el.style.display = 'block';
  // Inside a landmark, as on a real page (axe's "region" rule is about the page, not the element).
  const main = document.createElement('main');
  main.append(el);
  document.body.append(main);
  const harness = new TimelineHarness(el, { press });
  return options.noWait ? harness : harness.ready();
}

/** Records every event of `type` the element fires. */
export function record<T extends Event>(el: EventTarget, type: string): T[] {
  const seen: T[] = [];
  el.addEventListener(type, (e) => seen.push(e as T));
  return seen;
}

export const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
