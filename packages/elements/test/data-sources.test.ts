import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from '@syria-timeline/core';
import { TimelineErrorEvent } from '../src/events.js';
import { mount, record } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const FIXTURE_URL = '/packages/elements/test/fixtures/small-dataset.json';

describe('data property', () => {
  it('shows the given dataset instead of the built-in one', async () => {
    const h = await mount({ dataset: smallDataset() });
    expect(h.lanes()).toEqual(['North', 'South']);
    expect(h.marks().map((m) => m.eventId)).toContain('n-meeting');
  });

  it('replaces the data when set again', async () => {
    const h = await mount({ dataset: smallDataset() });
    const next = smallDataset();
    next.lanes = next.lanes.map((l) => ({ ...l, label: `${l.label} (new)` }));
    (h.element as { data: unknown }).data = next;
    await h.ready();
    expect(h.lanes()).toEqual(['North (new)', 'South (new)']);
  });

  it('leaves el.dataset the map of data-* attributes, with data set or not', async () => {
    const h = await mount({ attrs: { 'data-role': 'main' } });
    expect(h.element.dataset['role']).toBe('main');
    h.element.data = smallDataset();
    await h.ready();
    expect(h.lanes()).toEqual(['North', 'South']);
    expect(h.element.dataset['role']).toBe('main');
    h.element.dataset['kind'] = 'chart';
    expect(h.element.getAttribute('data-kind')).toBe('chart');
  });
});

describe('invalid data', () => {
  it('shows an error panel naming the path and value, and fires syria-timeline-error, without throwing', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const bad = smallDataset();
    bad.events[0]!.when.start = '2013-02-30';
    const el = document.createElement('syria-timeline');
    const errors = record<TimelineErrorEvent>(el, 'syria-timeline-error');
    (el as { data: unknown }).data = bad;
    document.body.append(el);
    const { TimelineHarness } = await import('../src/testing/timeline-harness.js');
    const h = await new TimelineHarness(el).ready();
    const text = h.errorText()!;
    expect(text).toContain('events[0].when.start');
    expect(text).toContain('2013-02-30');
    // One live region, the panel's heading and count: the list beside it is read, not announced.
    const alert = el.shadowRoot!.querySelector('[part="error"] [role="alert"]')!;
    expect(alert.textContent).toContain('The timeline data is not valid');
    expect(alert.textContent).toContain('1 problem');
    expect(alert.querySelector('li')).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.error).toBeInstanceOf(DatasetError);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('lists every problem, one item each', async () => {
    const bad = smallDataset();
    bad.events[0]!.when.start = '2012-13';
    bad.events[1]!.participants[0]!.actor = 'nobody';
    const h = await mount({ dataset: bad });
    const items = [...h.element.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) => li.textContent);
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.some((t) => t?.includes('events[1].participants[0].actor'))).toBe(true);
  });

  it('recovers when valid data is set after invalid data', async () => {
    const h = await mount({ dataset: { version: 2 } });
    expect(h.errorText()).not.toBeNull();
    (h.element as { data: unknown }).data = smallDataset();
    await h.ready();
    expect(h.errorText()).toBeNull();
    expect(h.lanes()).toEqual(['North', 'South']);
  });
});

describe('src attribute', () => {
  it('fetches, validates and shows a JSON dataset', async () => {
    const h = await mount({ attrs: { src: FIXTURE_URL } });
    expect(h.lanes()).toEqual(['North', 'South']);
  });

  it('shows a loading state while fetching', async () => {
    const h = await mount({ attrs: { src: FIXTURE_URL }, noWait: true });
    await h.element.updateComplete;
    expect(h.element.shadowRoot!.querySelector('[role="status"]')?.textContent).toMatch(/loading/i);
    await h.ready();
  });

  it('turns an HTTP error into an error panel and one error event', async () => {
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response('gone', { status: 404, statusText: 'Not Found' }));
    const el = document.createElement('syria-timeline');
    const errors = record<TimelineErrorEvent>(el, 'syria-timeline-error');
    el.setAttribute('src', '/data/missing.json');
    document.body.append(el);
    const { TimelineHarness } = await import('../src/testing/timeline-harness.js');
    const h = await new TimelineHarness(el).ready();
    expect(h.errorText()).toContain('/data/missing.json');
    expect(h.errorText()).toContain('404');
    expect(errors).toHaveLength(1);
  });

  it('says so when the address serves an HTML page instead of JSON', async () => {
    const h = await mount({ attrs: { src: '/packages/elements/test/fixtures/missing.json' } });
    expect(h.errorText()).toContain('missing.json');
    expect(h.errorText()).toMatch(/HTML page/);
  });

  it('reports a file that is not JSON', async () => {
    const h = await mount({ attrs: { src: '/packages/elements/test/fixtures/not-json.txt' } });
    expect(h.errorText()).toMatch(/as JSON/);
  });

  it('is ignored while the data property is set', async () => {
    const data = smallDataset();
    data.lanes[0]!.label = 'From the property';
    const h = await mount({ attrs: { src: FIXTURE_URL }, dataset: data });
    expect(h.lanes()[0]).toBe('From the property');
  });
});

describe('selected with src', () => {
  it('keeps a selected id set before the data has loaded', async () => {
    const h = await mount({ attrs: { src: FIXTURE_URL, selected: 's-veto' } });
    await h.settle();
    expect(h.element.getAttribute('selected')).toBe('s-veto');
    expect(h.details()?.title).toBe('South vetoes');
  });
});

describe('data = null or undefined (documented: unsets the property)', () => {
  for (const empty of [null, undefined]) {
    it(`${String(empty)} after a dataset goes back to src`, async () => {
      const data = smallDataset();
      data.lanes[0]!.label = 'From the property';
      const h = await mount({ attrs: { src: FIXTURE_URL }, dataset: data });
      expect(h.lanes()[0]).toBe('From the property');
      (h.element as { data: unknown }).data = empty;
      await h.ready();
      await h.settle();
      expect(h.lanes()).toEqual(['North', 'South']);
    });

    it(`${String(empty)} with no src shows the built-in dataset; el.dataset stays the data-* attributes`, async () => {
      const h = await mount({ dataset: smallDataset(), attrs: { 'data-role': 'main' } });
      (h.element as { data: unknown }).data = empty;
      await h.ready();
      await h.settle();
      expect(h.lanes()).not.toContain('North');
      expect(h.lanes().length).toBeGreaterThan(2);
      expect(h.element.dataset['role']).toBe('main');
    });
  }

  for (const notData of ['', 0, false, 'null', [], {}]) {
    it(`${JSON.stringify(notData)} is not unset: it is an error`, async () => {
      const h = await mount({ dataset: notData });
      expect(h.errorText()).not.toBeNull();
    });
  }
});
