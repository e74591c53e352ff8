import { afterEach, describe, expect, it } from 'vitest';
import { MIN_VIEW_SPAN_MS } from '@syria-timeline/core';
import type { TimelineRangeChangeEvent, TimelineSelectEvent } from '../src/events.js';
import type { TimelineHarness } from '../src/testing/timeline-harness.js';
import { mount, record } from './support/mount.js';
import { click, doubleClick, mouseDrag, touchDrag, touchScreen, wheel, type Point } from './support/real-input.js';

// Real input (CDP) hits only what is on screen: the test viewport is about 414 px wide.
const WIDTH = 400;
/** The gestures' arithmetic is checked in linear time; the gap-compressed axis has its own tests (axis.test.ts). */
const LINEAR = { axis: 'linear' };

afterEach(async () => {
  document.body.replaceChildren();
  await touchScreen(false);
});

const span = (r: { start: Date; end: Date }) => r.end.getTime() - r.start.getTime();

/** The plot svg, scrolled into view, and helpers in its terms. */
function plotOf(h: TimelineHarness) {
  const svg = h.element.shadowRoot!.querySelector<SVGSVGElement>('svg.main')!;
  svg.scrollIntoView({ block: 'center' });
  const box = svg.getBoundingClientRect();
  return {
    svg,
    /** A point at `f` of the plot's width, 60 px below its top (on the lanes). */
    at: (f: number, dy = 60): Point => ({ x: box.left + box.width * f, y: box.top + dy }),
    /** The instant drawn at `f` of the plot's width. */
    timeAt: (f: number) => {
      const r = h.visibleRange();
      return r.start.getTime() + f * span(r);
    },
  };
}

/** The overview strip's brush nodes, and points on the strip. */
function brushOf(h: TimelineHarness) {
  const strip = h.element.shadowRoot!.querySelector<SVGSVGElement>('[part="overview"]')!;
  strip.scrollIntoView({ block: 'center' });
  const box = strip.getBoundingClientRect();
  const q = (s: string) => strip.querySelector<SVGRectElement>(`.brush ${s}`)!;
  return {
    overlay: q('.overlay'), selection: q('.selection'), w: q('.handle--w'), e: q('.handle--e'),
    // Low in the band: Chrome's touch adjustment gives a finger near the plot's edge to the plot.
    at: (f: number): Point => ({ x: box.left + box.width * f, y: box.top + 20 }),
    /** Where the selection starts and ends, as shares of the strip. */
    shown: () => {
      const x = Number(q('.selection').getAttribute('x'));
      const w = Number(q('.selection').getAttribute('width'));
      return [x / box.width, (x + w) / box.width];
    },
  };
}

describe('wheel', () => {
  it('zooms about the pointer: the instant under it stays under it', async () => {
    const h = await mount({ width: WIDTH, attrs: LINEAR });
    const plot = plotOf(h);
    const before = h.visibleRange();
    const pinned = plot.timeAt(0.3);
    await wheel(plot.at(0.3), -200, true);
    await h.settle();
    expect(span(h.visibleRange())).toBeLessThan(span(before) * 0.8);
    expect(Math.abs(plot.timeAt(0.3) - pinned)).toBeLessThan(span(h.visibleRange()) / WIDTH);
  });

  it('a plain wheel is the page’s; Ctrl/⌘ + wheel (or a pinch) is ours, even at a limit and for the rest of the gesture', async () => {
    const h = await mount({ width: WIDTH, attrs: LINEAR });
    const { svg } = plotOf(h);
    const box = svg.getBoundingClientRect();
    const turn = (deltaY: number, keys: { ctrlKey?: boolean; metaKey?: boolean } = {}) =>
      svg.dispatchEvent(new WheelEvent('wheel', {
        deltaY, ...keys, clientX: box.left + 100, clientY: box.top + 40, bubbles: true, cancelable: true, composed: true,
      }));
    const before = span(h.visibleRange());
    // A plain wheel scrolls the page, up or down, and zooms nothing.
    expect(turn(100)).toBe(true);
    expect(turn(-100)).toBe(true);
    await h.settle();
    expect(span(h.visibleRange())).toBe(before);
    // Ctrl+wheel is a trackpad pinch: ours even at the limit (zoomed out already), or the whole page would zoom.
    expect(turn(100, { ctrlKey: true })).toBe(false);
    // ⌘ + wheel zooms too (macOS).
    expect(turn(-100, { metaKey: true })).toBe(false);
    // Within that gesture a turn without the key (released mid-gesture) is still ours: the page never jumps.
    expect(turn(-100)).toBe(false);
    await h.settle();
    expect(span(h.visibleRange())).toBeLessThan(before);
  });
});

