import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '@syria-timeline/core';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

afterEach(() => document.body.replaceChildren());

/** Every character XML 1.0 forbids, once each: C0 controls, U+FFFE/FFFF, lone high and low surrogates. */
const FORBIDDEN = [
  ...Array.from({ length: 9 }, (_, i) => String.fromCharCode(i)), '\x0B', '\x0C',
  ...Array.from({ length: 18 }, (_, i) => String.fromCharCode(0x0e + i)), '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', 'x\uDBFFy',
].join('');

/** The small dataset with the forbidden characters in every text that reaches the picture. */
function controlCharacters(): Dataset {
  const d = smallDataset();
  for (const l of d.lanes) l.label = `${l.label} ${FORBIDDEN}`;
  for (const a of d.actors) a.name = `${a.name} ${FORBIDDEN}`;
  for (const i of d.issues) i.label = `${i.label} ${FORBIDDEN}`;
  for (const e of d.events) {
    e.title = `${e.title} ${FORBIDDEN}`;
    e.summary = FORBIDDEN;
  }
  return d;
}

const wellFormed = (text: string) => {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.querySelector('parsererror')?.textContent ?? null).toBeNull();
  return doc;
};

async function pngSize(blob: Blob) {
  expect(blob.type).toBe('image/png');
  const bitmap = await createImageBitmap(blob);
  return { width: bitmap.width, height: bitmap.height };
}

describe('text the data gives is exported as well-formed XML', () => {
  it('exportSvg() is well-formed and exportPng() decodes, with control characters and lone surrogates in every text', async () => {
    const h = await mount({ dataset: controlCharacters(), attrs: { start: '2012-01', end: '2012-06' } });
    expect(h.errorText()).toBeNull();
    // The picture keeps each text, with U+FFFD where XML has no room for a character.
    const doc = wellFormed(await h.element.exportSvg());
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts.some((t) => t.startsWith('North \uFFFD'))).toBe(true);
    const png = await pngSize(await h.element.exportPng(1));
    expect(png.width).toBeGreaterThan(300);
    expect(png.height).toBeGreaterThan(100);
  });

  it('keeps valid surrogate pairs (emoji) and tabs as they are', async () => {
    const d = smallDataset();
    d.lanes[0]!.label = 'North 🕊\tside';
    const h = await mount({ dataset: d });
    const text = await h.element.exportSvg();
    wellFormed(text);
    expect(text).toContain('North 🕊');
    expect(text).not.toContain('\uFFFD');
  });
});

describe('exportPng(scale)', () => {
  for (const scale of [null, 0, -1, NaN, Infinity, -Infinity, '2']) {
    it(`rejects ${String(scale)} with a RangeError that says what it needs`, async () => {
      const h = await mount({ dataset: smallDataset() });
      const attempt = h.element.exportPng(scale as number);
      await expect(attempt).rejects.toBeInstanceOf(RangeError);
      await expect(attempt).rejects.toThrow(/positive finite number/);
    });
  }

  it('with no scale, draws at least twice the CSS size', async () => {
    const h = await mount({ dataset: smallDataset() });
    const width = h.element.shadowRoot!.querySelector('svg.main')!.getBoundingClientRect().width;
    const png = await pngSize(await h.element.exportPng());
    expect(png.width).toBeGreaterThanOrEqual(2 * width);
  });
});

describe('exportPng() of a timeline too large for a canvas', () => {
  /** `n` lanes, one actor and one event each. */
  function lanes(n: number): Dataset {
    const d = smallDataset();
    const ev = d.events[0]!;
    d.lanes = Array.from({ length: n }, (_, i) => ({ id: `lane-${i}`, label: `Lane ${i}`, order: i, color: '#1f5fa8' }));
    d.actors = d.lanes.map((l, i) => ({ id: `actor-${i}`, name: `Actor ${i}`, kind: 'state' as const, lane: l.id }));
    d.events = d.actors.map((a, i) => ({
      ...ev, id: `event-${i}`, when: { start: `2012-${String((i % 12) + 1).padStart(2, '0')}-10`, basis: 'stated' as const },
      participants: [{ actor: a.id, role: 'actor' as const }],
    }));
    d.stances = [];
    return d;
  }

  it('1,000 lanes: a PNG scaled down to what a canvas allows, never IndexSizeError', async () => {
    const h = await mount({ dataset: lanes(1000) });
    expect(h.lanes()).toHaveLength(1000);
    const plotHeight = h.element.shadowRoot!.querySelector('svg.main')!.getBoundingClientRect().height;
    expect(plotHeight).toBeGreaterThan(32_767); // taller than any canvas, even at scale 1
    const png = await pngSize(await h.element.exportPng());
    expect(png.height).toBeLessThanOrEqual(32_767);
    expect(png.height).toBeGreaterThan(1000);
    expect(png.width * png.height).toBeLessThanOrEqual(67_108_864);
  }, 60_000);
});
