import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { mount } from './support/mount.js';
import { contrast, oklch, toRgb } from './support/colour.js';

afterEach(async () => {
  document.body.replaceChildren();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

const POSITIONS = ['supports', 'opposes', 'neutral'] as const;
const hueGap = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

describe('stance encodings', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`keep every drawn stance part at 3:1 or more on the lanes' backgrounds, in the ${theme} theme`, async () => {
      // February 2012: both solid and carried-forward stretches, and observations, are in view.
      const h = await mount({ width: 1280, attrs: { theme, start: '2012-02', end: '2012-02' } });
      const root = h.element.shadowRoot!;
      const backgrounds = [
        toRgb(getComputedStyle(h.element).backgroundColor),
        ...[...root.querySelectorAll<SVGRectElement>('[part="lane"].alt')].slice(0, 1).map((r) => toRgb(getComputedStyle(r).fill)),
      ];
      expect(backgrounds.length).toBe(2);
      const parts: [string, number[]][] = [];
      for (const r of root.querySelectorAll<SVGRectElement>('[part~="stance"].observed')) parts.push([`band ${r.dataset['position']}`, toRgb(getComputedStyle(r).fill)]);
      for (const l of root.querySelectorAll<SVGLineElement>('[part~="stance"].carried')) parts.push([`carried ${l.dataset['position']}`, toRgb(getComputedStyle(l).stroke)]);
      for (const p of h.stancePoints()) {
        const disc = toRgb(getComputedStyle(p.node.querySelector('.point-disc')!).fill);
        parts.push([`disc ${p.label}`, disc]);
        // The glyph is drawn on the disc: it must stand out from it as much.
        expect(contrast(toRgb(getComputedStyle(p.node.querySelector('.point-glyph')!).stroke), disc), `glyph on ${p.label}`).toBeGreaterThanOrEqual(3);
      }
      expect(parts.some(([n]) => n.startsWith('band'))).toBe(true);
      expect(parts.some(([n]) => n.startsWith('carried'))).toBe(true);
      for (const [name, colour] of parts) {
        for (const bg of backgrounds) expect(contrast(colour, bg), `${name} on ${bg.join(',')}`).toBeGreaterThanOrEqual(3);
      }
    });

    it(`gives the three positions colours of their own, apart from every lane's hue, in the ${theme} theme`, async () => {
      const h = await mount({ attrs: { theme } });
      const root = h.element.shadowRoot!;
      // The four sides' lanes; the context row ("Others") is grey, with no hue to keep apart from.
      const lanes = [...root.querySelectorAll<SVGGElement>('g.lane-marks')].map((g) => oklch(toRgb(getComputedStyle(g).color)))
        .filter((lane) => lane.chroma > 0.03);
      expect(lanes.length).toBe(4);
      const bg = toRgb(getComputedStyle(h.element).backgroundColor);
      const colours = POSITIONS.map((p) => {
        const probe = document.createElementNS('http://www.w3.org/2000/svg', 'g');
        probe.setAttribute('class', `stance-point ${p}`);
        root.querySelector('svg.main')!.append(probe);
        const rgb = toRgb(getComputedStyle(probe).color);
        probe.remove();
        return { p, rgb, lch: oklch(rgb) };
      });
      for (const { p, rgb, lch } of colours) {
        expect(contrast(rgb, bg), p).toBeGreaterThanOrEqual(3);
        if (p === 'neutral') {
          expect(lch.chroma, 'neutral is a grey').toBeLessThan(0.03);
          continue;
        }
        for (const lane of lanes) expect(hueGap(lch.hue, lane.hue), `${p} vs a lane at ${lane.hue.toFixed(0)}°`).toBeGreaterThanOrEqual(30);
      }
      expect(hueGap(colours[0]!.lch.hue, colours[1]!.lch.hue)).toBeGreaterThanOrEqual(60);
    });
  }
});
