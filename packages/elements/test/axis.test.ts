import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { builtinDataset, compressTimeAxis, prepareTimeline } from '@syria-timeline/core';
import type { TimelineRangeChangeEvent } from '../src/events.js';
import type { TimelineHarness } from '../src/testing/timeline-harness.js';
import { mount, record, utc } from './support/mount.js';

// Wide enough that the whole plot is on screen, where hit testing (elementFromPoint) sees it.
beforeEach(async () => {
  await page.viewport(1400, 900);
});

afterEach(async () => {
  document.body.replaceChildren();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

const WIDTH = 1100;
const axis = compressTimeAxis(prepareTimeline(builtinDataset));

const plotOf = (h: TimelineHarness) => h.element.shadowRoot!.querySelector<SVGSVGElement>('svg.main')!;

/**
 * The widest run of plot columns (share of the plot's width) in which no mark or pill is painted,
 * sampled every 3 px across and 5 px down the lanes. A break is blank apart from its label, so it counts.
 */
function widestBlankShare(h: TimelineHarness): number {
  const box = plotOf(h).getBoundingClientRect();
  const lanes = [...h.element.shadowRoot!.querySelectorAll('svg.main [part~="lane"]')].map((l) => l.getBoundingClientRect());
  const top = Math.min(...lanes.map((l) => l.top));
  const bottom = Math.max(...lanes.map((l) => l.bottom));
  let widest = 0;
  let lastInked = box.left;
  for (let x = box.left + 1; x < box.right; x += 3) {
    let inked = false;
    for (let y = top + 2; y < bottom && !inked; y += 5) inked = h.paintAt(x, y) !== null;
    if (inked) {
      widest = Math.max(widest, x - lastInked);
      lastInked = x;
    }
  }
  return Math.max(widest, box.right - lastInked) / box.width;
}

/** Each break's band in plot px and its label. */
function breaks(h: TimelineHarness): { x: number; x2: number; label: string }[] {
  const root = h.element.shadowRoot!;
  const labels = [...root.querySelectorAll('[part="axis-break"].break-labels text')].map((t) => t.textContent ?? '');
  return [...root.querySelectorAll('[part="axis-break"] .break rect')].map((rect, i) => {
    const x = Number(rect.getAttribute('x'));
    return { x, x2: x + Number(rect.getAttribute('width')), label: labels[i] ?? '' };
  });
}

describe('the gap-compressed time axis (the default)', () => {
  it('at the full view of the built-in story, no stretch without marks takes more than 15 % of the plot', async () => {
    const h = await mount({ width: WIDTH });
    window.scrollTo(0, 0);
    plotOf(h).scrollIntoView({ block: 'start' });
    expect(widestBlankShare(h)).toBeLessThanOrEqual(0.15);

    // The linear axis, for contrast: the empty years take most of the width.
    h.element.setAttribute('axis', 'linear');
    await h.settle();
    expect(breaks(h)).toEqual([]);
    expect(widestBlankShare(h)).toBeGreaterThan(0.15);
  });

  it('folds the empty years into labelled breaks, and puts no tick inside one', async () => {
    const h = await mount({ width: WIDTH });
    const shown = breaks(h);
    expect(shown.map((b) => b.label)).toContain('⋯ 17 months ⋯');
    const ticks = [...h.element.shadowRoot!.querySelectorAll<SVGGElement>('[part="axis"] .tick')]
      .map((t) => Number(/translate\(([-\d.]+)/.exec(t.getAttribute('transform') ?? '')?.[1]));
    expect(ticks.length).toBeGreaterThan(3);
    for (const b of shown) expect(ticks.filter((x) => x > b.x + 0.5 && x < b.x2 - 0.5)).toEqual([]);
    // The first tick after the 17-month break (it ends late in July 2013) names its year again.
    expect(h.ticks()).toContain('Aug 2013');
    // The exported picture has them too.
    expect(await h.element.exportSvg()).toContain('⋯ 17 months ⋯</text>');
  });

  it('zoomTo still shows the range asked for, within a busy period and across a break', async () => {
    const h = await mount({ width: WIDTH });
    await h.element.zoomTo('2012-02', '2012-03');
    expect(h.visibleRange().start.getTime()).toBe(utc(2012, 2, 1));
    expect(h.visibleRange().end.getTime()).toBe(utc(2012, 4, 1));
    // Days after the last event of March 2012 the 17-month fold begins, at the right edge.
    const width = plotOf(h).width.baseVal.value;
    expect(breaks(h).map((b) => b.x / width)).toEqual([expect.closeTo(0.97, 1)]);
    await h.element.zoomTo('2012-02-01', '2012-02-29');
    expect(breaks(h)).toEqual([]);
    await h.element.zoomTo('2012-01', '2013-10');
    expect(h.visibleRange().start.getTime()).toBe(utc(2012, 1, 1));
    expect(h.visibleRange().end.getTime()).toBe(utc(2013, 11, 1));
    expect(breaks(h).map((b) => b.label)).toEqual(['⋯ 17 months ⋯']);
  });

  it('a wheel turn keeps the instant under the pointer where it is, measured on the folded axis', async () => {
    const h = await mount({ width: WIDTH });
    // The instant at a share f of the plot, as the plot is drawn (linear in the axis' units).
    const at = (f: number) => {
      const r = h.visibleRange();
      const u0 = axis.toAxis(r.start.getTime());
      return axis.fromAxis(u0 + f * (axis.toAxis(r.end.getTime()) - u0));
    };
    const before = at(0.3);
    await h.wheel(-300, 0.3);
    expect(Math.abs(at(0.3) - before)).toBeLessThan(86_400_000);
  });

  it('the overview strip keeps linear time, and its brush shows the window in it', async () => {
    const h = await mount({ width: WIDTH });
    const years = [...h.element.shadowRoot!.querySelectorAll('[part="overview"] .overview-year')]
      .map((t) => ({ year: Number(t.textContent), x: Number(t.getAttribute('x')) }));
    expect(years.length).toBeGreaterThanOrEqual(3);
    // One year takes the same width wherever it is (a leap year one day more).
    const widths = years.slice(1).map((y, i) => y.x - years[i]!.x);
    for (const w of widths) expect(w).toBeCloseTo(widths[0]!, -0.5);

    await h.element.zoomTo('2013-09', '2013-11');
    const sel = h.element.shadowRoot!.querySelector('[part="overview"] .brush .selection')!;
    const x = (year: number) => years.find((y) => y.year === year)!.x - 3;
    const expected = x(2013) + ((utc(2013, 9, 1) - utc(2013, 1, 1)) / (utc(2014, 1, 1) - utc(2013, 1, 1))) * (x(2014) - x(2013));
    expect(Number(sel.getAttribute('x'))).toBeCloseTo(expected, -0.5);
  });
});

describe('animated zoom', () => {
  it('a zoom step takes about 200 ms and fires one range-change, at the end', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'no-preference' }] });
    const h = await mount({ width: WIDTH });
    const changes = record<TimelineRangeChangeEvent>(h.element, 'syria-timeline-range-change');
    const t0 = performance.now();
    const done = h.element.zoomTo('2012-02', '2012-03');
    await new Promise(requestAnimationFrame);
    expect(changes).toHaveLength(0);
    await done;
    expect(performance.now() - t0).toBeGreaterThan(150);
    expect(h.visibleRange().start.getTime()).toBe(utc(2012, 2, 1));
    expect(changes.map((c) => c.start.getTime())).toEqual([utc(2012, 2, 1)]);
  });

  it('on its way it shows the windows in between (a slowed step, --syria-timeline-zoom-duration)', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'no-preference' }] });
    const h = await mount({ width: WIDTH });
    h.element.style.setProperty('--syria-timeline-zoom-duration', '2s');
    const before = h.visibleRange().start.getTime();
    const target = utc(2012, 2, 1);
    const done = h.element.zoomTo('2012-02', '2012-03');
    const seen: number[] = [];
    for (let i = 0; i < 4; i++) {
      await new Promise(requestAnimationFrame);
      seen.push(h.element.visibleRange!.start.getTime());
    }
    expect(seen.filter((t) => t > before && t < target).length).toBeGreaterThan(0);
    // Monotonic: it never overshoots or goes back.
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
    await done;
    expect(h.visibleRange().start.getTime()).toBe(target);
  });

  it('a resize while a step runs lands it where it was headed and fires its range-change', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'no-preference' }] });
    const h = await mount({ width: WIDTH });
    const changes = record<TimelineRangeChangeEvent>(h.element, 'syria-timeline-range-change');
    h.element.style.setProperty('--syria-timeline-zoom-duration', '3s');
    const full = h.visibleRange();
    void h.element.zoomTo('2012-02', '2012-03');
    for (let i = 0; i < 200 && h.element.visibleRange!.start.getTime() <= full.start.getTime(); i++) await new Promise(requestAnimationFrame);
    // The host narrows (a side panel opens beside it, the window turns): a new geometry ends the step.
    h.element.style.width = `${WIDTH - 200}px`;
    for (let i = 0; i < 200 && changes.length === 0; i++) await new Promise(requestAnimationFrame);
    await h.element.updateComplete;
    expect(h.visibleRange().start.getTime()).toBe(utc(2012, 2, 1));
    // Reported once, where it landed (a page that writes the window into its link gets it).
    expect(changes.map((c) => c.start.getTime())).toEqual([utc(2012, 2, 1)]);
  });

  it('a new step interrupts the running one and continues from where it got to', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'no-preference' }] });
    const h = await mount({ width: WIDTH });
    const changes = record<TimelineRangeChangeEvent>(h.element, 'syria-timeline-range-change');
    h.element.style.setProperty('--syria-timeline-zoom-duration', '3s');
    const before = h.visibleRange().start.getTime();
    void h.element.zoomTo('2015-09', '2015-09');
    // Until it is well on its way (past March 2012), however slow the frames.
    for (let i = 0; i < 200 && h.element.visibleRange!.start.getTime() < utc(2012, 3, 1); i++) await new Promise(requestAnimationFrame);
    const midway = h.element.visibleRange!.start.getTime();
    expect(midway).toBeGreaterThan(before);
    expect(midway).toBeLessThan(utc(2015, 9, 1));
    const second = h.element.zoomTo('2011-11', '2011-12');
    await new Promise(requestAnimationFrame);
    // From the window in between, heading left: not from September 2015, where the first step was going.
    const next = h.element.visibleRange!.start.getTime();
    expect(next).toBeLessThanOrEqual(midway);
    expect(next).toBeGreaterThanOrEqual(utc(2011, 11, 1));
    await second;
    expect(h.visibleRange().start.getTime()).toBe(utc(2011, 11, 1));
    // Only the step that settled is reported.
    expect(changes.map((c) => c.start.getTime())).toEqual([utc(2011, 11, 1)]);
  });

  it('a gesture takes over from a running step where it got to', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'no-preference' }] });
    const h = await mount({ width: WIDTH });
    h.element.style.setProperty('--syria-timeline-zoom-duration', '3s');
    const changes = record<TimelineRangeChangeEvent>(h.element, 'syria-timeline-range-change');
    const full = h.visibleRange();
    void h.element.zoomTo('2013-09', '2013-11');
    for (let i = 0; i < 200 && h.element.visibleRange!.start.getTime() <= full.start.getTime(); i++) await new Promise(requestAnimationFrame);
    await h.wheel(-100, 0.5);
    const taken = h.visibleRange();
    // Stopped between the full view and the target, not carried on to it.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(h.visibleRange()).toEqual(taken);
    expect(taken.start.getTime()).toBeGreaterThan(full.start.getTime());
    expect(taken.start.getTime()).toBeLessThan(utc(2013, 9, 1));
    // One range-change, when the wheel gesture ends (150 ms without wheel events).
    await expect.poll(() => changes.length, { timeout: 10_000 }).toBe(1);
    expect(changes[0]!.start.getTime()).toBe(taken.start.getTime());
  });

  it('with prefers-reduced-motion, a zoom step jumps at once', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    const h = await mount({ width: WIDTH });
    void h.element.zoomTo('2013-09', '2013-11');
    // Synchronously, before any frame.
    expect(h.element.visibleRange?.start.getTime()).not.toBe(utc(2013, 9, 1));
    await h.element.updateComplete;
    expect(h.visibleRange().start.getTime()).toBe(utc(2013, 9, 1));
  });
});
