import { describe, expect, it } from 'vitest';
import { builtinDataset, type When } from '@syria-timeline/core';
import { resolveRelativeDate } from './resolve-relative-date.js';

// The built-in dataset's relative dates were resolved with this function: each stored date must be
// what it gives for the phrase and the dateline of the anchor (the core's own test of the dataset
// checks the rest, without the authoring tools).
const { sources, events, stances } = builtinDataset;
const sourceById = new Map(sources.map((s) => [s.id, s]));
const resolved = [
  ...events.map((e): [string, When] => [`events[id=${e.id}].when`, e.when]),
  ...stances.map((s): [string, When] => [`stances[id=${s.id}].when`, s.when]),
].filter(([, w]) => w.basis === 'resolved');

describe('the built-in dataset and resolveRelativeDate', () => {
  it('has resolved dates to check', () => {
    expect(resolved.length).toBeGreaterThan(5);
  });

  it.each(resolved)('%s equals resolveRelativeDate(phrase, dateline of its anchor)', (_where, when) => {
    const anchor = sourceById.get(when.anchor ?? '');
    expect(anchor, `anchor ${when.anchor}`).toBeDefined();
    const expected = resolveRelativeDate(when.phrase ?? '', anchor!.dateline.start);
    expect({ start: when.start, end: when.end }).toEqual({ start: expected.start, end: expected.end });
  });
});
