import { afterEach, describe, expect, it } from 'vitest';
import '../syria-timeline.js';
import type { SyriaTimeline } from '../syria-timeline-element.js';
import { exportPng, exportSvg } from './export-view.js';

const mount = async (attrs: Record<string, string> = {}): Promise<SyriaTimeline> => {
  const el = document.createElement('syria-timeline');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.style.width = '900px';
  document.body.append(el);
  await el.updateComplete;
  // The first layout waits for the measured width; let it settle.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return el;
};

const parse = (text: string): SVGSVGElement => {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc.documentElement as unknown as SVGSVGElement;
};

afterEach(() => document.body.replaceChildren());

describe('exportSvg', () => {
  it('gives a standalone SVG document with the lane labels and every drawn mark', async () => {
    const el = await mount({ start: '2012-01', end: '2012-12' });
    const svg = parse(exportSvg(el));
    expect(svg.localName).toBe('svg');
    expect(Number(svg.getAttribute('width'))).toBeGreaterThan(300);
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent?.trim());
    const labels = [...el.shadowRoot!.querySelectorAll('[part~="lane-label"]')]
      .filter((l) => l.checkVisibility())
      .map((l) => l.textContent?.trim());
    expect(labels.length).toBe(5); // four sides and the context row
    expect(texts).toEqual(expect.arrayContaining(labels));
    // Same marks as on screen: each mark carries its aria-label into the file.
    const onScreen = el.shadowRoot!.querySelectorAll('svg [part~="mark"]').length;
    expect(onScreen).toBeGreaterThan(0);
    expect(svg.querySelectorAll('[role="button"][aria-label]').length).toBeGreaterThanOrEqual(onScreen);
  });

  it('inlines resolved styles, so the file needs no stylesheet and no custom properties', async () => {
    const el = await mount({ theme: 'dark' });
    const text = exportSvg(el);
    expect(text).not.toContain('var(--');
    expect(text).not.toMatch(/\btabindex=/);
    const svg = parse(text);
    // The dark theme's background is the first thing drawn.
    const background = svg.querySelector('rect')?.getAttribute('fill');
    expect(background).toBe(getComputedStyle(el).backgroundColor);
  });
});

describe('exportPng', () => {
  it('draws the picture as a PNG at `scale` times its CSS size', async () => {
    const el = await mount();
    const svg = parse(exportSvg(el));
    const blob = await exportPng(el, 3);
    expect(blob.type).toBe('image/png');
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).toBe(Math.round(Number(svg.getAttribute('width')) * 3));
    expect(bitmap.height).toBe(Math.round(Number(svg.getAttribute('height')) * 3));
    // Not an empty canvas: lanes, marks and text give many distinct colours.
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 97) colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
    expect(colours.size).toBeGreaterThan(10);
  });
});

describe('the element methods exportSvg() and exportPng()', () => {
  it('export the view the element shows, as the demo buttons use them', async () => {
    const el = await mount({ start: '2013-09', end: '2013-12' });
    const svg = parse(await el.exportSvg());
    // Every mark and cluster proxy (role button, named) is in the file; not the stance observations' discs
    // (buttons too, with their `data-stance`).
    expect(svg.querySelectorAll('[role="button"][aria-label]:not([data-stance])').length).toBe(
      el.shadowRoot!.querySelectorAll('svg [part~="mark"], svg [part~="cluster"]').length,
    );
    const png = await el.exportPng(1);
    expect(png.type).toBe('image/png');
    expect((await createImageBitmap(png)).width).toBe(Math.round(Number(svg.getAttribute('width'))));
  });
});

describe('the issue attribute', () => {
  it('reflects the issue chosen in the picker, so the page can read and keep it', async () => {
    const el = await mount();
    const picker = el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="issue-picker"]')!;
    const other = [...picker.options].find((o) => o.value !== picker.value && o.value !== 'none')!;
    picker.value = other.value;
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.getAttribute('issue')).toBe(other.value);
  });
});
