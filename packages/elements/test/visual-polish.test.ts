import { afterEach, describe, expect, it } from 'vitest';
import { builtinDataset } from '@syria-timeline/core';
import { mount } from './support/mount.js';
import { contrast, toRgb } from './support/colour.js';

afterEach(() => document.body.replaceChildren());

/** The view of issue 3: a long range starts before the window, in the Assad lane. */
const FEB_2012 = { start: '2012-01-15', end: '2012-03-10' };


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
    // The range is still drawn where the plot starts: clipped, not dropped (its bar starts left of the plot).
    const plot = root.querySelector('svg.main')!.getBoundingClientRect();
    // (The January 2012 spans, the Arab League plan and the UN toll, are in the context row: their actors have no lane.)
    const bars = root.querySelectorAll('g.lane-marks[data-lane="others"] .paint path.bar, g.lane-marks[data-lane="others"] .paint path.span-bar');
    expect([...bars].some((b) => b.getBoundingClientRect().left < plot.left)).toBe(true);
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
      const counts = h.clusterCounts();
      expect(counts.map((c) => c.text).sort()).toEqual(clusters.map((c) => String(c.count)).sort());
      for (const c of counts) expect(c.text).not.toBe('1');
      expect(h.marks().length).toBeGreaterThan(0);
    });
  }

  it('draws the event that was a "1" pill in February 2012 as its own range mark, in the cluster row', async () => {
    const h = await mount({ attrs: FEB_2012, width: 1280 });
    const ranges = h.marks('others').filter((m) => m.kind === 'span' || m.kind === 'range');
    expect(ranges.length).toBeGreaterThan(0);
    // Starts before the window (left of the plot), reaches into it: painted just inside the plot's left edge.
    const plot = h.element.shadowRoot!.querySelector('svg.main')!.getBoundingClientRect();
    const { y } = await h.markCentre(ranges[0]!.label);
    const painted = h.paintAt(plot.left + 2, y);
    expect(painted?.lane).toBe('others');
    expect(painted?.className).toMatch(/\b(bar|span-bar)\b/);
  });

  it('shows each lane name in full at 1280px, wrapping long names instead of cutting them', async () => {
    const h = await mount({ width: 1280 });
    const names = [...h.element.shadowRoot!.querySelectorAll<HTMLElement>('.labels .lane-name')];
    expect(names.map((n) => n.textContent)).toEqual([...[...builtinDataset.lanes].sort((a, b) => a.order - b.order).map((l) => l.label), 'Others']);
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
    expect(overlay).toHaveLength(5); // four sides and the context row
    for (const n of overlay) expect(n.clientHeight).toBeLessThan(parseFloat(getComputedStyle(n).lineHeight) * 1.5);
    expect(root.querySelector('svg.main')!.getBoundingClientRect().width).toBeLessThanOrEqual(320);
  });

  it('never hides a mark under a lane label at 320px: each label has its own strip above the marks', async () => {
    const h = await mount({ width: 320 });
    const root = h.element.shadowRoot!;
    const labels = [...root.querySelectorAll<HTMLElement>('.overlay-labels [part~="lane-label"]')].map((l) => l.getBoundingClientRect());
    expect(h.marks().length + h.clusters().length).toBeGreaterThan(10);
    // The labels take no pointer events, so hit testing sees the paint beneath them: none of it may be a mark.
    for (const label of labels) {
      const painted = [];
      for (let y = label.top + 1; y < label.bottom - 1; y += 2) {
        for (let x = label.left + 1; x < label.right - 1; x += 3) {
          const p = h.paintAt(x, y);
          if (p) painted.push(p);
        }
      }
      expect(painted).toEqual([]);
    }
    // The probe does find paint where marks are: the strip right below the first label holds the first row
    // (across the plot: on the folded axis the first marks sit right of the label's width).
    const below = labels[0]!;
    const right = h.element.getBoundingClientRect().right;
    let found = 0;
    for (let x = below.left + 1; x < right; x += 1) if (h.paintAt(x, below.bottom + 11)) found++;
    expect(found).toBeGreaterThan(0);
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
      for (const mark of group.querySelectorAll<SVGPathElement>('.paint path.glyph:not(.uncertain):not(.hollow)')) {
        const style = getComputedStyle(mark);
        const alpha = Number(style.opacity) * Number(style.fillOpacity);
        const seen = toRgb(style.fill).map((c, i) => c * alpha + bg[i]! * (1 - alpha));
        if (mark.classList.contains('background')) faint++;
        expect(contrast(seen, bg), `${group.dataset['lane']} ${mark.getAttribute('class')}`).toBeGreaterThanOrEqual(3);
      }
    }
    expect(faint).toBeGreaterThan(0);
  });

  it('rings the cluster holding the selected event when the event has no mark of its own at this zoom', async () => {
    const id = 'lavrov-meets-assad-2012-02-07';
    // On the linear axis: the gap-compressed one gives that week room enough for marks of their own.
    const h = await mount({ attrs: { selected: id, axis: 'linear' }, width: 900 });
    const root = h.element.shadowRoot!;
    // At the full extent that week is a cluster in both of the event's lanes.
    expect(h.marks().filter((m) => m.eventId === id)).toEqual([]);
    const rings = [...root.querySelectorAll<SVGRectElement>('.selected-ring')];
    expect(rings.length).toBeGreaterThan(0);
    const pills = [...root.querySelectorAll<SVGPathElement>('.paint path.pill')];
    for (const ring of rings) {
      // Rings and lanes share the lanes' coordinates: a pill is painted at the ring's centre, and not at its corner.
      const x = ring.x.baseVal.value, y = ring.y.baseVal.value, w = ring.width.baseVal.value, hgt = ring.height.baseVal.value;
      expect(pills.some((p) => p.isPointInFill(new DOMPoint(x + w / 2, y + hgt / 2)))).toBe(true);
      expect(pills.some((p) => p.isPointInFill(new DOMPoint(x + 1, y + 1)))).toBe(false);
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

  // Tick labels are placed from their widths: a width guessed from the number of characters let
  // Arabic's bold 'أغسطس 2013' run into 'سبتمبر' at 1,024 px.
  for (const locale of ['en', 'fr', 'ru', 'ar']) {
    it(`writes no tick label over another, at 1,440, 1,024 and 390 px and zoomed in (locale ${locale})`, async () => {
      let h = await mount({ attrs: { locale }, width: 1440 });
      const overlaps = () => {
        const root = h.element.shadowRoot!;
        const boxes = [...root.querySelectorAll<SVGTextElement>('svg.main [part="axis"] text')]
          .map((t) => ({ text: t.textContent!, box: t.getBoundingClientRect() }))
          .sort((a, b) => a.box.left - b.box.left);
        expect(boxes.length).toBeGreaterThan(1);
        const out: string[] = [];
        for (let i = 1; i < boxes.length; i++) {
          const [a, b] = [boxes[i - 1]!, boxes[i]!];
          if (b.box.left < a.box.right + 2) out.push(`${a.text} [${a.box.left.toFixed(1)}–${a.box.right.toFixed(1)}] × ${b.text} [${b.box.left.toFixed(1)}–${b.box.right.toFixed(1)}]`);
        }
        return out;
      };
      for (const width of [1440, 1024, 390]) {
        // Drawn first at this width, then resized to it.
        if (width !== 1440) {
          document.body.replaceChildren();
          h = await mount({ attrs: { locale }, width });
        }
        expect(overlaps(), `${width} px, the whole story`).toEqual([]);
        h.element.style.width = `${width === 1440 ? 1024 : 1440}px`;
        await h.settle();
        h.element.style.width = `${width}px`;
        await h.settle();
        expect(overlaps(), `${width} px, the whole story, after a resize`).toEqual([]);
        await h.element.zoomTo('2013-08', '2013-12');
        expect(overlaps(), `${width} px, Aug – Dec 2013`).toEqual([]);
        await h.element.zoomTo('2012-01-20', '2012-03-05');
        expect(overlaps(), `${width} px, late Jan – early Mar 2012`).toEqual([]);
      }
    });
  }

  // Time runs left to right in every locale: in Arabic the years sat left of their lines, each in
  // the year before it, and the first one ran off the strip ('012' at 390 px).
  for (const locale of ['en', 'ar']) {
    it(`writes each year of the overview strip right of its line and inside the strip (locale ${locale})`, async () => {
      for (const width of [1440, 390]) {
        document.body.replaceChildren();
        const h = await mount({ attrs: { locale }, width });
        const strip = h.element.shadowRoot!.querySelector('[part="overview"]')!.getBoundingClientRect();
        const years = [...h.element.shadowRoot!.querySelectorAll<SVGTextElement>('[part="overview"] .overview-year')];
        expect(years.length, `${width} px`).toBeGreaterThanOrEqual(3);
        for (const year of years) {
          const box = year.getBoundingClientRect();
          const line = (year.previousElementSibling as SVGLineElement).getBoundingClientRect();
          expect(box.left, `${width} px, ${year.textContent}`).toBeGreaterThan(line.left);
          expect(box.left - line.left, `${width} px, ${year.textContent}`).toBeLessThan(6);
          expect(box.right, `${width} px, ${year.textContent}`).toBeLessThanOrEqual(strip.right);
        }
      }
    });
  }

  // A fold that starts near the window's edge ran past the plot: in Arabic its veil and its label
  // ('⋯ 17 months ⋯', upright) lay over the lane names, which sit right of the plot there.
  for (const locale of ['en', 'ar']) {
    it(`draws the axis' folds inside the plot, even one that starts at the window's edge (locale ${locale})`, async () => {
      const h = await mount({ attrs: { start: '2012-01-20', end: '2012-03-05', locale }, width: 1024 });
      const root = h.element.shadowRoot!;
      for (const svg of root.querySelectorAll('svg.main, svg.sticky-axis')) {
        const plot = svg.getBoundingClientRect();
        const parts = [...svg.querySelectorAll('[part="axis-break"] rect, [part="axis-break"] line, [part="axis-break"] text')];
        expect(parts.length).toBeGreaterThan(0);
        for (const part of parts) {
          const box = part.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue;
          expect(box.left, part.outerHTML).toBeGreaterThanOrEqual(plot.left - 1);
          expect(box.right, part.outerHTML).toBeLessThanOrEqual(plot.right + 1);
        }
      }
      // The lane names are not veiled: the label column's text is read where the plot is not drawn.
      const name = root.querySelector('.labels [part~="lane-label"]')!.getBoundingClientRect();
      expect(root.elementFromPoint(name.left + name.width / 2, name.top + name.height / 2)?.closest('[part="axis-break"]') ?? null).toBeNull();
    });
  }

  for (const locale of ['en', 'ar']) {
    it(`exports the tick labels right of their lines, as drawn (locale ${locale})`, async () => {
      const h = await mount({ attrs: { ...FEB_2012, locale }, width: 1280 });
      const doc = new DOMParser().parseFromString(await h.element.exportSvg(), 'image/svg+xml');
      const holder = document.createElement('div');
      holder.append(document.importNode(doc.documentElement, true));
      document.body.append(holder);
      // A tick: a group holding its line, then its label.
      const labels = [...holder.querySelectorAll('text')].filter((t) => t.previousElementSibling?.localName === 'line' && t.textContent);
      expect(labels.length).toBeGreaterThan(3);
      for (const text of labels) {
        const box = text.getBoundingClientRect();
        const line = text.previousElementSibling!.getBoundingClientRect();
        expect(box.left, text.textContent!).toBeGreaterThanOrEqual(line.left);
        expect(box.left - line.left, text.textContent!).toBeLessThan(24);
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
