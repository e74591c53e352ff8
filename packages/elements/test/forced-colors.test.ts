import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { mount } from './support/mount.js';
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
    const probe = document.createElement('span');
    probe.style.color = name;
    document.body.append(probe);
    out[name] = getComputedStyle(probe).color;
    probe.remove();
  }
  return out;
}

/** A fixture with every position, a conditional stance, and a selection to ring. */
function fixture() {
  const d = smallDataset();
  d.stances.push({ ...d.stances[0]!, id: 'neutral-south', actor: 's-gov', position: 'neutral', when: { start: '2012-09-01', basis: 'stated' } });
  d.stances[0]!.condition = 'until the harbour reopens';
  return d;
}

describe('under forced colours', () => {
  it('stance bands: each position in system colours and a pattern of its own, whatever the band colour rules say', async () => {
    const sys = systemColours();
    const h = await mount({ dataset: fixture(), attrs: { start: '2012-01', end: '2013-01' } });
    const root = h.element.shadowRoot!;
    const band = (position: string) => getComputedStyle(root.querySelector(`[part~="stance"].${position}`)!);
    expect(band('supports').fill).toBe(sys['CanvasText']);
    expect(band('opposes').fill).toMatch(/^url\("?#stance-stripes"?\)$/);
    expect(band('neutral').fill).toBe(sys['Canvas']);
    for (const p of ['supports', 'opposes', 'neutral']) {
      expect(band(p).stroke).toBe(sys['CanvasText']);
      // No fading blend of system colours: the freshness opacity is off.
      expect(band(p).fillOpacity).toBe('1');
    }
    // The stripes themselves are system colours.
    const stripes = root.querySelector('#stance-stripes')!;
    expect(getComputedStyle(stripes.querySelector('line')!).stroke).toBe(sys['CanvasText']);
    expect(getComputedStyle(stripes.querySelector('rect')!).fill).toBe(sys['Canvas']);
    const conditional = getComputedStyle(root.querySelector('.stances .conditional')!);
    expect(conditional.strokeDasharray).not.toBe('none');
  });

  it('the legend swatches draw what the plot draws', async () => {
    const sys = systemColours();
    const h = await mount({ dataset: fixture(), attrs: { start: '2012-01', end: '2013-01' } });
    const root = h.element.shadowRoot!;
    const swatch = (position: string) => getComputedStyle(root.querySelector(`.legend-swatch.${position}`)!);
    const band = (position: string) => getComputedStyle(root.querySelector(`[part~="stance"].${position}`)!);
    expect(swatch('supports').backgroundColor).toBe(band('supports').fill);
    expect(swatch('neutral').backgroundColor).toBe(band('neutral').fill);
    expect(swatch('neutral').borderTopColor).toBe(band('neutral').stroke);
    // Opposes: stripes of the system text colour in both.
    expect(swatch('opposes').backgroundImage).toMatch(/repeating-linear-gradient/);
    expect(swatch('opposes').backgroundImage).toContain(sys['CanvasText']);
    expect(band('opposes').fill).toContain('stance-stripes');
    // Conditional: a dashed outline in both.
    expect(swatch('conditional').borderTopStyle).toBe('dashed');
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
