import { afterEach, describe, expect, it } from 'vitest';
import { DatasetError } from '@syria-timeline/core';
import type { TimelineErrorEvent } from '../src/events.js';
import { mount, record } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';
import { trackUncaught } from './support/uncaught.js';

const uncaught = trackUncaught();
afterEach(() => {
  document.body.replaceChildren();
});

/** A tick for rejections to be reported as unhandled (Chromium reports them after a task). */
const aTask = () => new Promise((r) => setTimeout(r, 50));

/** A thrown value that cannot even be turned into text. */
const unprintable = { toString: () => { throw new Error('no text'); }, [Symbol.toPrimitive]: () => { throw new Error('no primitive'); } };

/** Mounts `dataset`, waits for the element to settle, and returns what a user and the page see. */
async function show(dataset: unknown) {
  const el = document.createElement('syria-timeline');
  const errors = record<TimelineErrorEvent>(el, 'syria-timeline-error');
  (el as { data: unknown }).data = dataset;
  el.style.cssText = 'display:block;width:900px';
  document.body.append(el);
  const { TimelineHarness } = await import('../src/testing/timeline-harness.js');
  const h = await new TimelineHarness(el).ready();
  await aTask();
  return { h, errors };
}

const CASES: [string, () => unknown, RegExp][] = [
  ['a Proxy whose every read throws', () => new Proxy({}, { get() { throw new Error('trap says no'); }, has() { throw new Error('trap says no'); }, ownKeys() { throw new Error('trap says no'); } }), /trap says no/],
  ['a getter on `events` that throws', () => {
    const d: Record<string, unknown> = { ...smallDataset() };
    Object.defineProperty(d, 'events', { enumerable: true, get() { throw new TypeError('events are gone'); } });
    return d;
  }, /events are gone/],
  ['a getter that throws something unprintable', () => {
    const d: Record<string, unknown> = { ...smallDataset() };
    Object.defineProperty(d, 'lanes', { enumerable: true, get() { throw unprintable; } });
    return d;
  }, /could not read the dataset|cannot be (read|shown)/i],
  ['a Proxy that revoked itself', () => {
    const { proxy, revoke } = Proxy.revocable(smallDataset(), {});
    revoke();
    return proxy;
  }, /revoked/],
];

describe('an exception while reading the data ends in the error state', () => {
  for (const [name, make, message] of CASES) {
    it(name, async () => {
      const { h, errors } = await show(make());
      expect(h.errorText()).toMatch(message);
      expect(errors).toHaveLength(1);
      expect(uncaught).toEqual([]);
    });
  }

  it('a title getter that throws only after validation has read it (while drawing)', async () => {
    const d = smallDataset();
    let reads = 0;
    const event = d.events[0]!;
    const title = event.title;
    Object.defineProperty(event, 'title', {
      enumerable: true,
      get() {
        if (++reads > 1) throw new Error('second read fails');
        return title;
      },
    });
    const { h, errors } = await show(d);
    expect(h.errorText()).toMatch(/second read fails/);
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(uncaught).toEqual([]);
  });

  it('an invalid value whose toJSON throws is still listed', async () => {
    const d = smallDataset() as unknown as { events: { title: unknown }[] };
    d.events[0]!.title = { toJSON() { throw new Error('toJSON says no'); } };
    const { h, errors } = await show(d);
    expect(errors[0]?.error).toBeInstanceOf(DatasetError);
    expect(h.errorText()).toContain('events[0].title');
    expect(uncaught).toEqual([]);
  });

  it('an invalid value that can be neither JSON nor text still ends in the error state', async () => {
    const d = smallDataset() as unknown as { events: { title: unknown }[] };
    d.events[0]!.title = unprintable;
    const { h, errors } = await show(d);
    expect(errors).toHaveLength(1);
    expect(h.errorText()).not.toBeNull();
    expect(uncaught).toEqual([]);
  });

  it('an issue label that throws once drawing has begun', async () => {
    const d = smallDataset();
    let reads = 0;
    const issue = d.issues[0]!;
    const label = issue.label;
    Object.defineProperty(issue, 'label', {
      enumerable: true,
      get() {
        if (++reads > 1) throw new Error('label gone');
        return label;
      },
    });
    const { h, errors } = await show(d);
    expect(h.errorText()).toMatch(/label gone/);
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(uncaught).toEqual([]);
  });

  it('a summary that throws when the details panel reads it', async () => {
    const d = smallDataset();
    const event = d.events.find((e) => e.id === 'n-meeting')!;
    let reads = 0;
    const summary = event.summary;
    Object.defineProperty(event, 'summary', {
      enumerable: true,
      get() {
        if (++reads > 1) throw new Error('summary gone');
        return summary;
      },
    });
    const { h } = await show(d);
    expect(h.errorText()).toBeNull();
    h.element.setAttribute('selected', 'n-meeting');
    await h.ready();
    await aTask();
    expect(h.errorText()).toMatch(/summary gone/);
    expect(uncaught).toEqual([]);
  });

  it('recovers when valid data follows', async () => {
    const { h } = await show(new Proxy({}, { get() { throw new Error('no'); } }));
    expect(h.errorText()).not.toBeNull();
    (h.element as { data: unknown }).data = smallDataset();
    await h.ready();
    expect(h.errorText()).toBeNull();
    expect(h.lanes()).toEqual(['North', 'South']);
    expect(uncaught).toEqual([]);
  });
});

