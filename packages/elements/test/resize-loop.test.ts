import { afterEach, describe, expect, it } from 'vitest';
import { mount } from './support/mount.js';
import type { TimelineHarness } from '../src/testing/timeline-harness.js';

// Chromium reports a ResizeObserver callback that changes the size of what it observes within the
// same frame as an ErrorEvent on window ("ResizeObserver loop completed with undelivered
// notifications"). Error trackers (Sentry, Bugsnag, window.onerror) count it as an error of the
// page; resizing the host must never cause one.

const loopErrors: string[] = [];
const onError = (e: ErrorEvent) => {
  if (/ResizeObserver loop/.test(e.message)) loopErrors.push(e.message);
};

const frames = (n: number) => new Promise<void>((resolve) => {
  const next = () => (n-- <= 0 ? resolve() : requestAnimationFrame(next));
  requestAnimationFrame(next);
});

/** An element 1,200 px wide, drawn, with the page's loop errors counted from now on. */
async function watched(): Promise<TimelineHarness> {
  const h = await mount({ width: 1200 });
  await h.settle();
  loopErrors.length = 0;
  window.addEventListener('error', onError);
  return h;
}

/** The host resized to `width` px, and a few frames for the observers and the update they ask for. */
async function resize(h: TimelineHarness, width: number): Promise<void> {
  h.element.style.width = `${width}px`;
  await frames(3);
  await h.settle();
}

describe('resizing the host', () => {
  afterEach(() => {
    window.removeEventListener('error', onError);
    document.body.replaceChildren();
  });

  it('reports no ResizeObserver loop error across the narrow and wide breakpoints', async () => {
    const h = await watched();
    for (const width of [1100, 900, 700, 460, 390, 500, 960, 959, 1440, 320, 1024, 470, 481]) {
      await resize(h, width);
      expect(h.element.hasAttribute('narrow'), `narrow at ${width} px`).toBe(width < 480);
      expect(h.element.hasAttribute('wide'), `wide at ${width} px`).toBe(width >= 960);
    }
    await frames(3);
    expect(loopErrors).toEqual([]);
  });

  it('reports none when a selection opens the side panel beside the plot', async () => {
    const h = await watched();
    const first = h.marks()[0]!;
    expect(await h.element.focusEvent(first.eventId)).toBe(true);
    expect(h.details()).not.toBeNull();
    await frames(3);
    await h.settle();
    await resize(h, 700);
    await resize(h, 1300);
    expect(loopErrors).toEqual([]);
  });

  it('still follows the width after the host is moved elsewhere in the page', async () => {
    const h = await watched();
    const other = document.createElement('section');
    document.body.append(other);
    other.append(h.element);
    await h.settle();
    await resize(h, 400);
    expect(h.element.hasAttribute('narrow')).toBe(true);
    expect(h.element.shadowRoot!.querySelectorAll('.width-probe')).toHaveLength(2);
    await resize(h, 1000);
    expect(h.element.hasAttribute('narrow')).toBe(false);
    expect(h.element.hasAttribute('wide')).toBe(true);
    expect(loopErrors).toEqual([]);
  });
});