describe('drag', () => {
  it('a mouse drag pans the window with the pointer and fires one range-change at the end', async () => {
    const h = await mount({ width: WIDTH, attrs: LINEAR });
    await h.element.zoomTo('2013-01', '2013-06');
    const plot = plotOf(h);
    const changes = record<TimelineRangeChangeEvent>(h.element, 'syria-timeline-range-change');
    const before = h.visibleRange();
    const grabbed = plot.timeAt(0.6);
    await mouseDrag(plot.at(0.6), plot.at(0.35));
    await h.settle();
    // What was under the pointer went with it, to the left: the window moved later, same length.
    expect(Math.abs(plot.timeAt(0.35) - grabbed)).toBeLessThan(span(before) / WIDTH * 2);
    expect(h.visibleRange().start.getTime()).toBeGreaterThan(before.start.getTime());
    expect(span(h.visibleRange())).toBeCloseTo(span(before), -3);
    expect(changes).toHaveLength(1);
  });

  it('a drag that ends on a mark does not select it; a click on it does', async () => {
    const h = await mount({ width: WIDTH, attrs: LINEAR });
    await h.element.zoomTo('2012-01', '2013-01');
    const { svg } = plotOf(h);
    const selects = record<TimelineSelectEvent>(h.element, 'syria-timeline-select');
    // The mark nearest 40% of the plot's width, followed by its name through the pan (marks are
    // painted in batches; the harness finds where one is drawn).
    const box = svg.getBoundingClientRect();
    const target = box.left + box.width * 0.4;
    const marks = h.marks();
    let best = { label: marks[0]!.label, lane: marks[0]!.lane, d: Infinity };
    for (const m of marks) {
      const at = await h.markCentre(m.label, m.lane);
      if (Math.abs(at.x - target) < best.d) best = { label: m.label, lane: m.lane, d: Math.abs(at.x - target) };
    }
    const centre = () => h.markCentre(best.label, best.lane);
    const from = await centre();
    // The mark moves with the pointer, so the drag starts and ends on it.
    await mouseDrag(from, { x: from.x + 40, y: from.y });
    await h.settle();
    expect(selects).toHaveLength(0);
    await click(await centre());
    await h.settle();
    expect(selects).toHaveLength(1);
    expect(selects[0]!.event).not.toBeNull();
  });

  it('stops at the ends of the data and never zooms out past them', async () => {
    const h = await mount({ width: WIDTH, attrs: LINEAR });
    const full = h.visibleRange();
    const plot = plotOf(h);
    const changes = record<TimelineRangeChangeEvent>(h.element, 'syria-timeline-range-change');
    await mouseDrag(plot.at(0.2), plot.at(0.8));
    await h.settle();
    expect(h.visibleRange()).toEqual(full);
    expect(changes).toHaveLength(0);
    // Zoomed in, a long drag right reaches the start of the extent and stops there.
    await h.element.zoomTo('2012-01', '2012-04');
    for (let i = 0; i < 3; i++) await mouseDrag(plot.at(0.05), plot.at(0.95), 3);
    await h.settle();
    expect(h.visibleRange().start.getTime()).toBeGreaterThanOrEqual(full.start.getTime() - 1);
    expect(h.visibleRange().start.getTime()).toBeLessThan(full.start.getTime() + span(h.visibleRange()) / 50);
  });

  it('cannot zoom in past the narrowest window, however far the wheel turns', async () => {
    const h = await mount({ width: WIDTH, attrs: LINEAR });
    const plot = plotOf(h);
    for (let i = 0; i < 12; i++) await wheel(plot.at(0.5), -1500, true);
    await h.settle();
    expect(span(h.visibleRange())).toBeGreaterThanOrEqual(MIN_VIEW_SPAN_MS - 1);
    expect(span(h.visibleRange())).toBeLessThan(MIN_VIEW_SPAN_MS * 1.01);
  });
});