describe('the error panel lists the first 50 problems', () => {
  /** `n` events, each with an impossible date. */
  function manyBad(n: number) {
    const d = smallDataset();
    const template = d.events[0]!;
    d.events = Array.from({ length: n }, (_, i) => ({ ...template, id: `bad-${i}`, when: { start: '2012-13-40', basis: 'stated' as const } }));
    return d;
  }

  it('100,000 bad events: 50 items and "and N more"; all problems on the error and in the event', async () => {
    const { h, errors } = await show(manyBad(100_000));
    const panel = h.element.shadowRoot!.querySelector('[part="error"]')!;
    expect(panel.querySelectorAll('li')).toHaveLength(50);
    const issues = (errors[0]!.error as DatasetError).issues;
    expect(issues.length).toBeGreaterThanOrEqual(100_000);
    expect(panel.textContent).toContain(`and ${(issues.length - 50).toLocaleString('en-GB')} more`);
    expect(panel.querySelectorAll('*').length).toBeLessThan(400);
  }, 60_000);

  it('shows no "more" line at 50 problems or fewer', async () => {
    const { h, errors } = await show(manyBad(3));
    const issues = (errors[0]!.error as DatasetError).issues;
    expect(h.element.shadowRoot!.querySelectorAll('[part="error"] li')).toHaveLength(issues.length);
    expect(h.element.shadowRoot!.querySelector('.more-problems')).toBeNull();
  });

  it('scrolls in a host of fixed height, so that the last problem can be read', async () => {
    const h = await mount({ dataset: manyBad(60) });
    h.element.style.height = '200px';
    await h.settle();
    const state = h.element.shadowRoot!.querySelector<HTMLElement>('.error-state')!;
    expect(h.element.getBoundingClientRect().height).toBe(200);
    expect(state.scrollHeight).toBeGreaterThan(state.clientHeight);
    const last = h.element.shadowRoot!.querySelector('.more-problems')!;
    last.scrollIntoView();
    const [box, seen] = [state.getBoundingClientRect(), last.getBoundingClientRect()];
    expect(seen.bottom).toBeLessThanOrEqual(box.bottom + 1);
    expect(seen.top).toBeGreaterThanOrEqual(box.top - 1);
  });

  for (const [locale, words] of [['ru', /и ещё \d/], ['fr', /et \d[\d\s\u202f]* de plus/], ['ar', /المشكلات الأخرى غير المعروضة: \d+/]] as const) {
    it(`says "and N more" in ${locale}`, async () => {
      const h = await mount({ dataset: manyBad(60), attrs: { locale } });
      await h.settle();
      expect(h.element.shadowRoot!.querySelector('.more-problems')?.textContent).toMatch(words);
    });
  }
});
