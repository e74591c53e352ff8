import { afterEach, describe, expect, it } from 'vitest';
import { MIN_VIEW_SPAN_MS } from '@syria-timeline/core';
import { mount } from './support/mount.js';
import { wheel } from './support/real-input.js';
import type { TimelineHarness } from '../src/testing/timeline-harness.js';

afterEach(() => {
  document.body.replaceChildren();
  window.scrollTo(0, 0);
});

const span = (r: { start: Date; end: Date }) => r.end.getTime() - r.start.getTime();

/** The element on a page taller than the window, scrolled so that the plot is in view. */
async function onLongPage(attrs: Record<string, string> = {}): Promise<{ h: TimelineHarness; at: { x: number; y: number } }> {
  const h = await mount({ width: 600, attrs });
  const spacer = document.createElement('div');
  spacer.style.height = '4000px';
  document.body.append(spacer);
  const svg = h.element.shadowRoot!.querySelector('svg.main')!;
  svg.scrollIntoView({ block: 'center' });
  await h.settle();
  const box = svg.getBoundingClientRect();
  return { h, at: { x: box.left + box.width / 2, y: box.top + 60 } };
}

const hint = (h: TimelineHarness) => h.element.shadowRoot!.querySelector<HTMLElement>('[part="wheel-hint"]');

describe('wheel over the chart (real input)', () => {
  it('a plain wheel scrolls the page, zooms nothing, and shows how to zoom', async () => {
    const { h, at } = await onLongPage();
    const before = h.visibleRange();
    const y0 = window.scrollY;
    expect(hint(h)).toBeNull();
    await wheel(at, 300);
    await expect.poll(() => window.scrollY, { timeout: 10_000 }).toBeGreaterThan(y0);
    await h.settle();
    expect(h.visibleRange()).toEqual(before);
    expect(hint(h)?.textContent?.trim()).toBe('Use Ctrl + scroll to zoom');
    expect(hint(h)?.getAttribute('aria-hidden')).toBe('true');
    // It goes away by itself.
    await expect.poll(() => hint(h), { timeout: 10_000 }).toBeNull();
  });

  it('Ctrl + wheel zooms about the pointer and leaves the page where it is, even at the zoom limit', async () => {
    const { h, at } = await onLongPage();
    const y0 = window.scrollY;
    const before = span(h.visibleRange());
    await wheel(at, -300, true);
    await h.settle();
    expect(span(h.visibleRange())).toBeLessThan(before);
    for (let i = 0; i < 10; i++) await wheel(at, -1500, true);
    await h.settle();
    expect(span(h.visibleRange())).toBeLessThan(MIN_VIEW_SPAN_MS * 1.01);
    // At the limit the gesture goes on: still consumed, and a plain turn inside it too. Both are
    // sent at once, so that the plain turn lands inside the gesture (within WHEEL_END_MS of the
    // last) however slow the round trip of one CDP command is on a loaded machine.
    await Promise.all([wheel(at, -1500, true), wheel(at, -300)]);
    await h.settle();
    await new Promise((r) => setTimeout(r, 100));
    expect(window.scrollY).toBe(y0);
    expect(hint(h)).toBeNull();
  });

  it('with wheel-zoom a plain wheel zooms (a full-page app)', async () => {
    const { h, at } = await onLongPage({ 'wheel-zoom': '' });
    const y0 = window.scrollY;
    const before = span(h.visibleRange());
    await wheel(at, -300);
    await h.settle();
    expect(span(h.visibleRange())).toBeLessThan(before);
    expect(window.scrollY).toBe(y0);
    expect(hint(h)).toBeNull();
  });

  it('says it in the element’s language', async () => {
    const { h, at } = await onLongPage({ locale: 'fr' });
    await wheel(at, 200);
    await h.settle();
    expect(hint(h)?.textContent?.trim()).toBe('Utilisez Ctrl + molette pour zoomer');
  });
});
