import { describe, expect, it } from 'vitest';
import {
  DATASET_LIMITS, DatasetError, formatDatasetIssue, layoutTimeline, parseDataset, prepareTimeline,
} from '@syria-timeline/core';
import { hostileCases, HOSTILE_SIZES } from './hostile-cases.js';

const cases = hostileCases();

describe('the hostile corpus', () => {
  it('has unique names and sizes in step with DATASET_LIMITS', () => {
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(HOSTILE_SIZES.lanes).toBe(DATASET_LIMITS.lanes);
    expect(HOSTILE_SIZES.sparseEvents).toBeGreaterThan(DATASET_LIMITS.events);
    expect(HOSTILE_SIZES.chain).toBeLessThanOrEqual(DATASET_LIMITS.actors);
  });
});

describe('the cases marked json', () => {
  // A browser runner serves these as `src` files: the JSON text must keep what makes them hostile.
  it.each(cases.filter((c) => c.json && c.size === 'small').map((c) => [c.name, c] as const))('%s: the same outcome from its JSON text', (_name, c) => {
    const outcome = (input: unknown) => {
      try {
        parseDataset(input, c.options);
        return 'drawn';
      } catch (error) {
        return error instanceof DatasetError ? 'error' : 'thrown';
      }
    };
    expect(outcome(JSON.parse(JSON.stringify(c.build())))).toBe(c.expect);
  });
});

// Each case has a time bound (the test timeout): the checks are linear, so even the large ones
// take a second or two on a quiet machine (up to 40 s seen at load 15); a quadratic check
// (200,000² steps, hours) would not finish in it.
describe.each(['small', 'large'] as const)('parseDataset on the %s hostile cases', (size) => {
  const timeout = size === 'small' ? 20_000 : 120_000;
  for (const c of cases.filter((k) => k.size === size)) {
    it(`${c.name}: ${c.expect}`, () => {
      const input = c.build();
      if (c.expect === 'drawn') {
        const dataset = parseDataset(input, c.options);
        // Whatever the validator accepts can be laid out.
        const prepared = prepareTimeline(dataset);
        const layout = layoutTimeline(prepared, { width: 800 });
        // Every lane, and at most the row of counterparts in no lane ('Others').
        expect(layout.lanes.length - dataset.lanes.length).toBeGreaterThanOrEqual(0);
        expect(layout.lanes.length - dataset.lanes.length).toBeLessThanOrEqual(1);
        return;
      }
      let caught: unknown;
      try {
        parseDataset(input, c.options);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(DatasetError);
      const error = caught as DatasetError;
      expect(error.issues.length).toBeGreaterThan(0);
      if (c.path !== undefined) expect(error.issues.map((issue) => issue.path)).toContain(c.path);
      if (c.mentions !== undefined) expect(error.message).toContain(c.mentions);
      // Readable at any size: each line and the whole message stay short (values are cut, lines counted).
      for (const issue of error.issues.slice(0, 1000)) expect(formatDatasetIssue(issue).length).toBeLessThan(1_000);
      expect(error.message.length).toBeLessThan(100_000);
    }, timeout);
  }
});
