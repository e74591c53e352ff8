import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { builtinDataset } from '../src/dataset/index.js';
import { layoutTimeline, paddedExtent, prepareTimeline, zoomDomain } from '../src/layout/index.js';
import type { Dataset } from '../src/model/index.js';
import { DatasetError, isValidDataset, parseDataset } from '../src/validate/index.js';
import { UNREADABLE_EXPECTED } from '../src/validate/unreadable-issue.js';
import { slotsOf } from './support/json-slots.js';

// Property-based: whatever the validator accepts goes through prepareTimeline and layoutTimeline
// at any width and zoom without throwing; whatever it refuses is a DatasetError, never another
// exception. Seeded and bounded, so a run takes seconds and a failure replays.

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A date of the profile, from year 0000 to 9999, at year, month or day precision, maybe qualified. */
const date = fc.record({
  year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 1, 2011, 2012, 9999)),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  precision: fc.constantFrom('year', 'month', 'day'),
  qualifier: fc.constantFrom('', '', '~', '?', '%'),
}).map(({ year, month, day, precision, qualifier }) =>
  (precision === 'year' ? pad(year, 4) : precision === 'month' ? `${pad(year, 4)}-${pad(month, 2)}` : `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`) + qualifier);

/** A `When`: start, maybe an end not before it (dates compare as strings up to the qualifier). */
const when = fc.tuple(date, fc.option(date, { nil: undefined })).map(([a, b]) => {
  if (b === undefined) return { start: a, basis: 'stated' as const };
  const [start, end] = a.replace(/[~?%]$/, '') <= b.replace(/[~?%]$/, '') ? [a, b] : [b, a];
  return { start, end, basis: 'stated' as const };
});

const COLOURS = ['#c0392b', '#abc', 'rgb(1 2 3)', 'hsl(210 50% 40%)', 'teal', 'transparent', '#11223344'];
const TEXT = fc.string({ minLength: 1, maxLength: 40 });
const QUOTE = 'A quote from the source.';

/** A dataset built to be valid (ids unique, references resolve); the validator has the last word. */
const dataset: fc.Arbitrary<Dataset> = fc.record({
  laneCount: fc.integer({ min: 0, max: 6 }),
  actorLanes: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: 1, maxLength: 8 }),
  orders: fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }), { minLength: 6, maxLength: 6 }),
  labels: fc.array(TEXT, { minLength: 6, maxLength: 6 }),
  colours: fc.array(fc.constantFrom(...COLOURS), { minLength: 6, maxLength: 6 }),
  events: fc.array(fc.record({
    type: fc.constantFrom('statement', 'meeting', 'veto', 'other'),
    title: TEXT,
    when,
    actor: fc.nat(),
    recipient: fc.option(fc.nat(), { nil: undefined }),
    background: fc.boolean(),
    issue: fc.boolean(),
  }), { maxLength: 40 }),
  stances: fc.array(fc.record({ actor: fc.nat(), position: fc.constantFrom('supports', 'opposes', 'neutral'), when, until: fc.option(date, { nil: undefined }) }), { maxLength: 10 }),
}).map((r): Dataset => {
  const lanes = Array.from({ length: r.laneCount }, (_, i) => ({ id: `lane-${i}`, label: r.labels[i]!, order: r.orders[i]!, color: r.colours[i]! }));
  const actors = r.actorLanes.map((lane, i) => ({
    id: `actor-${i}`, name: `Actor ${i}`, kind: 'person' as const,
    ...(lane !== undefined && lanes.length > 0 ? { lane: `lane-${lane % lanes.length}` } : {}),
    ...(i > 0 && lane === undefined ? { partOf: `actor-${i - 1}` } : {}),
  }));
  const evidence = () => [{ source: 'src', start: 0, end: QUOTE.length, text: QUOTE }] as Dataset['events'][number]['evidence'];
  const ref = (n: number) => `actor-${n % actors.length}`;
  return {
    version: 1,
    lanes,
    actors,
    issues: [{ id: 'issue', label: 'An issue' }],
    sources: [{ id: 'src', file: 'src.txt', title: 'A source', dateline: { start: '2012', basis: 'stated' } }],
    events: r.events.map((e, i) => ({
      id: `event-${i}`, type: e.type as 'other', title: e.title, when: e.when,
      participants: [{ actor: ref(e.actor), role: 'actor' as const },
        ...(e.recipient === undefined ? [] : [{ actor: ref(e.recipient), role: 'recipient' as const }])],
      evidence: evidence(),
      ...(e.background ? { background: true } : {}),
      ...(e.issue ? { issues: ['issue'] } : {}),
    })),
    stances: r.stances.map((s, i) => ({
      id: `stance-${i}`, actor: ref(s.actor), issue: 'issue', position: s.position as 'neutral', when: s.when, basis: 'stated' as const,
      evidence: evidence(), ...(s.until !== undefined && s.until.slice(0, 4) >= s.when.start.slice(0, 4) ? { until: s.until } : {}),
    })),
  };
});

