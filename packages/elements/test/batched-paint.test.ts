import { afterEach, describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '@syria-timeline/core';
import { PROXY_LIMIT } from '../src/templates/render-plot.js';
import { SubpathBuilder } from '../src/subpath-builder.js';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

afterEach(() => document.body.replaceChildren());

const proxies = (root: ShadowRoot) => root.querySelectorAll('[part~="mark"], [part~="cluster"]');

describe('SubpathBuilder', () => {
  it('places glyphs started relative to each other where absolute ones would be, with no drift over a thousand', () => {
    const b = new SubpathBuilder();
    const centres: [number, number][] = [];
    for (let i = 0; i < 1000; i++) centres.push([3.337 + i * 13.37, 20 + (i % 3) * 22.05]);
    for (const [x, y] of centres) b.glyph('square', 6, x, y);
    expect(b.d.startsWith('M')).toBe(true);
    const svgEl = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', b.d);
    svgEl.append(path);
    document.body.append(svgEl);
    for (const [x, y] of [centres[0]!, centres[500]!, centres[999]!]) {
      expect(path.isPointInFill(new DOMPoint(x, y))).toBe(true);
      // A square of half-side 4.8: inside near its edge, outside just beyond it.
      expect(path.isPointInFill(new DOMPoint(x + 4.6, y - 4.6))).toBe(true);
      expect(path.isPointInFill(new DOMPoint(x + 5.2, y))).toBe(false);
    }
    expect(path.isPointInFill(new DOMPoint(centres[0]![0] + 6.7, 20))).toBe(false);
  });

  it('places a glyph that follows a ring or a wye (glyphs of several subpaths) where its absolute path would be', () => {
    const b = new SubpathBuilder();
    const centres: [number, number][] = [];
    for (let i = 0; i < 60; i++) centres.push([10 + i * 20.3, 20]);
    centres.forEach(([x, y], i) => b.glyph(i % 3 === 0 ? 'ring' : i % 3 === 1 ? 'wye' : 'square', 6, x, y));
    const svgEl = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', b.d);
    svgEl.append(path);
    document.body.append(svgEl);
    centres.forEach(([x, y], i) => {
      if (i % 3 !== 2) return;
      // The square (half-side 4.8) after a ring and a wye: both of its sides inside, nothing just beyond them.
      expect(path.isPointInFill(new DOMPoint(x + 4.4, y)), `square ${i}`).toBe(true);
      expect(path.isPointInFill(new DOMPoint(x - 4.4, y)), `square ${i}`).toBe(true);
      expect(path.isPointInFill(new DOMPoint(x + 5.4, y)), `square ${i}`).toBe(false);
    });
  });
});

describe('marks painted in batches, named by proxies', () => {
  it('paints every mark in its own lane, where its proxy says it is', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { start: '2012-01', end: '2012-06' } });
    const marks = h.marks();
    expect(marks.length).toBeGreaterThan(3);
    for (const m of marks) {
      const { x, y } = await h.markCentre(m.label, m.lane);
      // A ring glyph (a call) has a hole at its centre: probe a little off it.
      const off = m.shape === 'ring' ? 4 : 0;
      expect(h.paintAt(x + off, y)?.lane, `${m.label} in ${m.lane}`).toBe(m.lane);
    }
  });

  it('draws a lane with a handful of paths however many marks it has', async () => {
    const h = await mount({ dataset: generateSyntheticDataset({ events: 1000, seed: 7 }), width: 1200 });
    const root = h.element.shadowRoot!;
    for (const lane of root.querySelectorAll('g.lane-marks')) {
      const paths = lane.querySelectorAll('.paint path');
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.length).toBeLessThanOrEqual(12);
    }
    // Each glyph starts a subpath (a move, M or m): far more glyphs than paths.
    const moves = [...root.querySelectorAll('.paint path.glyph')].reduce((n, p) => n + (p.getAttribute('d')!.match(/[Mm]/g)?.length ?? 0), 0);
    expect(moves).toBeGreaterThan(200);
  });

  it('gives every mark and cluster a proxy while there are few', async () => {
    const h = await mount({ dataset: smallDataset() });
    const root = h.element.shadowRoot!;
    expect(proxies(root).length).toBeLessThanOrEqual(PROXY_LIMIT);
    expect(h.marks().length + h.clusters().length).toBe(proxies(root).length);
    expect(h.marks().length).toBeGreaterThan(3);
  });

  it('past the limit keeps only the tab stop and the selection as proxies; the arrow keys still reach every mark', async () => {
    const data = generateSyntheticDataset({ events: 3000, seed: 3 });
    const h = await mount({ dataset: data, width: 1200 });
    const root = h.element.shadowRoot!;
    const moves = [...root.querySelectorAll('.paint path.glyph')].reduce((n, p) => n + (p.getAttribute('d')!.match(/[Mm]/g)?.length ?? 0), 0);
    expect(moves).toBeGreaterThan(PROXY_LIMIT);
    expect(proxies(root).length).toBe(1);
    expect(h.tabStops()).toBe(1);
    await h.focusFirstMark();
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      seen.add(h.activeMarkLabel()!);
      await h.pressKey('ArrowRight');
      expect(proxies(root).length).toBe(1);
    }
    expect(seen.size).toBe(12);
    // The tooltip names the focused mark, and Enter selects it: its marks get proxies, pressed.
    expect(h.tooltipText()).toContain(h.activeMarkLabel()!.split(',')[0]!);
    await h.pressKey('Enter');
    expect(h.details()).not.toBeNull();
    const pressed = [...proxies(root)].filter((p) => p.getAttribute('aria-pressed') === 'true');
    expect(pressed.length).toBeGreaterThan(0);
  });
});
