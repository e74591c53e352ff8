import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { mount } from './support/mount.js';
import { systemColour, toRgb } from './support/colour.js';
import type { TimelineHarness } from '../src/testing/timeline-harness.js';

afterEach(async () => {
  document.body.replaceChildren();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

const countsCanvas = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.counts')!;

/** The colour the first count is drawn in (the view does not move in these tests). */
const firstCountColour = (h: TimelineHarness) => h.clusterCounts()[0]!.colour;


const near = (a: readonly number[], b: readonly number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 12);

describe('<syria-timeline> cluster counts', () => {
  it('draws each cluster\'s count on its pill, at the device pixel ratio', async () => {
    const h = await mount({ width: 900 });
    const clusters = h.clusters();
    expect(clusters.length).toBeGreaterThan(0);
    const counts = h.clusterCounts();
    expect(counts.map((c) => c.text).sort()).toEqual(clusters.map((c) => String(c.count)).sort());
    for (const c of counts) {
      expect(c.ink, `count ${c.text} is painted`).toBeGreaterThan(0);
      // The canvas lets the pointer through: under each count (in the test page's viewport) is its pill.
      if (c.x < innerWidth && c.y < innerHeight) expect(h.element.shadowRoot!.elementFromPoint(c.x, c.y)?.getAttribute('class')).toBe('pill');
    }
    expect(counts.some((c) => c.x < innerWidth && c.y < innerHeight)).toBe(true);
    // Drawn over the titles, on their canvas (one canvas changed a zoom step); `canvas.counts` gives the look.
    const canvas = h.element.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.titles')!;
    const box = canvas.getBoundingClientRect();
    const plot = h.element.shadowRoot!.querySelector('svg.main')!.getBoundingClientRect();
    expect(box.width).toBe(plot.width);
    expect(countsCanvas(h.element).getBoundingClientRect()).toEqual(box);
    // `canvas.counts` only gives the look: it holds no bitmap to flush and composite on each step.
    expect(countsCanvas(h.element).width * countsCanvas(h.element).height).toBe(1);
    expect(canvas.width).toBe(Math.round(box.width * devicePixelRatio));
  });

  it('clears what it drew when a zoom leaves no cluster in view', async () => {
    const h = await mount({ width: 900 });
    expect(h.clusterCounts().length).toBeGreaterThan(0);
    await h.element.zoomTo('2013-09-01', '2013-09-20');
    expect(h.clusters()).toEqual([]);
    // No count is left drawn: the shared canvas is cleared and holds the titles alone.
    expect(h.clusterCounts()).toEqual([]);
  });

  it('draws in the text colour of the theme, and again when the colour scheme changes', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] });
    const h = await mount({ width: 900 });
    const canvas = countsCanvas(h.element);
    const lightText = toRgb(getComputedStyle(canvas).color);
    expect(near(firstCountColour(h), lightText)).toBe(true);

    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    // The media query's change event comes with a later frame.
    await expect.poll(() => near(toRgb(getComputedStyle(canvas).color), lightText)).toBe(false);
    const darkText = toRgb(getComputedStyle(canvas).color);
    await expect.poll(() => near(firstCountColour(h), darkText)).toBe(true);

    h.element.setAttribute('theme', 'light');
    await h.settle();
    expect(near(firstCountColour(h), lightText)).toBe(true);
  });

  it('draws in CanvasText under forced colours', async () => {
    const h = await mount({ width: 900 });
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    await expect.poll(() => near(firstCountColour(h), toRgb(systemColour('CanvasText')))).toBe(true);
  });

  it('takes its colour from the page through ::part(counts)', async () => {
    const style = document.createElement('style');
    style.textContent = 'syria-timeline::part(counts) { color: rgb(200, 0, 0); }';
    document.head.append(style);
    try {
      const h = await mount({ width: 900 });
        expect(near(firstCountColour(h), [200, 0, 0])).toBe(true);
    } finally {
      style.remove();
    }
  });

  it('writes the counts into the SVG export as text, where they are drawn', async () => {
    const h = await mount({ width: 900 });
    const counts = h.clusterCounts();
    const doc = new DOMParser().parseFromString(await h.element.exportSvg(), 'image/svg+xml');
    const texts = [...doc.querySelectorAll('svg > text')].filter((t) => /text-anchor:\s*middle/.test(t.getAttribute('style') ?? ''));
    expect(texts.map((t) => t.textContent).sort()).toEqual(counts.map((c) => c.text).sort());
  });
});
