import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { MIN_VIEW_SPAN_MS } from '@syria-timeline/core';
import { mount, utc } from './support/mount.js';
import type { TimelineHarness } from '../src/testing/timeline-harness.js';
import type { TimelineRangeChangeEvent } from '../src/events.js';

afterEach(() => document.body.replaceChildren());

const DAY = 86_400_000;
const span = (r: { start: Date; end: Date }) => r.end.getTime() - r.start.getTime();
const LINEAR = { axis: 'linear' };

/** The element in a container of fixed height, as a page would give it (`height` or `max-height` on the host). */
async function mountIn(style: string, attrs: Record<string, string> = {}): Promise<TimelineHarness> {
  const h = await mount({ attrs, width: 900 });
  h.element.style.cssText += style;
  await h.settle();
  // The sticky axis is drawn once the box is measured as scrolling (a ResizeObserver, then an update).
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await h.settle();
  return h;
}

const root = (h: TimelineHarness) => h.element.shadowRoot!;
const box = (h: TimelineHarness) => root(h).querySelector<HTMLElement>('.lanes')!;
const rect = (n: Element) => n.getBoundingClientRect();
const labels = (h: TimelineHarness) => [...root(h).querySelectorAll<HTMLElement>('.labels [part~="lane-label"]')];
/** The strip of the lanes' box left free by the sticky axis (top) and overview (bottom), viewport px. */
function room(h: TimelineHarness): { top: number; bottom: number } {
  return {
    top: rect(root(h).querySelector('.sticky-axis')!).bottom,
    bottom: rect(root(h).querySelector('[part="overview"]')!).top,
  };
}