describe('touch', () => {
  it('the plot lets the page scroll vertically and takes horizontal drags', async () => {
    const h = await mount({ width: WIDTH, attrs: LINEAR });
    expect(getComputedStyle(plotOf(h).svg).touchAction).toBe('pan-y');
  });

  it('a two-finger pinch zooms about the fingers’ midpoint', async () => {
    await touchScreen(true);
    const h = await mount({ width: WIDTH, attrs: LINEAR });
    await h.element.zoomTo('2012-01', '2014-01');
    const plot = plotOf(h);
    const before = span(h.visibleRange());
    const pinned = plot.timeAt(0.5);
    await touchDrag([plot.at(0.4), plot.at(0.6)], [plot.at(0.3), plot.at(0.7)]);
    await h.settle();
    // The fingers moved twice as far apart: the window is half as long, centred where it was.
    expect(span(h.visibleRange()) / before).toBeCloseTo(0.5, 2);
    expect(Math.abs(plot.timeAt(0.5) - pinned)).toBeLessThan(before / WIDTH * 2);
  });

  it('one finger dragged sideways pans', async () => {
    await touchScreen(true);
    const h = await mount({ width: WIDTH, attrs: LINEAR });
    await h.element.zoomTo('2012-01', '2013-01');
    const plot = plotOf(h);
    const before = h.visibleRange();
    await touchDrag([plot.at(0.7)], [plot.at(0.3)]);
    await h.settle();
    expect(h.visibleRange().start.getTime()).toBeGreaterThan(before.start.getTime());
    expect(span(h.visibleRange())).toBeCloseTo(span(before), -3);
  });
});

describe('double-click', () => {
  it('zooms in 2× about the point, and out with Shift', async () => {
    const h = await mount({ width: WIDTH, attrs: LINEAR });
    await h.element.zoomTo('2012-01', '2014-01');
    const plot = plotOf(h);
    const before = span(h.visibleRange());
    const pinned = plot.timeAt(0.25);
    await doubleClick(plot.at(0.25, 8));
    await h.settle();
    expect(span(h.visibleRange()) / before).toBeCloseTo(0.5, 3);
    expect(Math.abs(plot.timeAt(0.25) - pinned)).toBeLessThan(before / WIDTH);
    await doubleClick(plot.at(0.25, 8), true);
    await h.settle();
    expect(span(h.visibleRange()) / before).toBeCloseTo(1, 3);
  });
});

