import { afterEach, describe, expect, it } from 'vitest';
import { builtinDataset } from '@syria-timeline/core';
import { mount } from './support/mount.js';

afterEach(() => document.body.replaceChildren());

/** The view of issue 3: a long range starts before the window, in the Assad lane. */
const FEB_2012 = { start: '2012-01-15', end: '2012-03-10' };

/** A computed CSS colour (any syntax the browser resolves, e.g. oklab from color-mix) as sRGB 0–255. */
function toRgb(css: string): [number, number, number] {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = css;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

const luminance = (rgb: readonly number[]) => {
  const [r, g, b] = rgb.map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: readonly number[], b: readonly number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** What the reader sees on top at each point of a grid over `rect` (hit testing honours clip paths). */
function topmostOver(root: ShadowRoot, rect: DOMRect, step = 4): Element[] {
  const hits: Element[] = [];
  for (let y = rect.top + 1; y < rect.bottom - 1; y += step) {
    for (let x = rect.left + 1; x < rect.right - 1; x += step) {
      const el = root.elementFromPoint(x, y);
      if (el) hits.push(el);
    }
  }
  return hits;
}

describe('<syria-timeline> visual polish', () => {
  it('paints nothing of the plot (bars, pills, stance bands) over the lane-label column', async () => {
    const h = await mount({ attrs: FEB_2012, width: 1280 });
    const root = h.element.shadowRoot!;
    const column = root.querySelector('.labels')!.getBoundingClientRect();
    expect(column.width).toBeGreaterThan(50);
    const intruders = topmostOver(root, column).filter((el) => el.closest('svg.main'));
    expect(intruders.map((el) => el.getAttribute('part') ?? el.getAttribute('class'))).toEqual([]);
    // The range is still drawn where the plot starts: clipped, not dropped.
    const plot = root.querySelector('svg.main')!.getBoundingClientRect();
    const assad = root.querySelector('g.lane-marks[data-lane="assad"]')!;
    expect([...assad.querySelectorAll('[part~="mark"]')].some((m) => m.getBoundingClientRect().left < plot.left)).toBe(true);
  });

  for (const [name, attrs, width] of [
    ['February 2012 at 1280px', FEB_2012, 1280],
    ['the full extent at 900px', {}, 900],
    ['the full extent at 320px', {}, 320],
    ['2012 at 600px', { start: '2012-01-01', end: '2013-01-01' }, 600],
  ] as const) {
    it(`never draws a pill for a cluster of one event (${name})`, async () => {
      const h = await mount({ attrs, width });
      const clusters = h.clusters();
      for (const c of clusters) expect(c.count, c.label).toBeGreaterThanOrEqual(2);
      for (const el of h.element.shadowRoot!.querySelectorAll('[part~="cluster"] text')) expect(el.textContent).not.toBe('1');
      expect(h.marks().length).toBeGreaterThan(0);
    });
  }

  it('draws the event that was a "1" pill in February 2012 as its own range mark, in the cluster row', async () => {
    const h = await mount({ attrs: FEB_2012, width: 1280 });
    const layout = h.element.shadowRoot!.querySelector('g.lane-marks[data-lane="assad"]')!;
    const ranges = [...layout.querySelectorAll<SVGGElement>('[part~="mark"].span, [part~="mark"].range')];
    // Starts before the window (left of the plot), reaches into it.
    const plot = h.element.shadowRoot!.querySelector('svg.main')!.getBoundingClientRect();
    expect(ranges.some((r) => r.getBoundingClientRect().left < plot.left && r.getBoundingClientRect().right > plot.left)).toBe(true);
  });

  it('shows each lane name in full at 1280px, wrapping long names instead of cutting them', async () => {
    const h = await mount({ width: 1280 });
    const names = [...h.element.shadowRoot!.querySelectorAll<HTMLElement>('.labels .lane-name')];
    expect(names.map((n) => n.textContent)).toEqual([...builtinDataset.lanes].sort((a, b) => a.order - b.order).map((l) => l.label));
    for (const n of names) {
      expect(n.scrollWidth, n.textContent!).toBeLessThanOrEqual(n.clientWidth);
      expect(n.scrollHeight, n.textContent!).toBeLessThanOrEqual(n.clientHeight);
    }
    const assad = names.find((n) => n.textContent === 'Assad (Syrian government)')!;
    const lineHeight = parseFloat(getComputedStyle(assad).lineHeight);
    expect(assad.clientHeight).toBeGreaterThan(lineHeight * 1.5);
  });

  it('keeps the 320px layout: labels on their lanes, one line each, no label column', async () => {
    const h = await mount({ width: 320 });
    const root = h.element.shadowRoot!;
    expect(h.element.hasAttribute('narrow')).toBe(true);
    expect(root.querySelector<HTMLElement>('.labels')!.getBoundingClientRect().width).toBe(0);
    const overlay = [...root.querySelectorAll<HTMLElement>('.overlay-labels .lane-name')];
    expect(overlay).toHaveLength(4);
    for (const n of overlay) expect(n.clientHeight).toBeLessThan(parseFloat(getComputedStyle(n).lineHeight) * 1.5);
    expect(root.querySelector('svg.main')!.getBoundingClientRect().width).toBeLessThanOrEqual(320);
  });

  it('never hides a mark under a lane label at 320px: each label has its own strip above the marks', async () => {
    const h = await mount({ width: 320 });
    const root = h.element.shadowRoot!;
    const labels = [...root.querySelectorAll<HTMLElement>('.overlay-labels [part~="lane-label"]')].map((l) => l.getBoundingClientRect());
    const items = [...root.querySelectorAll('svg.main [part~="mark"], svg.main [part~="cluster"]')].map((m) => m.getBoundingClientRect());
    expect(items.length).toBeGreaterThan(10);
    for (const label of labels) {
      const hidden = items.filter((m) => m.bottom > label.top + 0.5 && m.top < label.bottom - 0.5 && m.right > label.left && m.left < label.right);
      expect(hidden).toEqual([]);
    }
  });

  it('keeps every solid point mark, background events included, at 3:1 contrast or more against its lane in dark theme', async () => {
    const h = await mount({ attrs: { theme: 'dark' }, width: 1280 });
    const root = h.element.shadowRoot!;
    const hostBg = toRgb(getComputedStyle(h.element).backgroundColor);
    let faint = 0;
    for (const group of root.querySelectorAll<SVGGElement>('g.lane-marks')) {
      const laneRect = root.querySelector(`[part="lane"][data-lane="${group.dataset['lane']}"]`)!;
      const laneFill = getComputedStyle(laneRect).fill;
      // A transparent lane shows the host's background.
      const bg = laneFill === 'none' || laneFill.endsWith(', 0)') || laneFill === 'transparent' ? hostBg : toRgb(laneFill);
      for (const mark of group.querySelectorAll<SVGPathElement>('path.mark.point:not(.uncertain)')) {
        const style = getComputedStyle(mark);
        const alpha = Number(style.opacity) * Number(style.fillOpacity);
        const seen = toRgb(style.fill).map((c, i) => c * alpha + bg[i]! * (1 - alpha));
        if (mark.classList.contains('background')) faint++;
        expect(contrast(seen, bg), mark.getAttribute('aria-label')!).toBeGreaterThanOrEqual(3);
      }
    }
    expect(faint).toBeGreaterThan(0);
  });

  it('rings the cluster holding the selected event when the event has no mark of its own at this zoom', async () => {
    const id = 'lavrov-meets-assad-2012-02-07';
    const h = await mount({ attrs: { selected: id }, width: 900 });
    const root = h.element.shadowRoot!;
    // At the full extent that week is a cluster in both of the event's lanes.
    expect(h.marks().filter((m) => m.eventId === id)).toEqual([]);
    const rings = [...root.querySelectorAll('.selected-ring')].map((r) => r.getBoundingClientRect());
    expect(rings.length).toBeGreaterThan(0);
    const pills = [...root.querySelectorAll('[part~="cluster"] .pill')].map((p) => p.getBoundingClientRect());
    for (const ring of rings) {
      expect(pills.some((p) => p.left > ring.left && p.right < ring.right && p.top > ring.top && p.bottom < ring.bottom)).toBe(true);
    }
    // Zoomed in far enough, the ring is around the event's own mark again.
    await h.element.focusEvent(id);
    expect(h.marks().filter((m) => m.eventId === id).length).toBeGreaterThan(0);
    expect(root.querySelectorAll('.selected-ring').length).toBe(h.marks().filter((m) => m.eventId === id).length);
  });

  for (const locale of ['en', 'ar']) {
    it(`keeps every tick label inside the plot, right of its line (locale ${locale})`, async () => {
      const h = await mount({ attrs: { ...FEB_2012, locale }, width: 1280 });
      const root = h.element.shadowRoot!;
      const plot = root.querySelector('svg.main')!.getBoundingClientRect();
      const labels = [...root.querySelectorAll<SVGTextElement>('[part="axis"] text')];
      expect(labels.length).toBeGreaterThan(3);
      for (const text of labels) {
        const box = text.getBoundingClientRect();
        const line = text.parentElement!.querySelector('line')!.getBoundingClientRect();
        expect(box.left, text.textContent!).toBeGreaterThanOrEqual(Math.max(plot.left, line.left));
        expect(box.right, text.textContent!).toBeLessThanOrEqual(plot.right + 1);
      }
    });
  }

  it('keeps the tooltip of every mark and cluster in the top lanes inside the plot width and clear of the toolbar', async () => {
    const h = await mount({ attrs: FEB_2012, width: 1280 });
    const root = h.element.shadowRoot!;
    const items = [...root.querySelectorAll<SVGElement>('g.lane-marks[data-lane="russia"] [data-key], g.lane-marks[data-lane="assad"] [data-key]')];
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) {
      item.focus();
      await h.element.updateComplete;
      const tip = root.querySelector('[part="tooltip"]');
      expect(tip, item.getAttribute('aria-label')!).not.toBeNull();
      // Measured after focusing: focus may scroll the page.
      const toolbar = root.querySelector('[part="toolbar"]')!.getBoundingClientRect();
      const plot = root.querySelector('.plot')!.getBoundingClientRect();
      const box = tip!.getBoundingClientRect();
      expect(box.top, tip!.textContent!).toBeGreaterThanOrEqual(toolbar.bottom);
      expect(box.left, tip!.textContent!).toBeGreaterThanOrEqual(plot.left - 1);
      expect(box.right, tip!.textContent!).toBeLessThanOrEqual(plot.right + 1);
    }
  });
});
