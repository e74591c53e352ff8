import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { builtinDataset, compressTimeAxis, prepareTimeline } from '@syria-timeline/core';
import type { TimelineSelectEvent } from '../src/events.js';
import type { TimelineHarness } from '../src/testing/timeline-harness.js';
import { mount, record } from './support/mount.js';

beforeEach(async () => {
  await page.viewport(1400, 900);
});
afterEach(() => {
  document.body.replaceChildren();
});

const prepared = prepareTimeline(builtinDataset);
const order = prepared.orderIds;
/** The element's default axis for the built-in data: a zoom's span is measured in its units. */
const axis = compressTimeAxis(prepared);
const axisSpan = (r: { start: Date; end: Date }) => axis.toAxis(r.end.getTime()) - axis.toAxis(r.start.getTime());
const titleOf = (id: string) => builtinDataset.events.find((e) => e.id === id)!.title;

const box = (h: TimelineHarness, selector: string) => h.element.shadowRoot!.querySelector(selector)!.getBoundingClientRect();

describe('the details beside the picture', () => {
  it('on a wide host they open as a side panel next to the lanes, and the plot makes room for it', async () => {
    const h = await mount({ width: 1200 });
    const fullWidth = box(h, 'svg.main').width;
    await h.element.focusEvent(order[5]!);
    // The plot is measured again once the panel has taken its column (a resize observer, next frame).
    await expect.poll(() => box(h, 'svg.main').width).toBeLessThan(fullWidth - 200);
    const plot = box(h, 'svg.main');
    const panel = box(h, '[part="details"]');
    expect(panel.left).toBeGreaterThanOrEqual(plot.right - 1);
    expect(panel.right).toBeLessThanOrEqual(h.element.getBoundingClientRect().right + 1);
    // Beside the lanes: it starts at the plot's top and is no taller than the plot and its overview.
    expect(Math.abs(panel.top - box(h, '.plot').top)).toBeLessThan(2);
    expect(panel.bottom).toBeLessThanOrEqual(box(h, '.plot').bottom + 1);
    // Closed, the plot takes the width back.
    await h.pressKey('Escape');
    expect(h.details()).toBeNull();
    await expect.poll(() => box(h, 'svg.main').width).toBe(fullWidth);
  });

  it('Enter on a mark opens the side panel and keyboard focus stays on the plot', async () => {
    const h = await mount({ width: 1200 });
    await h.focusFirstMark();
    await userEvent.keyboard('{Enter}');
    for (let i = 0; i < 6; i++) await h.settle();
    expect(h.details()).not.toBeNull();
    const focused = h.element.shadowRoot!.activeElement;
    expect(focused?.closest('svg.main')).not.toBeNull();
    // And Escape, pressed there, closes the panel.
    await userEvent.keyboard('{Escape}');
    await h.settle();
    expect(h.details()).toBeNull();
  });

  it('on a narrower host they are a sheet right under the plot, scrolled into view', async () => {
    const h = await mount({ width: 700 });
    // Far below the fold, as on a long page: opening the sheet brings it on screen.
    h.element.style.marginTop = '1200px';
    window.scrollTo(0, 0);
    h.element.setAttribute('selected', order[10]!);
    await h.settle();
    const panel = box(h, '[part="details"]');
    expect(panel.top).toBeGreaterThanOrEqual(box(h, '.plot').bottom - 1);
    expect(panel.top).toBeLessThan(window.innerHeight);
    expect(panel.bottom).toBeGreaterThan(0);
    // Right under it: nothing in between.
    expect(panel.top - box(h, '.plot').bottom).toBeLessThan(2);
  });

  it("says the heading in a polite live region when it opens, in the element's language", async () => {
    const h = await mount({ width: 1200 });
    await h.element.focusEvent(order[3]!);
    expect(h.announcement()).toBe(`Details: ${titleOf(order[3]!)}`);
    h.element.setAttribute('locale', 'fr');
    await h.settle();
    await h.element.focusEvent(order[4]!);
    expect(h.announcement()).toBe(`Détails : ${titleOf(order[4]!)}`);
    const live = h.element.shadowRoot!.querySelector('.announce')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
  });
});

describe('previous and next event', () => {
  it('step through every event in time order, from the buttons, and say where they are', async () => {
    const h = await mount({ width: 1200 });
    const selections = record<TimelineSelectEvent>(h.element, 'syria-timeline-select');
    await h.element.focusEvent(order[0]!);
    expect(h.storyPosition()).toBe(`1 of ${order.length}`);
    const previous = h.element.shadowRoot!.querySelector<HTMLButtonElement>('[part="details"] .story-step')!;
    expect(previous.disabled).toBe(true);
    for (let i = 1; i < 6; i++) {
      await h.storyStep('next');
      expect(h.details()?.title).toBe(titleOf(order[i]!));
      expect(h.storyPosition()).toBe(`${i + 1} of ${order.length}`);
    }
    await h.storyStep('previous');
    expect(h.element.selected).toBe(order[4]);
    expect(selections.at(-1)!.event?.id).toBe(order[4]);
  });

  it('next brings an event out of view into view, keeping the zoom', async () => {
    const h = await mount({ width: 1200 });
    const last2012 = order.findIndex((id) => titleOf(id) && builtinDataset.events.find((e) => e.id === id)!.when.start.startsWith('2013'));
    await h.element.zoomTo('2012-02-01', '2012-03-05');
    await h.element.focusEvent(order[last2012 - 1]!);
    const span = axisSpan(h.visibleRange());
    await h.storyStep('next');
    const id = order[last2012]!;
    expect(h.element.selected).toBe(id);
    const start = Date.parse(builtinDataset.events.find((e) => e.id === id)!.when.start);
    const after = h.visibleRange();
    expect(after.start.getTime()).toBeLessThanOrEqual(start);
    expect(after.end.getTime()).toBeGreaterThan(start);
    expect(axisSpan(after) / span).toBeCloseTo(1, 3);
  });

  it('the keys , and . step back and forth from the plot, and focus follows the event', async () => {
    const h = await mount({ width: 1200 });
    await h.element.focusEvent(order[6]!);
    await userEvent.keyboard('.');
    await h.settle();
    expect(h.element.selected).toBe(order[7]);
    const focused = h.element.shadowRoot!.activeElement;
    expect(focused?.getAttribute('aria-label')).toContain(titleOf(order[7]!));
    await userEvent.keyboard(',');
    await userEvent.keyboard(',');
    await h.settle();
    expect(h.element.selected).toBe(order[5]);
  });
});