const WIDTHS = [1, 320, 1280, 8000];

/** Lays out `d` at several widths and zooms (the whole extent, zoomed in around its middle, a tiny window). */
function layOutEverywhere(d: Dataset): number {
  const prepared = prepareTimeline(d);
  const extent = prepared.extent;
  const whole = paddedExtent(extent);
  const middle = (whole.start + whole.end) / 2;
  const domains = [undefined, zoomDomain(whole, whole, 1e-6, middle), zoomDomain(whole, whole, 0.01, whole.start), { start: middle, end: middle + 1 }];
  let marks = 0;
  for (const width of WIDTHS) {
    for (const domain of domains) {
      const layout = layoutTimeline(prepared, { width, ...(domain === undefined ? {} : { domain }) });
      // Every lane, and at most one row more: the row of counterparts in no lane ('Others').
      expect(layout.lanes.length - d.lanes.length).toBeGreaterThanOrEqual(0);
      expect(layout.lanes.length - d.lanes.length).toBeLessThanOrEqual(1);
      marks += layout.marks.length;
    }
  }
  return marks;
}

/** `parseDataset(input)`: the dataset, or the DatasetError; anything else thrown fails the test. */
function parseOrError(input: unknown): Dataset | DatasetError {
  try {
    return parseDataset(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    // JSON-like input never throws while read: a "could not be read" issue here is a bug in a check.
    expect((error as DatasetError).issues.map((i) => i.expected)).not.toContain(UNREADABLE_EXPECTED);
    return error as DatasetError;
  }
}

describe('whatever the validator accepts lays out', () => {
  it('at widths from 1 to 8,000 px and zooms from the whole extent to 1 ms', () => {
    let accepted = 0;
    fc.assert(
      fc.property(dataset, (d) => {
        const input = json(d);
        const parsed = parseOrError(input);
        if (parsed instanceof DatasetError) return;
        expect(isValidDataset(input)).toBe(true);
        accepted++;
        layOutEverywhere(parsed);
      }),
      { seed: 20261206, numRuns: 150 },
    );
    // The generator makes valid datasets (the property is not vacuous).
    expect(accepted).toBeGreaterThan(120);
  }, 60_000);
});

/** Values that break things: wrong types, edges of numbers and dates, prototype names, CSS, markup. */
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    Number.NaN, Number.POSITIVE_INFINITY, -1, 0.5, 1e308, -0, 2 ** 53 + 2, '', ' ', '__proto__', 'constructor', 'toString',
    '0000', '0000-01-01', '9999-12-31', '-000501', '10000', '2013-02-29', '2012-XX-XX', '2012~',
    'url(https://hostile.invalid/x)', 'var(--x)', '<script>alert(1)</script>', '\u202E\u0000\uD800', 'x'.repeat(10_001),
    [], {}, [[[[[]]]]], null, true,
  ),
);

describe('random mutations of the built-in dataset', () => {
  it('either validate and lay out, or give a DatasetError: never another exception', () => {
    const base = json(builtinDataset);
    const slotCount = slotsOf(base).length;
    let rejected = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: slotCount * 4 }), fc.oneof(hostileValue, fc.constant('(delete)'))), { minLength: 1, maxLength: 3 }),
        (edits) => {
          const input = json(base);
          for (const [choice, value] of edits) {
            const slots = slotsOf(input);
            const { parent, key } = slots[choice % slots.length]!;
            if (value === '(delete)') delete parent[key];
            else parent[key] = value;
          }
          const parsed = parseOrError(input);
          if (parsed instanceof DatasetError) {
            rejected++;
            expect(parsed.issues.length).toBeGreaterThan(0);
            return;
          }
          layOutEverywhere(parsed);
        }),
      { seed: 1512, numRuns: 200 },
    );
    expect(rejected).toBeGreaterThan(100);
  }, 60_000);
});
