import { describe, expect, it } from 'vitest';
import { validDataset } from '../../test/broken-datasets/valid-dataset.js';
import { DATASET_LIMITS, formatCount } from './dataset-limits.js';
import { DatasetError } from './dataset-error.js';
import { parseDataset } from './parse-dataset.js';
import { isValidDataset } from './is-valid-dataset.js';
import { sizeIssues } from './size-issues.js';

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function issuesOf(input: unknown): DatasetError {
  try {
    parseDataset(input);
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected a DatasetError');
}

describe('DATASET_LIMITS', () => {
  it('allows a million events and a thousand lanes', () => {
    expect(DATASET_LIMITS.events).toBeGreaterThanOrEqual(1_000_000);
    expect(DATASET_LIMITS.lanes).toBeGreaterThanOrEqual(1_000);
    // At the limit a list passes the size check; one more is refused (sparse lists: nothing to build).
    const at = (n: number) => ({ events: Object.assign([], { length: n }) });
    expect(sizeIssues(at(DATASET_LIMITS.events))).toEqual([]);
    expect(sizeIssues(at(DATASET_LIMITS.events + 1)).map((i) => i.path)).toEqual(['events']);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(DATASET_LIMITS)).toBe(true);
  });
});

describe('over a limit', () => {
  it('refuses 10,000,000 sparse events at once, naming the limit and the size', () => {
    const d = validDataset() as Loose;
    const events: unknown[] = [d.events[0]];
    events.length = 10_000_000;
    d.events = events;
    expect(isValidDataset(d)).toBe(false);
    const error = issuesOf(d);
    expect(error.issues).toHaveLength(1);
    expect(error.message).toContain('events: got [');
    expect(error.message).toContain('expected a list of at most 1,000,000 events (DATASET_LIMITS; this one has 10,000,000)');
    expect(error.message.length).toBeLessThan(500);
  });

  it('refuses 1,001 lanes and accepts 1,000', () => {
    const lanes = (n: number) => {
      const d = validDataset();
      for (let i = d.lanes.length; i < n; i++) d.lanes.push({ id: `lane-${i}`, label: `Lane ${i}`, order: i, color: '#5d6d7e' });
      return d;
    };
    expect(() => parseDataset(lanes(DATASET_LIMITS.lanes))).not.toThrow();
    expect(isValidDataset(lanes(DATASET_LIMITS.lanes + 1))).toBe(false);
    expect(issuesOf(lanes(DATASET_LIMITS.lanes + 1)).message).toContain('lanes: got [');
  });

  it('refuses a list inside an item that is over the list limit (a million participants)', () => {
    const d = validDataset();
    const p = d.events[0]!.participants[0]!;
    d.events[0]!.participants = new Array<typeof p>(1_000_000).fill(p);
    expect(isValidDataset(d)).toBe(false);
    const error = issuesOf(d);
    expect(error.issues.map((i) => i.path)).toEqual(['events[0].participants']);
    expect(error.message).toContain(`at most ${formatCount(DATASET_LIMITS.listItems)} items`);
  });

  it('refuses a 1 MB title, naming the field and the limit, and shows only the start of the value', () => {
    const d = validDataset();
    d.events[0]!.title = 'x'.repeat(1024 * 1024);
    expect(isValidDataset(d)).toBe(false);
    const error = issuesOf(d);
    expect(error.issues.map((i) => i.path)).toEqual(['events[0].title']);
    expect(error.message).toContain('expected at most 1,000 characters (DATASET_LIMITS)');
    expect(error.message.length).toBeLessThan(300);
  });

  it('takes longer texts where they are long by nature (quotes, summaries, notes), up to the long limit', () => {
    const d = validDataset();
    d.events[0]!.summary = 's'.repeat(DATASET_LIMITS.longText);
    expect(() => parseDataset(d)).not.toThrow();
    d.events[0]!.summary = 's'.repeat(DATASET_LIMITS.longText + 1);
    expect(issuesOf(d).message).toContain('events[0].summary: got "sss');
  });

  it('reports a hole in a list as an empty slot, not as a missing field', () => {
    const d = validDataset() as Loose;
    const events: unknown[] = [d.events[0]];
    events.length = 3;
    events[2] = d.events[1];
    d.events = events;
    expect(isValidDataset(d)).toBe(false);
    const error = issuesOf(d);
    expect(error.message).toContain('events[1]: got nothing (an empty slot in the list), expected an object');
  });

  it('counts problems and keeps every one, but lists the first hundred in the message', () => {
    const d = validDataset();
    for (let i = 0; i < 5_000; i++) d.events.push({ ...d.events[1]!, id: `bad-${i}`, when: { start: '2012-13', basis: 'stated' } });
    const error = issuesOf(d);
    expect(error.issues).toHaveLength(5_000);
    expect(error.message.split('\n')).toHaveLength(1 + 100 + 1);
    expect(error.message).toMatch(/^Invalid dataset \(5,000 problems\):/);
    expect(error.message).toContain('… and 4,900 more (all of them are in error.issues)');
  });
});
