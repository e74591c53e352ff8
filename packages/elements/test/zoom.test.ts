import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { MIN_VIEW_SPAN_MS, builtinDataset, laneOfActor, lanesOfEvent } from '@syria-timeline/core';
import type { TimelineRangeChangeEvent } from '../src/events.js';
import { mount, record, utc } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';
import { mouseDrag, touchDrag, touchScreen } from './support/real-input.js';

afterEach(async () => {
  document.body.replaceChildren();
  await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: false });
});

const span = (r: { start: Date; end: Date }) => r.end.getTime() - r.start.getTime();
/** Spans compared in linear time (and windows inside a fold, such as 2014); the gap-compressed axis has its own tests (axis.test.ts). */
const LINEAR = { axis: 'linear' };

describe('start and end attributes', () => {
  it('set the initial view, a partial end date including its whole month', async () => {
    const h = await mount({ attrs: { start: '2012-01', end: '2012-03' } });
    const r = h.visibleRange();
    expect(r.start.getTime()).toBe(utc(2012, 1, 1));
    expect(r.end.getTime()).toBe(utc(2012, 4, 1));
  });

  it('accept day precision and move the view when changed later', async () => {
    const h = await mount();
    h.element.setAttribute('start', '2012-02-10');
    h.element.setAttribute('end', '2012-02-20');
    await h.settle();
    const r = h.visibleRange();
    expect(r.start.getTime()).toBe(utc(2012, 2, 10));
    expect(r.end.getTime()).toBe(utc(2012, 2, 21));
  });
});

describe('zoomTo, resetZoom', () => {
  it('zoomTo accepts Dates, numbers and ISO strings and fires one range-change', async () => {
    const h = await mount({ attrs: LINEAR });
    const changes = record<TimelineRangeChangeEvent>(h.element, 'syria-timeline-range-change');
    await h.element.zoomTo(new Date(utc(2013, 6, 1)), utc(2013, 9, 1));
    expect(h.visibleRange().start.getTime()).toBe(utc(2013, 6, 1));
    expect(h.visibleRange().end.getTime()).toBe(utc(2013, 9, 1));
    expect(changes).toHaveLength(1);
    expect(changes[0]!.start.getTime()).toBe(utc(2013, 6, 1));
    await h.element.zoomTo('2014-03', '2014-03');
    expect(h.visibleRange().start.getTime()).toBe(utc(2014, 3, 1));
    expect(h.visibleRange().end.getTime()).toBe(utc(2014, 4, 1));
    expect(changes).toHaveLength(2);
  });

  it('ignores input that is not a date', async () => {
    const h = await mount();
    const before = h.visibleRange();
    await h.element.zoomTo('soon', 'later');
    expect(h.visibleRange()).toEqual(before);
  });

  it('never shows less than the minimum span', async () => {
    const h = await mount();
    await h.element.zoomTo(utc(2013, 1, 1), utc(2013, 1, 1) + 1000);
    expect(span(h.visibleRange())).toBeGreaterThanOrEqual(MIN_VIEW_SPAN_MS - 1);
  });

  it('resetZoom shows the whole extent again', async () => {
    const h = await mount();
    const full = h.visibleRange();
    await h.element.zoomTo('2013-01', '2013-02');
    await h.element.resetZoom();
    expect(h.visibleRange()).toEqual(full);
  });
});

describe('level of detail', () => {
  it('axis labels go from years to months to days as one zooms in', async () => {
    const h = await mount({ attrs: LINEAR });
    expect(h.ticks().every((t) => /^\d{4}$/.test(t))).toBe(true);
    await h.element.zoomTo('2012-01', '2012-06');
    expect(h.ticks().some((t) => /^[A-Z][a-z]{2,}/.test(t))).toBe(true);
    await h.element.zoomTo('2012-02-01', '2012-02-14');
    expect(h.ticks().some((t) => /^\d{1,2} [A-Z][a-z]+/.test(t))).toBe(true);
  });
});

describe('axis labels', () => {
  it('never overlap, at any of several zoom levels', async () => {
    const h = await mount({ width: 1000 });
    for (const [start, end] of [['2011', '2015'], ['2012-01', '2012-12'], ['2013-09', '2013-11'], ['2013-09-01', '2013-09-20']] as const) {
      await h.element.zoomTo(start, end);
      const boxes = [...h.element.shadowRoot!.querySelectorAll('[part="axis"] text')]
        .map((t) => t.getBoundingClientRect())
        .sort((a, b) => a.left - b.left);
      expect(boxes.length).toBeGreaterThan(1);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right);
    }
  });
});

