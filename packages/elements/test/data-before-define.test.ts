import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyriaTimeline } from '../src/syria-timeline-element.js';
import { smallDataset } from './fixtures/small-dataset.js';

// This file must not import the element statically: its first test sets `data` on a
// `<syria-timeline>` that is not defined yet, as a plain script does before the module has loaded.
// Each test file runs in a fresh page.

/** Every time the element asks for the built-in dataset's chunk (the module is only evaluated on request). */
const requests = vi.hoisted(() => ({ builtin: 0 }));
vi.mock('@syria-timeline/core/builtin-dataset', async (importOriginal) => {
  requests.builtin++;
  return importOriginal();
});

afterEach(() => document.body.replaceChildren());

const create = () => {
  const el = document.createElement('syria-timeline') as SyriaTimeline;
  el.style.display = 'block';
  el.style.width = '900px';
  return el;
};

const harness = async (el: SyriaTimeline) => {
  const { TimelineHarness } = await import('../src/testing/timeline-harness.js');
  return new TimelineHarness(el).ready();
};

/** Two frames and a pause longer than the element's wait for a frame: any chunk it meant to request has been. */
const afterFirstFrames = async () => {
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
  await new Promise((r) => setTimeout(r, 250));
};

describe('data given before the element needs to draw', () => {
  it('is picked up on upgrade when set before the element is defined, and after whenDefined: no built-in chunk', async () => {
    expect(customElements.get('syria-timeline')).toBeUndefined();
    const early = create();
    // An undefined custom element is a plain HTMLElement: `data` is an ordinary property on it.
    (early as { data: unknown }).data = smallDataset();
    early.setAttribute('data-role', 'early');
    const late = create();
    document.body.append(early, late);

    // As a page's module does: import the element (it is defined, and both have had their first
    // update by the time the import resolves), then wait for the definition, then give data.
    await import('../src/syria-timeline.js');
    await customElements.whenDefined('syria-timeline');
    expect((late as SyriaTimeline & { hasUpdated: boolean }).hasUpdated).toBe(true);
    late.data = smallDataset();

    const [a, b] = await Promise.all([harness(early), harness(late)]);
    expect(a.lanes()).toEqual(['North', 'South']);
    expect(b.lanes()).toEqual(['North', 'South']);
    expect(early.data?.lanes.map((l) => l.id)).toEqual(['north', 'south']);
    // Not shadowed: the standard map of data-* attributes.
    expect(early.dataset['role']).toBe('early');
    await afterFirstFrames();
    expect(requests.builtin).toBe(0);
  });

  it('is drawn without the built-in chunk when set after the first update, before the first frame', async () => {
    await import('../src/syria-timeline.js');
    const el = create();
    document.body.append(el);
    const updated = el as SyriaTimeline & { hasUpdated: boolean };
    for (let i = 0; i < 20 && !updated.hasUpdated; i++) await Promise.resolve();
    expect(updated.hasUpdated).toBe(true); // it has rendered its loading state
    el.data = smallDataset();
    const h = await harness(el);
    expect(h.lanes()).toEqual(['North', 'South']);
    await afterFirstFrames();
    expect(requests.builtin).toBe(0);
  });

  it('asks for the built-in chunk once an element reaches its first frame with neither data nor src', async () => {
    await import('../src/syria-timeline.js');
    const el = create();
    document.body.append(el);
    const h = await harness(el);
    expect(requests.builtin).toBe(1);
    expect(h.lanes().length).toBeGreaterThan(2);
  });
});
