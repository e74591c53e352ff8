import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { mount } from './support/mount.js';
import { systemColour } from './support/colour.js';
import type { Dataset } from '@syria-timeline/core';
import { smallDataset } from './fixtures/small-dataset.js';

/*
 * Forced colours (Windows High Contrast and the like), emulated through the DevTools protocol
 * (Emulation.setEmulatedMedia, what Playwright's page.emulateMedia({ forcedColors }) sends).
 * Computed styles are compared with the system colours as the browser resolves them.
 */
beforeEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
});
afterEach(async () => {
  document.body.replaceChildren();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

/** The system colours as computed colours (rgb()). */
function systemColours(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['Canvas', 'CanvasText', 'GrayText', 'Highlight', 'HighlightText', 'LinkText', 'ButtonText', 'ButtonFace', 'ButtonBorder']) {
    out[name] = systemColour(name);
  }
  return out;
}

/** A fixture with every position, a conditional stance, and a selection to ring. */
function fixture() {
  const d = smallDataset();
  const [north, south] = d.stances as [Dataset['stances'][number], Dataset['stances'][number]];
  // Two observations a position, so that each draws an observed stretch between them.
  d.stances.push(
    { ...north, id: 'st-n2', when: { start: '2012-03-01', basis: 'stated' } },
    { ...south, id: 'st-s2', when: { start: '2012-04-01', basis: 'stated' } },
    { ...south, id: 'st-s3', position: 'neutral', when: { start: '2012-08-01', basis: 'stated' } },
    { ...south, id: 'st-s4', position: 'neutral', when: { start: '2012-10-01', basis: 'stated' } },
  );
  north.condition = 'until the harbour reopens';
  d.stances.find((s) => s.id === 'st-n2')!.condition = 'until the harbour reopens';
  return d;
}

describe('under forced colours', () => {
  it('stance bands: each position in system colours and a pattern of its own, whatever the band colour rules say', async () => {
    const sys = systemColours();
    const h = await mount({ dataset: fixture(), attrs: { start: '2012-01', end: '2013-01' } });
    const root = h.element.shadowRoot!;
    const band = (position: string) => getComputedStyle(root.querySelector(`[part~="stance"].observed.${position}`)!);
    expect(band('supports').fill).toBe(sys['CanvasText']);
    expect(band('opposes').fill).toMatch(/^url\("?#stance-stripes"?\)$/);
    expect(band('neutral').fill).toBe(sys['Canvas']);
    expect(band('opposes').stroke).toBe(sys['CanvasText']);
    expect(band('neutral').stroke).toBe(sys['CanvasText']);
    // The stripes themselves are system colours.
    const stripes = root.querySelector('#stance-stripes')!;
    expect(getComputedStyle(stripes.querySelector('line')!).stroke).toBe(sys['CanvasText']);
    expect(getComputedStyle(stripes.querySelector('rect')!).fill).toBe(sys['Canvas']);
    const conditional = getComputedStyle(root.querySelector('.stances .conditional')!);
    expect(conditional.strokeDasharray).not.toBe('none');
  });

  it('the legend draws each position as the plot does', async () => {
    const h = await mount({ dataset: fixture(), attrs: { start: '2012-01', end: '2013-01' } });
    const root = h.element.shadowRoot!;
    const legend = root.querySelector<HTMLDetailsElement>('[part="legend"]')!;
    legend.open = true;
    await h.settle();
    const look = (c: CSSStyleDeclaration) => `${c.fill} ${c.stroke}`;
    for (const position of ['supports', 'opposes', 'neutral']) {
      const icon = root.querySelector(`.legend-stance.${position} .band`);
      expect(icon, position).not.toBeNull();
      expect(look(getComputedStyle(icon!))).toBe(look(getComputedStyle(root.querySelector(`[part~="stance"].observed.${position}`)!)));
    }
    // Conditional: a dashed outline in both.
    expect(getComputedStyle(root.querySelector('.legend-swatch.conditional')!).borderTopStyle).toBe('dashed');
    expect(getComputedStyle(root.querySelector('.stances .conditional')!).strokeDasharray).not.toBe('none');
  });

  it('every graphic of the plot and the overview is painted in a system colour', async () => {
    const sys = Object.values(systemColours());
    const h = await mount({ dataset: fixture(), attrs: { start: '2012-01', end: '2013-01', selected: 'n-meeting' } });
    const root = h.element.shadowRoot!;
    const painted = [...root.querySelectorAll<SVGGraphicsElement>('svg path, svg rect, svg line, svg circle, svg text')]
      .filter((n) => !n.closest('pattern, defs, clipPath') && getComputedStyle(n).display !== 'none' && getComputedStyle(n).visibility !== 'hidden');
    expect(painted.length).toBeGreaterThan(20);
    const off: string[] = [];
    for (const n of painted) {
      const s = getComputedStyle(n);
      for (const [what, value] of [['fill', s.fill], ['stroke', s.stroke]] as const) {
        if (value === 'none' || value.startsWith('url(') || value === 'rgba(0, 0, 0, 0)') continue;
        if (!sys.includes(value)) off.push(`${n.getAttribute('class') ?? n.localName} ${what} ${value}`);
      }
      if (Number(s.opacity) < 1 && !n.closest('[part~="tie"]')) off.push(`${n.getAttribute('class') ?? n.localName} opacity ${s.opacity}`);
    }
    expect(off).toEqual([]);
  });

  it('the lane swatches too, in the dark theme', async () => {
    const sys = systemColours();
    const h = await mount({ dataset: smallDataset(), attrs: { theme: 'dark' } });
    const swatches = [...h.element.shadowRoot!.querySelectorAll('.swatch')];
    expect(swatches.length).toBeGreaterThan(0);
    for (const s of swatches) expect(getComputedStyle(s).backgroundColor).toBe(sys['CanvasText']);
  });

  it('the focus ring and the selection ring look different', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { start: '2012-01', end: '2012-12' } });
    expect(await h.element.focusEvent('n-meeting')).toBe(true);
    await h.settle();
    // Focus another mark with the keyboard, so that both rings show at once.
    await h.pressKey('ArrowRight');
    await h.settle();
    const root = h.element.shadowRoot!;
    const focus = root.querySelector('.focus-visible .focus-ring');
    const selected = root.querySelector('.selected-ring');
    expect(focus).not.toBeNull();
    expect(selected).not.toBeNull();
    const f = getComputedStyle(focus!);
    const s = getComputedStyle(selected!);
    const look = (c: CSSStyleDeclaration) => `${c.stroke} ${c.strokeWidth} ${c.strokeDasharray}`;
    expect(look(f)).not.toBe(look(s));
    expect(f.stroke).not.toBe(s.stroke);
    expect(f.strokeDasharray).not.toBe(s.strokeDasharray);
  });
});
