import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, record } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

// Each translation (ru, fr, ar) is a lazy chunk of its own, imported once per page; English is in
// the first load. Each test file runs in a fresh page, so nothing here is loaded yet.

/** The Russian chunk arrives only once the test opens this gate (a slow network, on demand). */
const gate = vi.hoisted(() => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open, requested: [] as string[] };
});
vi.mock('../src/messages-ru.js', async (importOriginal) => {
  gate.requested.push('ru');
  await gate.opened;
  return importOriginal();
});
// A chunk that fails (vitest reports a factory that throws as its own error, so the module's export throws).
vi.mock('../src/messages-fr.js', () => {
  gate.requested.push('fr');
  return {
    get messages(): never {
      throw new Error('offline');
    },
  };
});
vi.mock('../src/messages-ar.js', async (importOriginal) => {
  gate.requested.push('ar');
  return importOriginal();
});

afterEach(() => document.body.replaceChildren());

const root = (el: HTMLElement) => el.shadowRoot!.querySelector('.root')!;
// The + button's name is its visually hidden text (so that the name holds what it shows).
const zoomInLabel = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="toolbar"] button .visually-hidden')?.textContent;

describe('translations, loaded lazily', () => {
  it('are not requested for English, nor for a language without one (de)', async () => {
    await mount({ dataset: smallDataset() });
    await mount({ dataset: smallDataset(), attrs: { locale: 'de' } });
    expect(gate.requested).toEqual([]);
  });

  it('ru: the text is English (lang en, left to right) until the Russian chunk arrives, and updateComplete waits for it', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { locale: 'ru', start: '2012-01', end: '2012-06' }, noWait: true });
    const el = h.element;
    let resolved = false;
    const complete = el.updateComplete.then((result) => ((resolved = true), result));
    await vi.waitUntil(() => gate.requested.includes('ru'));
    await vi.waitUntil(() => zoomInLabel(el) !== undefined);
    // The gate is shut, so nothing can arrive: two frames give any chained update time to run.
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(zoomInLabel(el)).toBe('Zoom in');
    expect(root(el).getAttribute('lang')).toBe('en');
    expect(resolved).toBe(false);

    gate.open();
    expect(await complete).toBe(true);
    expect(zoomInLabel(el)).toBe('Увеличить');
    expect(root(el).getAttribute('lang')).toBe('ru');
  });

  it('ar: once arrived, the text is Arabic and right to left', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { locale: 'ar' } });
    expect(zoomInLabel(h.element)).toBe('تكبير');
    expect(root(h.element).getAttribute('dir')).toBe('rtl');
  });

  it('a chunk that cannot be loaded leaves the text English, with no error event and the timeline drawn', async () => {
    const errors = record(document, 'syria-timeline-error');
    const h = await mount({ dataset: smallDataset(), attrs: { locale: 'fr' } });
    expect(await h.element.updateComplete).toBe(true);
    expect(zoomInLabel(h.element)).toBe('Zoom in');
    expect(root(h.element).getAttribute('lang')).toBe('en');
    expect(h.lanes().length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
