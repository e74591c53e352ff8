import { afterEach, describe, expect, it } from 'vitest';
import { mount } from './support/mount.js';

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

describe('resizing the host', () => {
  afterEach(() => {
    window.removeEventListener('error', onError);
    document.body.replaceChildren();
  });

  it('reports no ResizeObserver loop error across the narrow and wide breakpoints', async () => {
    const h = await mount({ width: 1200 });
    await h.settle();
    loopErrors.length = 0;
    window.addEventListener('error', onError);
    for (const width of [1100, 900, 700, 460, 390, 500, 960, 959, 1440, 320, 1024, 470, 481]) {
      h.element.style.width = `${width}px`;
      await frames(3);
      await h.settle();
      expect(h.element.hasAttribute('narrow'), `narrow at ${width} px`).toBe(width < 480);
      expect(h.element.hasAttribute('wide'), `wide at ${width} px`).toBe(width >= 960);
    }
    await frames(3);
    expect(loopErrors).toEqual([]);
  });

  it('reports none when a selection opens the side panel beside the plot', async () => {
    const h = await mount({ width: 1200 });
    await h.settle();
    loopErrors.length = 0;
    window.addEventListener('error', onError);
    const first = h.marks()[0]!;
    expect(await h.element.focusEvent(first.eventId)).toBe(true);
    expect(h.details()).not.toBeNull();
    await frames(3);
    await h.settle();
    h.element.style.width = '700px';
    await frames(3);
    await h.settle();
    h.element.style.width = '1300px';
    await frames(3);
    await h.settle();
    expect(loopErrors).toEqual([]);
  });

  it('still follows the width after the host is moved elsewhere in the page', async () => {
    const h = await mount({ width: 1200 });
    await h.settle();
    loopErrors.length = 0;
    window.addEventListener('error', onError);
    const other = document.createElement('section');
    document.body.append(other);
    other.append(h.element);
    await h.settle();
    h.element.style.width = '400px';
    await frames(3);
    await h.settle();
    expect(h.element.hasAttribute('narrow')).toBe(true);
    expect(h.element.shadowRoot!.querySelectorAll('.width-probe')).toHaveLength(2);
    h.element.style.width = '1000px';
    await frames(3);
    await h.settle();
    expect(h.element.hasAttribute('narrow')).toBe(false);
    expect(h.element.hasAttribute('wide')).toBe(true);
    expect(loopErrors).toEqual([]);
  });
});
