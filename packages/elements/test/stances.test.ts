import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

afterEach(async () => {
  document.body.replaceChildren();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

const bands = (root: ShadowRoot) =>
  [...root.querySelectorAll<SVGRectElement>('[part~="stance"]')].map((r) => ({
    lane: r.dataset['lane'],
    position: r.dataset['position'],
    label: r.parentElement?.getAttribute('aria-label') ?? '',
  }));

describe('stance bands', () => {
  it('show the first issue by default, coloured by position and named in words', async () => {
    const h = await mount({ dataset: smallDataset() });
    const b = bands(h.element.shadowRoot!);
    expect(b).toContainEqual(expect.objectContaining({ lane: 'north', position: 'supports' }));
    expect(b).toContainEqual(expect.objectContaining({ lane: 'south', position: 'opposes' }));
    expect(b.every((x) => x.label.includes('A ceasefire should hold'))).toBe(true);
    const root = h.element.shadowRoot!;
    const supports = root.querySelector('[part~="stance"].supports')!;
    const opposes = root.querySelector('[part~="stance"].opposes')!;
    expect(getComputedStyle(supports).fill).not.toBe(getComputedStyle(opposes).fill);
    expect(root.querySelector('[part="legend"]')!.textContent).toContain('Opposes');
  });

  it('issue="none" hides them, and the picker brings them back', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { issue: 'none' } });
    const root = h.element.shadowRoot!;
    expect(bands(root)).toHaveLength(0);
    const picker = root.querySelector<HTMLSelectElement>('[part="issue-picker"]')!;
    expect(picker.value).toBe('none');
    picker.value = 'ceasefire';
    picker.dispatchEvent(new Event('change'));
    await h.settle();
    expect(bands(root).length).toBeGreaterThan(0);
  });

  it('draws a conditional stance hatched', async () => {
    const d = smallDataset();
    d.stances[0]!.condition = 'until the harbour reopens';
    const h = await mount({ dataset: d });
    const hatch = h.element.shadowRoot!.querySelector('.conditional');
    expect(hatch?.getAttribute('fill')).toBe('url(#stance-hatch)');
  });

  it('fades as the evidence ages', async () => {
    const h = await mount({ dataset: smallDataset() });
    const north = [...h.element.shadowRoot!.querySelectorAll<SVGRectElement>('[part~="stance"][data-lane="north"]')]
      .map((r) => ({ x: Number(r.getAttribute('x')), opacity: Number(r.getAttribute('fill-opacity')) }))
      .sort((a, b) => a.x - b.x);
    expect(north.length).toBeGreaterThan(1);
    expect(north.at(-1)!.opacity).toBeLessThan(north[0]!.opacity);
  });
});

describe('forced colours', () => {
  it('draws marks in system colours', async () => {
    const h = await mount({ dataset: smallDataset() });
    // The painted glyphs (not their proxies, which draw nothing).
    const glyph = () => h.element.shadowRoot!.querySelector('.paint path.glyph:not(.hollow)')!;
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    // Normally in the lane's colour…
    expect(getComputedStyle(glyph()).fill).not.toBe(canvasText);
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    await h.settle();
    // …and in the system text colour when the user forces colours.
    expect(getComputedStyle(glyph()).fill).toBe(getComputedStyle(probe).color);
    const pill = h.element.shadowRoot!.querySelector('.paint path.pill');
    if (pill) expect(getComputedStyle(pill).stroke).toBe(getComputedStyle(probe).color);
  });
});
