import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError, generateSyntheticDataset, prepareTimeline, type Dataset } from '@syria-timeline/core';
import { loadSrc, WORKER_MIN_BYTES } from '../src/controllers/src-loader.js';
import type { LoadProgress } from '../src/load-progress.js';
import { preparedTimelineOf } from '../src/prepared-timelines.js';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

// A `src` load streams: a progress bar while bytes (then events) arrive, a dataset worker for large
// answers with the main thread as the fallback, and a newer `src` cancels the one in flight.
// Slow answers come from the test server's /__faults/ routes (support/fault-routes.ts).

let run = 0;
const data = (label: string, params: Record<string, number> = {}) =>
  `/__faults/data?${new URLSearchParams({ id: `p${++run}-${label}`, label, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) })}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const bar = (el: HTMLElement) => el.shadowRoot?.querySelector('[role="progressbar"]') ?? null;
const urls: string[] = [];
/** A `blob:` URL of `json` (fetched like any `src`, with a Content-Length). */
const blobSrc = (json: string) => {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  urls.push(url);
  return url;
};

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  for (const url of urls.splice(0)) URL.revokeObjectURL(url);
});

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(10);
  }
}

/** Loads `src` to the end, recording its progress. */
async function load(src: string, worker: boolean): Promise<{ dataset: Dataset | null; error: unknown; phases: LoadProgress['phase'][] }> {
  const phases: LoadProgress['phase'][] = [];
  const check = async (json: unknown) => {
    const { parseDataset } = await import('@syria-timeline/core/validate');
    return parseDataset(json);
  };
  try {
    const dataset = await loadSrc(src, new AbortController().signal, { check, worker, onProgress: (p) => phases.at(-1) !== p.phase && phases.push(p.phase) });
    return { dataset, error: null, phases };
  } catch (error) {
    return { dataset: null, error, phases };
  }
}

describe('the progress bar', () => {
  it('a slow src with a Content-Length: a named bar whose value rises with the bytes, then the timeline', async () => {
    const h = await mount({ attrs: { src: data('slow', { trickle: 2500, pad: 1_500_000, length: 1 }) }, noWait: true });
    await until(() => bar(h.element) !== null, 5000, 'the progress bar');
    const progressbar = bar(h.element)!;
    expect(progressbar.getAttribute('aria-label')).toBe('Loading progress');
    const values: number[] = [];
    while (h.lanes().length === 0 && values.length < 400) {
      const now = bar(h.element)?.getAttribute('aria-valuenow');
      // The bytes (then the worker's events count from 0 again).
      const bytes = /B$/.test(bar(h.element)?.getAttribute('aria-valuetext') ?? '');
      if (bytes && now != null && Number(now) !== values.at(-1)) values.push(Number(now));
      await sleep(20);
    }
    // Several steps, never backwards, in bytes of a known total: "… MB of 1.5 MB".
    expect(values.length).toBeGreaterThanOrEqual(3);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values[0]).toBeLessThan(60);
    await until(() => h.lanes().length > 0, 10_000, 'the data to be drawn');
    expect(h.lanes()[0]).toBe('slow');
    expect(bar(h.element)).toBeNull();
  }, 20_000);

  it('says what it counts in words, and without a Content-Length it has no value but the bytes read', async () => {
    const h = await mount({ attrs: { src: data('unsized', { trickle: 2000, pad: 200_000 }) }, noWait: true });
    await until(() => Number.parseFloat(bar(h.element)?.getAttribute('aria-valuetext') ?? '0') > 0, 5000, 'some bytes');
    expect(bar(h.element)!.getAttribute('aria-valuetext')).toMatch(/^[\d.]+ (MB|kB) read$/);
    expect(bar(h.element)!.hasAttribute('aria-valuenow')).toBe(false);
    expect(h.element.shadowRoot!.querySelector('.progress-text')?.textContent).toBe(bar(h.element)!.getAttribute('aria-valuetext'));
  });

  it('is in the interface language', async () => {
    const h = await mount({ attrs: { src: data('fr', { trickle: 2000, length: 1 }), locale: 'fr' }, noWait: true });
    await until(() => bar(h.element)?.getAttribute('aria-label') === 'Progression du chargement', 5000, 'the French bar');
    await until(() => / sur /.test(bar(h.element)?.getAttribute('aria-valuetext') ?? ''), 5000, 'the French value');
  });
});

describe('a newer src cancels the load in flight', () => {
  it('while the first answer is still with the dataset worker: it is stopped, and its data never lands', async () => {
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    const h = await mount({ attrs: { src: data('first', { trickle: 3000, pad: 3 * WORKER_MIN_BYTES }) }, noWait: true });
    // The worker starts once a megabyte has come.
    const megabytes = () => Number(/^([\d.]+) MB/.exec(bar(h.element)?.getAttribute('aria-valuetext') ?? '')?.[1] ?? 0);
    await until(() => megabytes() >= 1.5, 8000, '1.5 MB of the first answer');
    const before = terminate.mock.calls.length;
    h.element.setAttribute('src', data('second'));
    await until(() => h.lanes()[0] === 'second', 5000, 'the second data');
    // (A worker still loading its module is stopped once it has.)
    await until(() => terminate.mock.calls.length > before, 5000, 'the first worker to be stopped');
    await sleep(3000); // the first answer would have ended by now
    expect(h.lanes()[0]).toBe('second');
  }, 20_000);

  it('data set during a load wins, and the bar goes', async () => {
    const h = await mount({ attrs: { src: data('from-src', { trickle: 3000, pad: 2 * WORKER_MIN_BYTES }) }, noWait: true });
    await until(() => bar(h.element) !== null, 5000, 'the progress bar');
    const mine = smallDataset();
    (mine.lanes[0] as { label: string }).label = 'mine';
    (h.element as unknown as { data: unknown }).data = mine;
    await until(() => h.lanes()[0] === 'mine', 5000, 'the data property');
    expect(bar(h.element)).toBeNull();
    await sleep(3500);
    expect(h.lanes()[0]).toBe('mine');
  }, 20_000);
});

describe('the dataset worker and the main thread', () => {
  const synthetic = JSON.stringify(generateSyntheticDataset({ events: 5000, seed: 7 }));

  it('read a large answer to the same dataset, the worker in batches of events', async () => {
    expect(synthetic.length).toBeGreaterThan(WORKER_MIN_BYTES);
    const src = blobSrc(synthetic);
    const viaWorker = await load(src, true);
    const here = await load(src, false);
    expect(viaWorker.error).toBeNull();
    expect(viaWorker.phases).toEqual(['bytes', 'checking', 'events']);
    expect(here.phases).toEqual(['bytes']);
    expect(viaWorker.dataset).toEqual(here.dataset);
    expect(viaWorker.dataset).toEqual(JSON.parse(synthetic));
  });

  it('read the same dataset where the worker cannot slice the events out of the text (an escaped key) and writes them out again', async () => {
    const src = blobSrc(`{"$sch\\u0065ma":"https://example.org/dataset.schema.json",${synthetic.slice(1)}`);
    const viaWorker = await load(src, true);
    const here = await load(src, false);
    expect(viaWorker.phases).toEqual(['bytes', 'checking', 'events']);
    expect(viaWorker.dataset).toEqual(here.dataset);
    expect(viaWorker.dataset).toEqual(JSON.parse(synthetic));
  });

  it('the worker prepares the timeline too: the element takes it as core would have prepared it here', async () => {
    const { dataset } = await load(blobSrc(synthetic), true);
    const prepared = preparedTimelineOf(dataset!);
    // Kept, not prepared again on each call (as for data read on the main thread).
    expect(preparedTimelineOf(dataset!)).toBe(prepared);
    expect(prepared.dataset).toBe(dataset);
    expect(prepared.events).toBe(dataset!.events);
    expect(prepared.starts).toBeInstanceOf(Float64Array);
    const here = prepareTimeline(dataset!);
    expect(preparedTimelineOf(here.dataset)).not.toBe(here);
    expect(prepared).toEqual(here);
  });

  it('report invalid data with the same DatasetError', async () => {
    const bad = JSON.parse(synthetic) as { events: { when: { start: string } }[] };
    bad.events[3]!.when.start = '2013-02-30';
    bad.events[4000]!.when.start = 'soon';
    const src = blobSrc(JSON.stringify(bad));
    const viaWorker = await load(src, true);
    const here = await load(src, false);
    expect(viaWorker.phases).toContain('checking');
    expect(viaWorker.error).toBeInstanceOf(DatasetError);
    expect((viaWorker.error as DatasetError).message).toBe((here.error as DatasetError).message);
    expect((viaWorker.error as DatasetError).issues).toEqual((here.error as DatasetError).issues);
    expect((viaWorker.error as DatasetError).issues.map((i) => i.path).sort()).toEqual(['events[3].when.start', 'events[4000].when.start']);
  });

  it('report JSON that does not parse with the same message', async () => {
    const src = blobSrc(synthetic.slice(0, -100));
    const viaWorker = await load(src, true);
    const here = await load(src, false);
    expect(viaWorker.phases).toContain('checking');
    expect((viaWorker.error as Error).message).toMatch(/^Could not read blob:.* as JSON: /);
    expect((viaWorker.error as Error).message).toBe((here.error as Error).message);
  });

  const broken: [string, () => void][] = [
    ['no Worker (a fake DOM)', () => vi.stubGlobal('Worker', undefined)],
    ['a Worker constructor that throws (a CSP)', () => vi.stubGlobal('Worker', class { constructor() { throw new DOMException('blocked', 'SecurityError'); } })],
    ['a worker file that does not load (a bundler that did not ship it)', () => {
      const Real = Worker;
      vi.stubGlobal('Worker', class extends Real { constructor(_url: URL, options?: WorkerOptions) { super('/__faults/status?code=404', options); } });
    }],
  ];
  for (const [name, breakIt] of broken) {
    it(`${name}: the element reads a large src on the main thread`, async () => {
      breakIt();
      const h = await mount({ attrs: { src: blobSrc(synthetic) }, noWait: true });
      await until(() => h.lanes().length > 0 || h.errorText() !== null, 15_000, 'the data or an error');
      expect(h.errorText()).toBeNull();
      expect(h.lanes().length).toBeGreaterThan(0);
    }, 20_000);
  }
});
