import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import { mount } from './support/mount.js';
import { systemColour } from './support/colour.js';
import { smallDataset } from './fixtures/small-dataset.js';

afterEach(async () => {
  document.body.replaceChildren();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

const bands = (root: ShadowRoot) =>
  [...root.querySelectorAll<SVGElement>('[part~="stance"]')].map((r) => ({
    lane: r.dataset['lane'],
    position: r.dataset['position'],
    carried: r.classList.contains('carried'),
  }));

describe('stance bands', () => {
  it('show the first issue by default: a band per position, a disc with a glyph per observation, named in words', async () => {
    const h = await mount({ dataset: smallDataset() });
    const root = h.element.shadowRoot!;
    const b = bands(root);
    expect(b).toContainEqual(expect.objectContaining({ lane: 'north', position: 'supports' }));
    expect(b).toContainEqual(expect.objectContaining({ lane: 'south', position: 'opposes' }));
    const points = h.stancePoints();
    expect(points.map((p) => p.label)).toEqual([
      'North supports: A ceasefire should hold, 10 Jan 2012 (stated)',
      'South opposes: A ceasefire should hold, 14 Feb 2012 (stated)',
    ]);
    // The cue that is not colour: a different glyph for each position.
    const glyphs = points.map((p) => p.node.querySelector('.point-glyph')!.getAttribute('d'));
    expect(glyphs[0]).not.toBe(glyphs[1]);
    const supports = root.querySelector('.stances .supports')!;
    const opposes = root.querySelector('.stances .opposes')!;
    expect(getComputedStyle(supports).color).not.toBe(getComputedStyle(opposes).color);
    expect(root.querySelector('[part="legend"]')!.textContent).toContain('Opposes');
  });

  it('issue="none" hides them, and the picker brings them back', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { issue: 'none' } });
    const root = h.element.shadowRoot!;
    expect(bands(root)).toHaveLength(0);
    expect(h.stancePoints()).toHaveLength(0);
    const picker = root.querySelector<HTMLSelectElement>('[part="issue-picker"]')!;
    expect(picker.value).toBe('none');
    picker.value = 'ceasefire';
    picker.dispatchEvent(new Event('change'));
    await h.settle();
    expect(bands(root).length).toBeGreaterThan(0);
  });

  it('draws a conditional stance hatched', async () => {
    const d = smallDataset();
    d.stances.push({ ...d.stances[0]!, id: 'st-n2', when: { start: '2012-03-01', basis: 'stated' } });
    d.stances[0]!.condition = 'until the harbour reopens';
    d.stances[2]!.condition = 'until the harbour reopens';
    const h = await mount({ dataset: d });
    const hatch = h.element.shadowRoot!.querySelector('svg.main .conditional');
    expect(hatch?.getAttribute('fill')).toBe('url(#stance-hatch)');
  });

  it('carries a position forward as a dashed line that ends at its source\'s date, not at the data\'s end', async () => {
    const d = smallDataset();
    d.sources[0]!.dateline = { start: '2012-04-30', basis: 'stated' };
    const h = await mount({ dataset: d });
    const root = h.element.shadowRoot!;
    const carried = root.querySelector<SVGLineElement>('[part~="stance"].carried[data-lane="north"]')!;
    expect(getComputedStyle(carried).strokeDasharray).not.toBe('none');
    const { start, end } = h.element.visibleRange!;
    const width = Number(root.querySelector('svg.main')!.getAttribute('width'));
    const x = (t: number) => ((t - start.getTime()) / (end.getTime() - start.getTime())) * width;
    // The one source is dated 30 April 2012: the line stops there, though the data runs on to June.
    expect(Math.abs(Number(carried.getAttribute('x2')) - x(Date.UTC(2012, 4, 1)))).toBeLessThan(1);
    expect(Number(carried.getAttribute('x2'))).toBeLessThan(width * 0.8);
  });

  it('opens an observation from its band or its disc, with position, date, basis and quotes, by pointer and by keyboard', async () => {
    const h = await mount({ dataset: smallDataset() });
    const root = h.element.shadowRoot!;
    root.querySelector('.stance-segment[data-stance="st-n1"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await h.settle();
    let details = h.details()!;
    expect(details.title).toBe('North: supports');
    expect(details.text).toContain('A ceasefire should hold');
    expect(details.text).toContain('10 Jan 2012');
    expect(details.text).toContain('stated in the source');
    expect(details.quotes.length).toBeGreaterThan(0);
    expect(h.stancePoints()[0]!.pressed).toBe(true);

    // One tab stop for the discs; the arrow keys move between them, Enter opens, Escape closes.
    const stop = h.stancePoints().find((p) => p.tabStop)!;
    stop.node.focus();
    await h.pressKey('ArrowRight');
    expect(root.activeElement?.getAttribute('aria-label')).toContain('South opposes');
    await h.pressKey('Enter');
    details = h.details()!;
    expect(details.title).toBe('South: opposes');
    expect(h.stancePoints().filter((p) => p.tabStop)).toHaveLength(1);
    await h.pressKey('Escape');
    expect(h.details()).toBeNull();
  });

  it('an event selection and a stance observation replace each other in the details panel', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { start: '2012-01', end: '2012-06' } });
    await h.clickMark('North speaks');
    expect(h.details()!.title).toBe('North speaks');
    h.stancePoints()[1]!.node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await h.settle();
    expect(h.details()!.title).toBe('South: opposes');
    expect(h.element.selected).toBeUndefined();
    await h.clickMark('North speaks');
    expect(h.details()!.title).toBe('North speaks');
    expect(h.stancePoints().some((p) => p.pressed)).toBe(false);
  });
});

describe('forced colours', () => {
  it('draws marks in system colours', async () => {
    const h = await mount({ dataset: smallDataset() });
    // The painted glyphs (not their proxies, which draw nothing).
    const glyph = () => h.element.shadowRoot!.querySelector('.paint path.glyph:not(.hollow)')!;
    const canvasText = systemColour('CanvasText');
    // Normally in the lane's colour…
    expect(getComputedStyle(glyph()).fill).not.toBe(canvasText);
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    await h.settle();
    // …and in the system text colour when the user forces colours (the forced-colours rules are a lazy chunk, asked for
    // by the update that the media change brings: on a busy machine that update can come after the settle above).
    await vi.waitUntil(() => getComputedStyle(glyph()).fill === systemColour('CanvasText'), { timeout: 5_000 }).catch(() => {});
    expect(getComputedStyle(glyph()).fill).toBe(systemColour('CanvasText'));
    const pill = h.element.shadowRoot!.querySelector('.paint path.pill');
    if (pill) expect(getComputedStyle(pill).stroke).toBe(systemColour('CanvasText'));
  });
});
