import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from '@syria-timeline/core';
import type { TimelineErrorEvent } from '../src/events.js';
import { mount, record } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

// The validator that lists a dataset's problems (`@syria-timeline/core/validate`, with valibot) is
// a lazy chunk: the element checks data with the small `isValidDataset` and imports the validator
// only for invalid data. Each test file runs in a fresh page, so the first tests here see it not
// yet imported, and the mock tells whether (and when) the element asked for it.

const validator = await vi.hoisted(async () => (await import('./support/chunk-gate.js')).chunkGate());
vi.mock('@syria-timeline/core/validate', (importOriginal) => validator.hold(importOriginal));

afterEach(() => document.body.replaceChildren());

const FIXTURE_URL = '/packages/elements/test/fixtures/small-dataset.json';

describe('the dataset validator, loaded lazily', () => {
  it('is not requested for a valid dataset, by property or by src: the data is drawn without it', async () => {
    const h = await mount({ dataset: smallDataset() });
    expect(h.lanes()).toEqual(['North', 'South']);
    const fetched = await mount({ attrs: { src: FIXTURE_URL } });
    expect(fetched.lanes()).toEqual(['North', 'South']);
    const withSchemaKey = await mount({ dataset: { $schema: './dataset.schema.json', ...smallDataset() } });
    expect(withSchemaKey.lanes()).toEqual(['North', 'South']);
    expect(validator.requests).toBe(0);
  });

  it('is requested for invalid data; updateComplete waits for the error panel, and one error event fires', async () => {
    const bad = smallDataset();
    bad.events[0]!.when.start = '2013-02-30';
    const el = document.createElement('syria-timeline');
    const errors = record<TimelineErrorEvent>(el, 'syria-timeline-error');
    (el as { data: unknown }).data = bad;
    document.body.append(el);
    let resolved = false;
    const complete = el.updateComplete.then((result) => ((resolved = true), result));
    await vi.waitUntil(() => validator.requests === 1);
    // The chunk cannot arrive yet: the element says it is loading, and updateComplete waits.
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(resolved).toBe(false);
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).toMatch(/loading/i);
    expect(errors).toHaveLength(0);

    validator.open();
    expect(await complete).toBe(true);
    const panel = el.shadowRoot!.querySelector('[part="error"]');
    expect(panel?.textContent).toContain('events[0].when.start');
    expect(panel?.textContent).toContain('2013-02-30');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.error).toBeInstanceOf(DatasetError);
    expect((errors[0]!.error as DatasetError).issues.map((i) => i.path)).toEqual(['events[0].when.start']);
  });

  it('reports invalid JSON from src the same way, through the same lazy validator', async () => {
    const bad = { ...smallDataset(), version: 2 };
    const url = URL.createObjectURL(new Blob([JSON.stringify(bad)], { type: 'application/json' }));
    const el = document.createElement('syria-timeline');
    const errors = record<TimelineErrorEvent>(el, 'syria-timeline-error');
    el.setAttribute('src', url);
    document.body.append(el);
    const { TimelineHarness } = await import('../src/testing/timeline-harness.js');
    const h = await new TimelineHarness(el).ready();
    expect(h.errorText()).toContain('version');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.error).toBeInstanceOf(DatasetError);
    URL.revokeObjectURL(url);
  });

  it('draws the valid data set while an invalid one was still being reported, and reports nothing for the old one', async () => {
    const el = document.createElement('syria-timeline');
    const errors = record<TimelineErrorEvent>(el, 'syria-timeline-error');
    (el as { data: unknown }).data = { version: 2 };
    document.body.append(el);
    // The first update starts reporting the invalid dataset; the valid one comes before that is done.
    const first = el as typeof el & { hasUpdated: boolean };
    for (let i = 0; i < 20 && !first.hasUpdated; i++) await Promise.resolve();
    expect(first.hasUpdated).toBe(true);
    (el as { data: unknown }).data = smallDataset();
    const { TimelineHarness } = await import('../src/testing/timeline-harness.js');
    const h = await new TimelineHarness(el).ready();
    await el.updateComplete;
    expect(h.lanes()).toEqual(['North', 'South']);
    expect(h.errorText()).toBeNull();
    expect(errors).toHaveLength(0);
  });
});
