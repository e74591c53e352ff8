import { afterEach, describe, expect, it } from 'vitest';
import { builtinDataset } from '@syria-timeline/core';
import { canvasLabelsOf, type CanvasLabel } from '../src/canvas-labels.js';
import { mount } from './support/mount.js';

afterEach(() => document.body.replaceChildren());

const titlesCanvas = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.titles')!;
const feb2012 = builtinDataset.events.filter((e) => e.when.start.startsWith('2012-02'));

/** The event whose title a drawn label shows (whole, or its beginning and '…'), or undefined. */
function eventOf(text: string) {
  const prefix = text.endsWith('…') ? text.slice(0, -1) : null;
  return builtinDataset.events.find((e) => (prefix === null ? e.title === text : e.title.startsWith(prefix)));
}

/**
 * Whether each label can be some event's title, no event named twice: a matching of labels to
 * distinct events (a cut title like 'Putin …' may be any of several, so it is a matching, not a lookup).
 */
function distinctEvents(texts: readonly string[]): boolean {
  const candidates = texts.map((text) => {
    const prefix = text.endsWith('…') ? text.slice(0, -1) : null;
    return builtinDataset.events.filter((e) => (prefix === null ? e.title === text : e.title.startsWith(prefix))).map((e) => e.id);
  });
  const owner = new Map<string, number>();
  const assign = (i: number, seen: Set<string>): boolean => candidates[i]!.some((id) => {
    if (seen.has(id)) return false;
    seen.add(id);
    const other = owner.get(id);
    if (other === undefined || assign(other, seen)) {
      owner.set(id, i);
      return true;
    }
    return false;
  });
  return texts.every((_, i) => assign(i, new Set()));
}

/** Canvas pixels painted within the label's first 20 px (its start, in its direction), at the device pixel ratio. */
function ink(canvas: HTMLCanvasElement, l: CanvasLabel): number {
  const ratio = canvas.width / canvas.getBoundingClientRect().width;
  const x0 = l.direction === 'rtl' ? l.x - 20 : l.x;
  const data = canvas.getContext('2d')!.getImageData(Math.round(x0 * ratio), Math.round((l.y - 5) * ratio), Math.round(20 * ratio), Math.round(10 * ratio)).data;
  let n = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
  return n;
}

describe('<syria-timeline> titles on the plot', () => {
  it('shows at least half of February 2012\'s events by title in a month view on a 1280 px page, painted and exported', async () => {
    const h = await mount({ width: 1280, attrs: { start: '2012-02', end: '2012-02' } });
    const canvas = titlesCanvas(h.element);
    const labels = canvasLabelsOf(canvas);
    const shown = new Set(labels.map((l) => eventOf(l.text)?.id));
    expect(shown.has(undefined), 'every label is an event\'s title or its beginning').toBe(false);
    const titled = feb2012.filter((e) => shown.has(e.id));
    expect(titled.length, titled.map((e) => e.title).join(' | ')).toBeGreaterThanOrEqual(Math.ceil(feb2012.length / 2));
    for (const l of labels) expect(ink(canvas, l), l.text).toBeGreaterThan(0);

    const doc = new DOMParser().parseFromString(await h.element.exportSvg(), 'image/svg+xml');
    const texts = new Set([...doc.querySelectorAll('text')].map((t) => t.textContent));
    const exported = feb2012.filter((e) => [...texts].some((t) => t !== null && eventOf(t)?.id === e.id));
    expect(exported.length).toBeGreaterThanOrEqual(Math.ceil(feb2012.length / 2));
  });

  it('shows titles at the full view too, one per event', async () => {
    const h = await mount({ width: 1280 });
    const labels = canvasLabelsOf(titlesCanvas(h.element));
    expect(labels.length).toBeGreaterThanOrEqual(6);
    expect(distinctEvents(labels.map((l) => l.text)), labels.map((l) => l.text).join(' | ')).toBe(true);
  });

  it('places the titles of a first drawing in the font they are drawn in, so that they do not move once drawn', async () => {
    // A page font far from system-ui: titles measured in another font would be cut and placed otherwise.
    const h = await mount({ width: 1280, noWait: true, attrs: { start: '2012-02', end: '2012-02', style: '--syria-timeline-font: monospace' } });
    const drawn: string[] = [];
    for (let frame = 0; frame < 60; frame++) {
      const canvas = h.element.shadowRoot?.querySelector<HTMLCanvasElement>('canvas.titles');
      const labels = canvas ? canvasLabelsOf(canvas) : [];
      const text = JSON.stringify(labels);
      if (labels.length && drawn.at(-1) !== text) drawn.push(text);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    expect(drawn.length, 'titles drawn').toBeGreaterThan(0);
    expect(drawn, 'the titles drawn after the first drawing differ from it').toHaveLength(1);
  });
});