describe('overview brush', () => {
  it('shows the window, with a cursor for each part', async () => {
    const h = await mount({ width: WIDTH, attrs: LINEAR });
    await h.element.zoomTo('2012-01', '2013-01');
    const b = brushOf(h);
    const full = h.element.visibleRange!;
    expect(b.shown()[1]! - b.shown()[0]!).toBeGreaterThan(0.1);
    expect(b.shown()[1]! - b.shown()[0]!).toBeLessThan(0.5);
    expect(getComputedStyle(b.overlay).cursor).toBe('crosshair');
    expect(getComputedStyle(b.selection).cursor).toBe('move');
    expect(getComputedStyle(b.w).cursor).toBe('ew-resize');
    expect(getComputedStyle(b.e).cursor).toBe('ew-resize');
    expect(full).toBeTruthy();
  });

  it('dragging on the empty strip draws a new window; a click there keeps the old one', async () => {
    const h = await mount({ width: WIDTH, attrs: LINEAR });
    const extent = h.visibleRange();
    await h.element.zoomTo('2012-01', '2012-06');
    const b = brushOf(h);
    const changes = record<TimelineRangeChangeEvent>(h.element, 'syria-timeline-range-change');
    const before = h.visibleRange();
    await click(b.at(0.85));
    await h.settle();
    expect(h.visibleRange()).toEqual(before);
    expect(changes).toHaveLength(0);
    await mouseDrag(b.at(0.6), b.at(0.8));
    await h.settle();
    expect(span(h.visibleRange()) / span(extent)).toBeCloseTo(0.2, 2);
    expect((h.visibleRange().start.getTime() - extent.start.getTime()) / span(extent)).toBeCloseTo(0.6, 2);
    expect(changes).toHaveLength(1);
  });

  it('dragging the selection moves the window; dragging an edge resizes it', async () => {
    const h = await mount({ width: WIDTH, attrs: LINEAR });
    const extent = h.visibleRange();
    await h.element.zoomTo('2013-01', '2013-03');
    const b = brushOf(h);
    await mouseDrag(b.at(0.2), b.at(0.4));
    await h.settle();
    const [s0, s1] = b.shown() as [number, number];
    expect(s0).toBeCloseTo(0.2, 2);
    // Move: grab the middle, drag right by a tenth of the strip.
    await mouseDrag(b.at((s0 + s1) / 2), b.at((s0 + s1) / 2 + 0.1));
    await h.settle();
    const share = (t: Date) => (t.getTime() - extent.start.getTime()) / span(extent);
    expect(share(h.visibleRange().start)).toBeCloseTo(0.3, 2);
    expect(share(h.visibleRange().end)).toBeCloseTo(0.5, 2);
    // Resize: the east edge from 0.5 to 0.7; the start stays.
    await mouseDrag(b.at(0.5), b.at(0.7));
    await h.settle();
    expect(share(h.visibleRange().start)).toBeCloseTo(0.3, 2);
    expect(share(h.visibleRange().end)).toBeCloseTo(0.7, 2);
    // The west edge from 0.3 to 0.1.
    await mouseDrag(b.at(0.3), b.at(0.1));
    await h.settle();
    expect(share(h.visibleRange().start)).toBeCloseTo(0.1, 2);
    expect(share(h.visibleRange().end)).toBeCloseTo(0.7, 2);
  });

  it('a finger dragged along the strip draws a new window (touch)', async () => {
    await touchScreen(true);
    const h = await mount({ width: WIDTH, attrs: LINEAR });
    const extent = h.visibleRange();
    await h.element.zoomTo('2014-06', '2014-09');
    const b = brushOf(h);
    await touchDrag([b.at(0.1)], [b.at(0.35)]);
    await h.settle();
    expect(span(h.visibleRange()) / span(extent)).toBeCloseTo(0.25, 2);
    expect((h.visibleRange().start.getTime() - extent.start.getTime()) / span(extent)).toBeCloseTo(0.1, 2);
  });

  it('follows zooms made elsewhere without reporting them as brushing', async () => {
    const h = await mount({ width: WIDTH, attrs: LINEAR });
    const changes = record<TimelineRangeChangeEvent>(h.element, 'syria-timeline-range-change');
    await h.zoomIn();
    const b = brushOf(h);
    expect(b.shown()[0]).toBeCloseTo(0.25, 2);
    expect(b.shown()[1]).toBeCloseTo(0.75, 2);
    // One change, from the button; the brush moving to follow it is not a second one.
    expect(changes).toHaveLength(1);
  });
});
