import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '@syria-timeline/core';
import { eventSpans } from './event-spans.js';

/** The events as the spans give them, each parsed on its own and all in one slice. */
function read(text: string): unknown[] | null {
  const spans = eventSpans(text);
  if (!spans) return null;
  const one = spans.starts.map((s, i) => JSON.parse(text.slice(s, spans.ends[i])) as unknown);
  if (one.length > 0) expect(JSON.parse(`[${text.slice(spans.starts[0], spans.ends.at(-1))}]`)).toEqual(one);
  return one;
}

describe('eventSpans', () => {
  it('finds every event of a dataset, compact or indented', () => {
    const dataset = generateSyntheticDataset({ events: 300, seed: 3 });
    expect(read(JSON.stringify(dataset))).toEqual(dataset.events);
    expect(read(JSON.stringify(dataset, null, 2))).toEqual(dataset.events);
    expect(read(JSON.stringify({ ...dataset, events: [] }))).toEqual([]);
    expect(read('{ "events" : [ ] }')).toEqual([]);
  });

  it('is not misled by brackets, commas, quotes and keys inside strings or nested lists', () => {
    const events = [
      { id: 'a', title: 'x", "events": [1, 2], "y\\' },
      { id: 'b', title: '\\', notes: ['[', ']', '{', '}', ','] },
      { id: 'c', nested: { events: [{ deep: true }] } },
      7, 'text', null, [1, [2]],
    ];
    const text = JSON.stringify({ version: 1, 'ev,ents]': [0], eventsX: [9], other: { events: ['no'] }, events, after: [',', ']'] });
    expect(read(text)).toEqual(events);
  });

  it('takes the last "events" key, as JSON.parse does', () => {
    expect(read('{"events":[1,2,3],"lanes":[],"events":[4, 5]}')).toEqual([4, 5]);
  });

  it('gives up where the list is not plain to find', () => {
    expect(eventSpans('[{"events":[1]}]')).toBeNull();
    expect(eventSpans('{"lanes":[1]}')).toBeNull();
    expect(eventSpans('{"events":{"a":1}}')).toBeNull();
    expect(eventSpans('{"events":"[1,2]"}')).toBeNull();
    expect(eventSpans('{"title":"events","list":[1]}')).toBeNull();
    // "\u0065vents" is "events" to JSON.parse: an escaped key anywhere at the top, and the scan declines.
    expect(eventSpans('{"events":[1],"\\u0065vents":[2]}')).toBeNull();
  });
});
