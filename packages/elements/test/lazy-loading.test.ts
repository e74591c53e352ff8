import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

// The built-in dataset is a lazy chunk, imported once per page (dates need none: they use Intl).
// Each test file runs in a fresh page, so the first test here sees the built-in dataset not yet loaded.

/** The built-in dataset's chunk arrives only once the test opens this gate (a slow network, on demand). */
const gate = vi.hoisted(() => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open, requested: false };
});
vi.mock('@syria-timeline/core/builtin-dataset', async (importOriginal) => {
  gate.requested = true;
  await gate.opened;
  return importOriginal();
});

afterEach(() => document.body.replaceChildren());

const status = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="status"]')?.textContent ?? '';

/** Resolves after the element's first update has rendered (before any lazy chunk can arrive). */
async function firstRender(el: HTMLElement & { hasUpdated: boolean }): Promise<void> {
  for (let i = 0; i < 20 && !el.hasUpdated; i++) await Promise.resolve();
  expect(el.hasUpdated).toBe(true);
}

describe('the built-in dataset, loaded lazily', () => {
  it('is requested only when needed; meanwhile the element shows loading and updateComplete waits for the drawn lanes', async () => {
    const h = await mount({ noWait: true });
    const el = h.element as typeof h.element & { hasUpdated: boolean };
    let resolved = false;
    const complete = el.updateComplete.then((result) => ((resolved = true), result));
    await firstRender(el);
    await vi.waitUntil(() => gate.requested);
    // The gate is shut, so nothing can arrive: two frames give any chained update time to run.
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(status(el)).toMatch(/loading/i);
    expect(h.lanes()).toEqual([]);
    expect(resolved).toBe(false);

    gate.open();
    expect(await complete).toBe(true);
    const { builtinDataset } = await import('@syria-timeline/core/builtin-dataset');
    // The data lanes in order, then the context row of the events with no participant in a lane.
    const expected = [...builtinDataset.lanes].sort((a, b) => a.order - b.order).map((l) => l.label);
    expect(h.lanes()).toEqual([...expected, 'Others']);
    expect(status(el)).not.toMatch(/loading/i);
  });

  it('draws it at once in a second element on the page (no second loading state)', async () => {
    await mount();
    const h = await mount({ noWait: true });
    const el = h.element as typeof h.element & { hasUpdated: boolean };
    await firstRender(el);
    expect(status(el)).not.toMatch(/loading/i);
    expect(await el.updateComplete).toBe(true);
    expect(h.lanes().length).toBeGreaterThan(0);
  });
});

describe('dates in other locales, with no chunk to load', () => {
  it('draws Arabic ticks on the first update: no English first, no second update to wait for', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { locale: 'ar', start: '2012-01', end: '2012-06' }, noWait: true });
    const el = h.element as typeof h.element & { hasUpdated: boolean };
    await firstRender(el);
    await h.settle();
    expect(h.ticks().some((t) => /[\u0600-\u06FF]/.test(t))).toBe(true);
  });

  it('switching to fr relabels the ticks in French once updateComplete resolves', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { start: '2012-01', end: '2012-06' } });
    h.element.setAttribute('locale', 'fr');
    expect(await h.element.updateComplete).toBe(true);
    expect(h.ticks().join(' ')).toMatch(/févr|mars|avr/);
  });
});
