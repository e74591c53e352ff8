import { describe, expect, it } from 'vitest';
import { smallDataset } from '../../test/layouts/small-dataset.js';
import { whenSpan } from '../dates/index.js';
import type { TimelineEvent } from '../model/index.js';
import { createEventIndex, eventsInRange } from './events-in-range.js';
import { findEvent } from './find-event.js';

/** A tiny LCG (Numerical Recipes constants), so the random cases are the same on every run. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function randomEvents(count: number, seed: number): TimelineEvent[] {
  const random = lcg(seed);
  const t0 = Date.UTC(2011, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const start = t0 + Math.floor(random() * 1800) * 86_400_000;
    const long = random() < 0.2;
    const kind = random();
    const when = long
      ? { start: day(start), end: day(start + Math.floor(random() * (kind < 0.05 ? 900 : 60)) * 86_400_000), basis: 'stated' as const }
      : kind < 0.1 ? { start: day(start).slice(0, 7), basis: 'stated' as const } : { start: day(start), basis: 'stated' as const };
    return { id: `e${i}`, type: 'other', title: `E${i}`, when, participants: [], evidence: [{ source: 's', start: 0, end: 1, text: 'x' }] };
  });
}

describe('createEventIndex / eventsInRange', () => {
  it('finds exactly the events whose interval overlaps the window, sorted by start', () => {
    const events = randomEvents(2000, 7);
    const index = createEventIndex(events);
    const random = lcg(99);
    for (let q = 0; q < 50; q++) {
      const start = Date.UTC(2010, 11, 1) + random() * 1900 * 86_400_000;
      const end = start + random() * 120 * 86_400_000;
      const expected = events.filter((e) => {
        const span = whenSpan(e.when);
        return span.end >= start && span.start <= end;
      });
      const found = eventsInRange(index, start, end);
      expect(new Set(found)).toEqual(new Set(expected));
      const starts = found.map((e) => whenSpan(e.when).start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('includes a range that starts years before the window and reaches into it', () => {
    const events = randomEvents(500, 3);
    const long: TimelineEvent = { ...events[0]!, id: 'long', when: { start: '2011-01-02', end: '2015-06-30', basis: 'stated' } };
    const index = createEventIndex([long, ...events]);
    const found = eventsInRange(index, Date.UTC(2015, 5, 1), Date.UTC(2015, 5, 2));
    expect(found.map((e) => e.id)).toContain('long');
  });

  it('gives nothing for an empty or reversed window, and does not reorder its input', () => {
    const events = smallDataset().events;
    const ids = events.map((e) => e.id);
    const index = createEventIndex(events);
    expect(eventsInRange(index, Date.UTC(2012, 0, 1), Date.UTC(2011, 0, 1))).toEqual([]);
    expect(events.map((e) => e.id)).toEqual(ids);
    expect(index.events.map((e) => e.id).slice(0, 2)).toEqual(['snc-founded', 'west-sanctions']);
  });
});

describe('findEvent', () => {
  it('finds an event by id and gives undefined for an unknown id', () => {
    const dataset = smallDataset();
    expect(findEvent(dataset, 'veto-1')?.type).toBe('veto');
    expect(findEvent(dataset, 'nope')).toBeUndefined();
  });
});