describe('a host of fixed height', () => {
  it('keeps within 300 px and scrolls its lanes, every lane reachable and its label with it', async () => {
    const h = await mountIn('height:300px');
    expect(rect(h.element).height).toBe(300);
    const scroller = box(h);
    expect(scroller.scrollHeight).toBeGreaterThan(scroller.clientHeight);
    expect(rect(scroller).bottom).toBeLessThanOrEqual(rect(h.element).bottom + 0.5);
    const all = labels(h);
    expect(all.length).toBe(5);
    for (const label of all) {
      // Scroll so that the lane is at the top of the free strip, as a reader would.
      const lane = root(h).querySelector(`[part="lane"][data-lane="${label.dataset['lane']}"]`)!;
      scroller.scrollTop += rect(lane).top - room(h).top;
      await h.settle();
      const r = room(h);
      const l = rect(label);
      const band = rect(lane);
      expect(band.top).toBeGreaterThanOrEqual(r.top - 1);
      // The label scrolled with its lane: it is beside it, in the free strip.
      expect(Math.abs(l.top - band.top)).toBeLessThan(1);
      expect(l.top).toBeLessThan(r.bottom);
      expect(document.elementFromPoint(l.left + 10, l.top + 10)).toBe(h.element);
      expect(root(h).elementFromPoint(l.left + 10, l.top + 10)?.closest('[part~="lane-label"]')).toBe(label);
    }
  });

  it('keeps the toolbar, the time axis and the overview where they are while the lanes scroll', async () => {
    const h = await mountIn('height:300px');
    const scroller = box(h);
    const toolbar = root(h).querySelector('[part="toolbar"]')!;
    const axis = root(h).querySelector('.sticky-axis')!;
    const overview = root(h).querySelector('[part="overview"]')!;
    const before = [rect(toolbar), rect(axis), rect(overview)];
    const lanes = rect(root(h).querySelector('svg.main')!);
    scroller.scrollTop = scroller.scrollHeight;
    await h.settle();
    expect(rect(root(h).querySelector('svg.main')!).top).toBeLessThan(lanes.top - 50);
    const after = [rect(toolbar), rect(axis), rect(overview)];
    after.forEach((r, i) => {
      expect(r.top).toBeCloseTo(before[i]!.top, 0);
      expect(r.height).toBeGreaterThan(0);
    });
    // All three inside the host, in reading order, the axis' labels readable there.
    const host = rect(h.element);
    expect(after[0]!.bottom).toBeLessThanOrEqual(after[1]!.top + 1);
    expect(after[1]!.bottom).toBeLessThan(after[2]!.top);
    expect(after[2]!.bottom).toBeLessThanOrEqual(host.bottom + 0.5);
    const tick = axis.querySelector('text')!;
    expect(root(h).elementFromPoint(rect(tick).left + 2, rect(tick).top + rect(tick).height / 2)?.closest('.sticky-axis')).toBe(axis);
  });

  it('also with max-height, and a host with no height draws every lane with nothing to scroll', async () => {
    const h = await mountIn('max-height:300px');
    expect(rect(h.element).height).toBeLessThanOrEqual(300);
    expect(box(h).scrollHeight).toBeGreaterThan(box(h).clientHeight);
    document.body.replaceChildren();
    const free = await mountIn('');
    expect(box(free).scrollHeight).toBeLessThanOrEqual(box(free).clientHeight + 1);
    expect(root(free).querySelector('.sticky-axis')).toBeNull();
    const last = labels(free).at(-1)!;
    expect(rect(last).bottom).toBeLessThanOrEqual(rect(root(free).querySelector('[part="overview"]')!).top + 0.5);
  });

  it('scrolls a mark that gets keyboard focus in a lane out of sight into view', async () => {
    const h = await mountIn('height:300px');
    await h.focusFirstMark();
    const lanes = labels(h).length;
    for (let i = 0; i < lanes - 1; i++) {
      await h.pressKey('ArrowDown');
      const focused = root(h).activeElement!;
      expect(focused.closest('[data-key]')).not.toBeNull();
      const r = rect(focused);
      const free = room(h);
      expect(r.top).toBeGreaterThanOrEqual(free.top - 0.5);
      expect(r.bottom).toBeLessThanOrEqual(free.bottom + 0.5);
    }
    // Down to the last lane, which did not fit at first; and back up to the first.
    expect(box(h).scrollTop).toBeGreaterThan(0);
    for (let i = 0; i < lanes - 1; i++) await h.pressKey('ArrowUp');
    const r = rect(root(h).activeElement!);
    expect(r.top).toBeGreaterThanOrEqual(room(h).top - 0.5);
  });

  it('a plain wheel that scrolls the lanes shows no zoom hint; once they cannot scroll that way it does', async () => {
    const h = await mountIn('height:300px');
    await h.wheel(100, 0.5, false);
    expect(root(h).querySelector('.wheel-hint')).toBeNull();
    box(h).scrollTop = box(h).scrollHeight;
    await h.settle();
    await h.wheel(100, 0.5, false);
    expect(root(h).querySelector('.wheel-hint')).not.toBeNull();
  });

  it('keeps the details usable: the lanes still scroll beside them on a wide host', async () => {
    const h = await mountIn('height:400px;width:1100px');
    await h.focusFirstMark();
    await h.pressKey('Enter');
    const details = root(h).querySelector<HTMLElement>('[part="details"]')!;
    expect(details).not.toBeNull();
    const d = rect(details);
    expect(d.bottom).toBeLessThanOrEqual(rect(h.element).bottom + 0.5);
    expect(d.height).toBeGreaterThan(100);
    // Its close button is on screen and works.
    const close = details.querySelector<HTMLButtonElement>('.close')!;
    expect(rect(close).bottom).toBeLessThanOrEqual(rect(h.element).bottom);
    expect(box(h).scrollHeight).toBeGreaterThan(box(h).clientHeight);
  });
});