describe('gestures', () => {
  it('a wheel turn zooms in around the pointer and fires one range-change when it settles', async () => {
    const h = await mount();
    const changes = record<TimelineRangeChangeEvent>(h.element, 'syria-timeline-range-change');
    const before = h.visibleRange();
    await h.wheel(-300, 0.25);
    await h.wheel(-300, 0.25);
    const after = h.visibleRange();
    expect(span(after)).toBeLessThan(span(before) * 0.8);
    // Zooming around the left quarter keeps that instant fixed: the window moves left of centre.
    expect(after.start.getTime()).toBeGreaterThanOrEqual(before.start.getTime());
    expect(after.end.getTime()).toBeLessThan(before.end.getTime());
    // A wheel gesture ends after 150 ms without wheel events (as with d3-zoom).
    await expect.poll(() => changes.length, { timeout: 10_000 }).toBe(1);
    expect(changes[0]!.end.getTime()).toBe(after.end.getTime());
  });

  it('a two-finger pinch zooms in (touch)', async () => {
    // Real touch input (CDP), on a plot narrow enough to be on screen.
    await touchScreen(true);
    const h = await mount({ width: 400, attrs: LINEAR });
    const svg = h.element.shadowRoot!.querySelector<SVGSVGElement>('svg.main')!;
    svg.scrollIntoView({ block: 'center' });
    const box = svg.getBoundingClientRect();
    const at = (f: number) => ({ x: box.left + box.width * f, y: box.top + 60 });
    const before = span(h.visibleRange());
    await touchDrag([at(0.4), at(0.6)], [at(0.3), at(0.7)]);
    await h.settle();
    // The fingers moved twice as far apart: the window is half as long.
    expect(span(h.visibleRange()) / before).toBeCloseTo(0.5, 2);
  });

  it('gestures still work after the element is moved in the document', async () => {
    const h = await mount();
    const other = document.createElement('div');
    document.body.append(other);
    other.append(h.element);
    await h.settle();
    const before = span(h.visibleRange());
    await h.wheel(-300);
    expect(span(h.visibleRange())).toBeLessThan(before);
  });

  it('the toolbar zoom buttons zoom in and out', async () => {
    const h = await mount({ attrs: LINEAR });
    const full = span(h.visibleRange());
    await h.zoomIn();
    expect(span(h.visibleRange())).toBeCloseTo(full / 2, -3);
    await h.zoomOut();
    expect(span(h.visibleRange())).toBeCloseTo(full, -3);
  });

  it('clicking a cluster lists its events and leaves the window alone', async () => {
    const h = await mount();
    const root = h.element.shadowRoot!;
    const cluster = root.querySelector<SVGGElement>('[part~="cluster"]')!;
    const count = Number(cluster.dataset['count']);
    const before = h.visibleRange();
    cluster.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await h.settle();
    expect(h.visibleRange()).toEqual(before);
    expect(count).toBeGreaterThan(1);
    expect(root.querySelectorAll('[role="listbox"] [role="option"]')).toHaveLength(count);
  });

  it('brushing the overview sets the window', async () => {
    const h = await mount({ width: 400 });
    const full = h.visibleRange();
    await h.element.zoomTo('2014-06', '2014-09');
    const overview = h.element.shadowRoot!.querySelector<SVGSVGElement>('[part="overview"]')!;
    overview.scrollIntoView({ block: 'center' });
    const box = overview.getBoundingClientRect();
    const at = (f: number) => ({ x: box.left + box.width * f, y: box.top + 8 });
    // Real mouse input (CDP): press on the empty strip, drag, release.
    await mouseDrag(at(0.2), at(0.3));
    await h.settle();
    // A tenth of the strip was brushed: the window is a tenth of the whole extent.
    const fullSpan = span(full);
    expect(span(h.visibleRange()) / fullSpan).toBeCloseTo(0.1, 2);
    expect((h.visibleRange().start.getTime() - full.start.getTime()) / fullSpan).toBeCloseTo(0.2, 2);
  });
});

describe('focusEvent', () => {
  it('zooms until the event has its own mark, focuses and selects it', async () => {
    const h = await mount();
    const selects = record<Event>(h.element, 'syria-timeline-select');
    // An event hidden in a cluster at the full view, so focusing it needs a zoom.
    const shown = new Set(h.marks().map((m) => m.eventId));
    const lanes = laneOfActor(builtinDataset);
    const target = builtinDataset.events.find((e) => !shown.has(e.id) && lanesOfEvent(e, lanes).length > 0)!;
    const before = span(h.visibleRange());
    expect(await h.element.focusEvent(target.id)).toBe(true);
    expect(h.element.getAttribute('selected')).toBe(target.id);
    expect(h.marks().some((m) => m.eventId === target.id && m.pressed)).toBe(true);
    expect(h.activeMarkLabel()).toContain(target.title);
    expect(selects).toHaveLength(1);
    expect(h.details()?.title).toBe(target.title);
    expect(span(h.visibleRange())).toBeLessThan(before);
  });

  it('focuses an event with no participant in a lane in the context row, and opens only its details when that row is hidden', async () => {
    const data = smallDataset();
    data.actors.push({ id: 'observer', name: 'An observer', kind: 'igo' });
    const first = data.events[0]!;
    data.events.push({ ...first, id: 'observer-notes', title: 'Observer notes', participants: [{ actor: 'observer', role: 'actor' }] });
    const h = await mount({ dataset: data });
    expect(await h.element.focusEvent('observer-notes')).toBe(true);
    expect(h.activeMarkLabel()).toContain('Observer notes');
    expect(h.marks('others').map((m) => m.eventId)).toEqual(['observer-notes']);

    const hidden = await mount({ dataset: data, attrs: { lanes: 'north south' } });
    const before = hidden.visibleRange();
    expect(await hidden.element.focusEvent('observer-notes')).toBe(true);
    expect(hidden.details()?.title).toBe('Observer notes');
    expect(hidden.visibleRange()).toEqual(before);
  });

  it('returns false for an unknown id and changes nothing', async () => {
    const h = await mount();
    const before = h.visibleRange();
    expect(await h.element.focusEvent('no-such-event')).toBe(false);
    expect(h.visibleRange()).toEqual(before);
  });
});
