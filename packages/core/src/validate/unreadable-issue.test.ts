import { describe, expect, it } from 'vitest';
import { validDataset } from '../../test/broken-datasets/valid-dataset.js';
import { DatasetError } from './dataset-error.js';
import { findDatasetIssues } from './find-dataset-issues.js';
import { isValidDataset } from './is-valid-dataset.js';
import { parseDataset } from './parse-dataset.js';
import { UNREADABLE_EXPECTED } from './unreadable-issue.js';

const boom = () => {
  throw new Error('boom');
};

describe('input that throws while it is read', () => {
  const inputs: [string, () => unknown][] = [
    ['a Proxy that throws on every trap', () => new Proxy({}, { get: boom, has: boom, ownKeys: boom, getPrototypeOf: boom })],
    ['a revoked Proxy', () => {
      const p = Proxy.revocable({}, {});
      p.revoke();
      return p.proxy;
    }],
    ['a throwing getter on a field', () => Object.defineProperty(validDataset(), 'events', { get: boom, enumerable: true })],
    ['a throwing getter on a list item', () => {
      const d = validDataset();
      Object.defineProperty(d.events, 1, { get: boom, enumerable: true });
      return d;
    }],
  ];

  it.each(inputs)('%s: parseDataset throws a DatasetError naming what was thrown, with it as the cause', (_name, build) => {
    let error: unknown;
    try {
      parseDataset(build());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const { issues, message, cause } = error as DatasetError;
    expect(issues).toEqual([{ path: '', value: expect.stringMatching(/Error/) as unknown, expected: UNREADABLE_EXPECTED }]);
    expect(message).toContain('(the dataset): got "');
    expect(cause).toBeInstanceOf(Error);
  });

  it.each(inputs)('%s: findDatasetIssues returns that one issue, and isValidDataset says false', (_name, build) => {
    expect(findDatasetIssues(build()).map((i) => i.expected)).toEqual([UNREADABLE_EXPECTED]);
    expect(isValidDataset(build())).toBe(false);
  });

  it('a transparent Proxy around a valid dataset is valid', () => {
    expect(() => parseDataset(new Proxy(validDataset(), {}))).not.toThrow();
  });
});
