import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimelineErrorEvent } from '../src/events.js';
import type { FaultLogEntry } from './support/fault-routes.js';
import { mount, record } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

// Every `src` here is a route of the test server (support/fault-routes.ts): a real HTTP answer,
// broken, slow or huge, not a mocked fetch.

let run = 0;
/** A unique request id, so the server's log can be read back per request. */
const rid = (name: string) => `t${run}-${name}`;
const data = (name: string, params: Record<string, number | string> = {}) =>
  `/__faults/data?${new URLSearchParams({ id: rid(name), label: name, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) })}`;
const serverLog = async (): Promise<FaultLogEntry[]> => (await fetch(`/__faults/log?prefix=t${run}-`)).json();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const status = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="status"]')?.textContent ?? null;

/** The signal of every fetch the element makes (fetch still goes to the server). */
let signals: Map<string, AbortSignal>;
beforeEach(() => {
  run++;
  signals = new Map();
  const real = window.fetch.bind(window);
  vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (init?.signal) signals.set(new URL(url, location.href).searchParams.get('id') ?? url, init.signal);
    return real(input, init);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** Polls `check` until it holds, at most `ms`. */
async function until(check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(20);
  }
}

describe('src that fails', () => {
  const CASES: [string, string, RegExp][] = [
    ['404', '/__faults/status?code=404', /404/],
    ['500', '/__faults/status?code=500', /500/],
    ['an HTML page with a 200', '/__faults/html', /HTML page/],
    ['truncated JSON', '/__faults/truncated', /as JSON/],
  ];
  for (const [name, src, message] of CASES) {
    it(`${name}: an error panel that names the address, and one error event`, async () => {
      const el = document.createElement('syria-timeline');
      const errors = record<TimelineErrorEvent>(el, 'syria-timeline-error');
      el.setAttribute('src', src);
      document.body.append(el);
      const { TimelineHarness } = await import('../src/testing/timeline-harness.js');
      const h = await new TimelineHarness(el).ready();
      expect(h.errorText()).toContain('/__faults/');
      expect(h.errorText()).toMatch(message);
      expect(errors).toHaveLength(1);
    });
  }
});

describe('src that is slow or large', () => {
  it('a body trickling in over 5 s: loading all along, then drawn', async () => {
    const h = await mount({ attrs: { src: data('trickle', { trickle: 5000 }) }, noWait: true });
    const start = performance.now();
    await h.element.updateComplete;
    await sleep(2500);
    expect(status(h.element)).toMatch(/loading/i);
    expect(h.lanes()).toEqual([]);
    await until(() => h.lanes().length > 0, 10_000, 'the trickled data to be drawn');
    expect(performance.now() - start).toBeGreaterThan(4000);
    expect(h.lanes()[0]).toBe('trickle');
  }, 20_000);

  it('a 20 MB body is read and drawn, and the page stays responsive', async () => {
    // The test page's modules (one resource each in the dev server) can fill the default buffer of 250 entries.
    performance.setResourceTimingBufferSize(5000);
    const h = await mount({ attrs: { src: data('big', { pad: 20 * 1024 * 1024 }) }, noWait: true });
    let frames = 0;
    let longest = 0;
    let last = performance.now();
    let stop = false;
    const tick = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      frames++;
      if (!stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    await until(() => h.lanes().length > 0 || h.errorText() !== null, 45_000, 'the 20 MB answer');
    stop = true;
    expect(h.errorText()).toBeNull();
    expect(h.lanes()[0]).toBe('big');
    const entry = performance.getEntriesByType('resource').find((e) => e.name.includes(rid('big'))) as PerformanceResourceTiming;
    expect(entry.decodedBodySize).toBeGreaterThan(20 * 1024 * 1024);
    expect(frames).toBeGreaterThan(2);
    expect(longest).toBeLessThan(2000);
  }, 90_000);
});

describe('the last request wins', () => {
  it('src changed while a slow load is in flight: the newer answer stays, the older fetch is aborted', async () => {
    const h = await mount({ attrs: { src: data('old', { delay: 800 }) }, noWait: true });
    await h.element.updateComplete;
    await sleep(100);
    h.element.setAttribute('src', data('new'));
    await until(() => h.lanes()[0] === 'new', 5000, 'the new data');
    await sleep(1200); // the old answer would have arrived by now
    await h.settle();
    expect(h.lanes()[0]).toBe('new');
    expect(signals.get(rid('old'))?.aborted).toBe(true);
    expect(signals.get(rid('new'))?.aborted).toBe(false);
    await until(async () => (await serverLog()).some((e) => e.id === rid('old')), 2000, 'the server to log the old request');
    const old = (await serverLog()).find((e) => e.id === rid('old'))!;
    expect(old).toMatchObject({ aborted: true, finished: false });
  });

  it('a slow newer src is not overtaken by a fast older one', async () => {
    const h = await mount({ attrs: { src: data('first', { delay: 300 }) }, noWait: true });
    await h.element.updateComplete;
    h.element.setAttribute('src', data('second', { delay: 900 }));
    await sleep(600); // the first answer's time has come and gone
    await h.element.updateComplete;
    expect(h.lanes()).not.toContain('first');
    await until(() => h.lanes()[0] === 'second', 5000, 'the second data');
    // Aborted, or never made (the src loader is a lazy chunk: a src replaced while it loads is never fetched).
    expect(signals.get(rid('first'))?.aborted).not.toBe(false);
  });

  it('aborts a body still trickling in when src changes', async () => {
    const h = await mount({ attrs: { src: data('trickling', { trickle: 4000 }) }, noWait: true });
    await h.element.updateComplete;
    await sleep(600);
    h.element.setAttribute('src', data('instead'));
    await until(() => h.lanes()[0] === 'instead', 5000, 'the replacement data');
    expect(signals.get(rid('trickling'))?.aborted).toBe(true);
    await until(async () => (await serverLog()).find((e) => e.id === rid('trickling'))?.aborted === true, 3000,
      'the server to see the trickling request closed early');
    await sleep(500);
    expect(h.lanes()[0]).toBe('instead');
  });

  it('data set while src is loading wins, and the fetch is aborted', async () => {
    const h = await mount({ attrs: { src: data('from-src', { delay: 800 }) }, noWait: true });
    await h.element.updateComplete;
    await sleep(100);
    const mine = smallDataset();
    mine.lanes[0]!.label = 'from-property';
    (h.element as { data: unknown }).data = mine;
    await h.ready();
    expect(h.lanes()[0]).toBe('from-property');
    await sleep(1100);
    await h.settle();
    expect(h.lanes()[0]).toBe('from-property');
    expect(signals.get(rid('from-src'))?.aborted).toBe(true);
  });

  it('a valid dataset set while an invalid one is still being checked wins, and the old check reports nothing', async () => {
    const el = document.createElement('syria-timeline');
    const errors = record<TimelineErrorEvent>(el, 'syria-timeline-error');
    const bad = smallDataset();
    const template = bad.events[0]!;
    // Slow to list: 20,000 problems for the lazy validator.
    bad.events = Array.from({ length: 20_000 }, (_, i) => ({ ...template, id: `bad-${i}`, when: { start: '2012-13', basis: 'stated' as const } }));
    (el as { data: unknown }).data = bad;
    el.style.cssText = 'display:block;width:900px';
    document.body.append(el);
    await sleep(0); // the first update has run: the invalid dataset is with the lazy validator
    expect(status(el)).toMatch(/loading/i);
    const good = smallDataset();
    good.lanes[0]!.label = 'good';
    (el as { data: unknown }).data = good;
    const { TimelineHarness } = await import('../src/testing/timeline-harness.js');
    const h = await new TimelineHarness(el).ready();
    await sleep(1500); // the invalid dataset's problems have been listed by now
    await h.settle();
    expect(h.errorText()).toBeNull();
    expect(h.lanes()[0]).toBe('good');
    expect(errors).toHaveLength(0);
  });

  it('many src changes in a row: only the last is shown, every earlier fetch aborted or never made', async () => {
    const h = await mount({ attrs: { src: data('v0', { delay: 500 }) }, noWait: true });
    for (let i = 1; i <= 8; i++) {
      await h.element.updateComplete;
      h.element.setAttribute('src', data(`v${i}`, { delay: 500 - i * 50 }));
    }
    await until(() => h.lanes()[0] === 'v8', 5000, 'the last data');
    await sleep(700);
    expect(h.lanes()[0]).toBe('v8');
    for (let i = 0; i < 8; i++) expect(signals.get(rid(`v${i}`))?.aborted, `v${i}`).not.toBe(false);
  });
});
