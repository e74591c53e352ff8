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
});
