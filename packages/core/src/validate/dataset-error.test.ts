import { describe, expect, it } from 'vitest';
import { DatasetError, formatDatasetIssue } from './dataset-error.js';

describe('DatasetError', () => {
  it('is an Error named DatasetError that keeps its issues', () => {
    const issues = [{ path: 'version', value: 2, expected: '1' }];
    const error = new DatasetError(issues);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DatasetError');
    expect(error.issues).toEqual(issues);
  });

  it('lists every issue in its message, one per line', () => {
    const error = new DatasetError([
      { path: 'version', value: 2, expected: '1' },
      { path: 'events[0].title', value: undefined, expected: 'a required field: a non-empty string' },
    ]);
    expect(error.message.split('\n')).toEqual([
      'Invalid dataset (2 problems):',
      '  version: got 2, expected 1',
      '  events[0].title: nothing (the field is missing), expected a required field: a non-empty string',
    ]);
  });
});

describe('formatDatasetIssue(issue)', () => {
  it('names the dataset itself for the empty path', () => {
    expect(formatDatasetIssue({ path: '', value: null, expected: 'an object' })).toBe('(the dataset): got null, expected an object');
  });

  it('shortens long values so that a message stays readable', () => {
    const line = formatDatasetIssue({ path: 'events', value: 'x'.repeat(500), expected: 'a list' });
    expect(line.length).toBeLessThan(120);
    expect(line).toContain('…');
  });

  it('does not fail on values JSON cannot write', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(formatDatasetIssue({ path: 'lanes[0]', value: cyclic, expected: 'an object' })).toContain('lanes[0]: got {"self":[Circular]}');
    expect(formatDatasetIssue({ path: 'version', value: 10n, expected: '1' })).toBe('version: got 10, expected 1');
  });

  it('shows NaN and Infinity as such, not as JSON\'s null, also inside objects', () => {
    expect(formatDatasetIssue({ path: 'lanes[0].order', value: Number.NaN, expected: 'a finite number' })).toBe('lanes[0].order: got NaN, expected a finite number');
    expect(formatDatasetIssue({ path: 'lanes[0].order', value: Number.POSITIVE_INFINITY, expected: 'x' })).toContain('got Infinity');
    expect(formatDatasetIssue({ path: 'lanes[0].order', value: Number.NEGATIVE_INFINITY, expected: 'x' })).toContain('got -Infinity');
    expect(formatDatasetIssue({ path: 'lanes[0]', value: { order: Number.NaN, id: null }, expected: 'x' })).toContain('got {"order":NaN,"id":null}');
  });

  it('writes JSON values exactly as JSON.stringify does, when short', () => {
    for (const value of [{}, [], [1, 'a', null, true], { a: { b: [1, 2] }, 'c"d': 'é\n' }, -0, 1e21, 'x']) {
      expect(formatDatasetIssue({ path: 'p', value, expected: 'x' })).toBe(`p: got ${JSON.stringify(value)}, expected x`);
    }
  });

  it('cuts a large value while writing it: a long list, a deep nesting, a huge string', () => {
    const long = Object.assign([], { length: 10_000_000 });
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    for (const value of [long, deep, 'x'.repeat(10_000_000), { a: 'y'.repeat(1000) }]) {
      const line = formatDatasetIssue({ path: 'p', value, expected: 'x' });
      expect(line.length).toBeLessThan(120);
      expect(line).toContain('…');
    }
  });

  it('never throws while showing a value, even one that throws when read', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    expect(formatDatasetIssue({ path: 'p', value: hostile, expected: 'x' })).toBe('p: got (a value that cannot be read), expected x');
  });
});