describe('zoom limits', () => {
  it('min-span: zoomTo, the wheel and the zoom-in button stop at it', async () => {
    const h = await mount({ attrs: { ...LINEAR, 'min-span': 'P1M' } });
    const month = (365.25 / 12) * DAY;
    const shown = await h.element.zoomTo('2013-06-10', '2013-06-12');
    expect(span(shown!)).toBeCloseTo(month, -3);
    // The window grew about the middle of the one asked for.
    expect((shown!.start.getTime() + shown!.end.getTime()) / 2).toBeCloseTo(utc(2013, 6, 11) + DAY / 2, -3);
    expect(root(h).querySelector('button[title="Zoom in"]')!.getAttribute('aria-disabled')).toBe('true');
    await h.element.resetZoom();
    for (let i = 0; i < 12; i++) await h.wheel(-800);
    expect(span(h.visibleRange())).toBeCloseTo(month, -3);
    await h.element.resetZoom();
    for (let i = 0; i < 12; i++) await h.zoomIn();
    expect(span(h.visibleRange())).toBeGreaterThanOrEqual(month - 1000);
  });

  it('max-span: the first view, zoomTo, resetZoom, the wheel and the zoom-out button stop at it', async () => {
    const h = await mount({ attrs: { ...LINEAR, 'max-span': 'P1Y' } });
    const year = 365.25 * DAY;
    expect(span(h.visibleRange())).toBeCloseTo(year, -3);
    expect(root(h).querySelector('button[title="Zoom out"]')!.getAttribute('aria-disabled')).toBe('true');
    const shown = await h.element.zoomTo('2011', '2015');
    expect(span(shown!)).toBeCloseTo(year, -3);
    await h.element.zoomTo('2013-01', '2013-01');
    for (let i = 0; i < 8; i++) await h.wheel(800);
    expect(span(h.visibleRange())).toBeCloseTo(year, -3);
    await h.element.zoomTo('2013-01', '2013-01');
    for (let i = 0; i < 8; i++) await h.zoomOut();
    expect(span(h.visibleRange())).toBeCloseTo(year, -3);
    await h.element.resetZoom();
    expect(span(h.visibleRange())).toBeCloseTo(year, -3);
  });

  it('bounds: the view never leaves them (zoomTo, resetZoom, the wheel, panning keys), on both axes', async () => {
    for (const axis of ['linear', 'compressed']) {
      const h = await mount({ attrs: { axis, bounds: '2012/2013' } });
      const inside = () => {
        const r = h.visibleRange();
        expect(r.start.getTime()).toBeGreaterThanOrEqual(utc(2012) - 1);
        expect(r.end.getTime()).toBeLessThanOrEqual(utc(2014) + 1);
      };
      expect(h.visibleRange()).toEqual({ start: new Date(utc(2012)), end: new Date(utc(2014)) });
      const shown = await h.element.zoomTo('2010', '2016');
      expect(shown).toEqual({ start: new Date(utc(2012)), end: new Date(utc(2014)) });
      await h.element.zoomTo('2011-06', '2012-02');
      inside();
      expect(h.visibleRange().start.getTime()).toBe(utc(2012));
      for (let i = 0; i < 6; i++) await h.wheel(800, 0.9);
      inside();
      await h.element.zoomTo('2013-10', '2013-11');
      await h.focusFirstMark();
      for (let i = 0; i < 6; i++) await h.pressKey('PageDown');
      inside();
      await h.element.resetZoom();
      expect(h.visibleRange()).toEqual({ start: new Date(utc(2012)), end: new Date(utc(2014)) });
      document.body.replaceChildren();
    }
  });

  it('limits set later move the window and say so with a range-change event; limits that leave it do not', async () => {
    const h = await mount({ attrs: LINEAR });
    const changes: { start: Date; end: Date }[] = [];
    h.element.addEventListener('syria-timeline-range-change', (e) => changes.push({ start: (e as TimelineRangeChangeEvent).start, end: (e as TimelineRangeChangeEvent).end }));
    h.element.setAttribute('bounds', '2012/2013');
    await h.settle();
    expect(h.visibleRange()).toEqual({ start: new Date(utc(2012)), end: new Date(utc(2014)) });
    expect(changes.at(-1)).toEqual(h.visibleRange());
    const count = changes.length;
    h.element.setAttribute('min-span', 'P2D');
    await h.settle();
    expect(changes).toHaveLength(count);
  });

  it('without the attributes the limits are as before: 3 days and the data', async () => {
    const h = await mount({ attrs: LINEAR });
    const full = h.visibleRange();
    const shown = await h.element.zoomTo(utc(2013, 1, 1), utc(2013, 1, 1) + 1000);
    expect(span(shown!)).toBeCloseTo(MIN_VIEW_SPAN_MS, -3);
    expect(await h.element.zoomTo('1990', '2030')).toEqual(full);
  });
});

describe('unreadable limits (development builds)', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => warn.mockRestore());

  it('warn once each, with the value and the format, and leave the defaults', async () => {
    const attrs = { ...LINEAR, 'min-span': '3 days', 'max-span': 'P1D', bounds: '2013/2012' };
    const h = await mount({ attrs });
    const messages = warn.mock.calls.map((c) => String(c[0]));
    expect(messages).toEqual([
      expect.stringMatching(/^<syria-timeline> min-span="3 days": not a span; expected an ISO 8601 duration such as "P1D"/),
      expect.stringMatching(/^<syria-timeline> max-span="P1D": narrower than min-span \(default P3D\); ignored/),
      expect.stringMatching(/^<syria-timeline> bounds="2013\/2012": not an interval of dates; expected START\/END/),
    ]);
    const shown = await h.element.zoomTo(utc(2013, 1, 1), utc(2013, 1, 2));
    expect(span(shown!)).toBeCloseTo(MIN_VIEW_SPAN_MS, -3);
    await mount({ attrs });
    expect(warn).toHaveBeenCalledTimes(3);
  });
});
