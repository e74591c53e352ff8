import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { isHexOrNamedColor, isSafeColor, SAFE_COLOR_PATTERN } from './safe-color.js';
import { isValidDataset } from './is-valid-dataset.js';
import { parseDataset } from './parse-dataset.js';
import { DatasetError } from './dataset-error.js';
import { validDataset } from '../../test/broken-datasets/valid-dataset.js';

const COLOURS = ['#c0392b', '#C0392B', '#abc', '#abcd', '#aabbccdd', 'rgb(1, 2, 3)', 'rgb(1 2 3)', 'rgba(1,2,3,0.5)',
  'rgb(10% 20% 30% / 50%)', 'rgb( 1 , 2 , 3 )', 'hsl(120 50% 50%)', 'hsla(120, 50%, 50%, .5)', 'hsl(-30.5 100% 0%)',
  'rgb(1e2 0 0)', 'teal', 'rebeccapurple', 'lightgoldenrodyellow', 'transparent'];

const NOT_COLOURS = ['url(https://example.org/x)', 'image-set("x.png" 1x)', '-webkit-image-set(url(x) 1x)', 'var(--x)',
  'red; background: url(x)', 'red /* c */', 'expression(alert(1))', 'calc(1px)', 'rgb(var(--x), 0, 0)',
  'rgb(1 2 3 / url(x))', 'rgb(1, 2)', 'rgb(1 2 3 4)', 'rgb(1deg 2 3)', 'color(srgb 1 0 0)', '#fff;', '#ggg', '#12345',
  '#1234567', 'red\u0000', ' red', 'red ', 'RED', 'Red', 'notacolour', 'currentcolor', 'inherit', 'initial', '',
  'rgb(1,\n2, 3)', 'hsl(120 50% 50%)\n', 'teal\u2028'];

describe('isSafeColor(value)', () => {
  it.each(COLOURS)('accepts the colour %s', (colour) => {
    expect(isSafeColor(colour)).toBe(true);
  });

  it.each(NOT_COLOURS.map((c) => [JSON.stringify(c), c]))('refuses %s', (_shown, value) => {
    expect(isSafeColor(value)).toBe(false);
  });

  it('refuses values that are not strings, and very long ones', () => {
    for (const value of [undefined, null, 0, ['#fff'], { toString: () => '#fff' }]) expect(isSafeColor(value)).toBe(false);
    expect(isSafeColor(`rgb(${'1'.repeat(2000)} 0 0)`)).toBe(false);
  });

  it('takes linear time on long near-misses (no catastrophic backtracking)', () => {
    // Each would take seconds to refuse with nested quantifiers; the pattern must answer at once.
    for (const value of [`rgb(${'1 '.repeat(400)}`, `rgb(1${' '.repeat(900)}`, `hsl(${'1,'.repeat(450)}`]) {
      expect(SAFE_COLOR_PATTERN.test(value)).toBe(false);
    }
  });
});

describe('a dataset colour', () => {
  it('must be a colour in lanes and actors: the error names the field, the value and what a colour is', () => {
    const d = validDataset();
    d.lanes[0]!.color = 'url(https://beacon.example/lane)';
    d.actors[0]!.color = 'var(--page-secret)';
    let error: unknown;
    try {
      parseDataset(d);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const issues = (error as DatasetError).issues;
    expect(issues.map((i) => i.path)).toEqual(['lanes[0].color', 'actors[0].color']);
    expect((error as DatasetError).message).toContain('lanes[0].color: got "url(https://beacon.example/lane)", expected a colour');
    expect(issues[1]!.expected).toContain("'#rrggbb'");
  });

  it('may be any accepted form', () => {
    const d = validDataset();
    d.lanes[0]!.color = 'hsl(6 63% 46%)';
    d.actors[0]!.color = 'teal';
    expect(() => parseDataset(d)).not.toThrow();
  });
});

describe('isHexOrNamedColor(value)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('says yes only to colours the pattern accepts, and answers as it does for all but rgb()/hsl()', () => {
    const near = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'#0123456789abcdefABCDEFgG \u0010\u0046\u0066x'.split('')), maxLength: 10 }),
      fc.constantFrom(...COLOURS, ...NOT_COLOURS, 'Teal', 'tea', 'teal ', '#', '#fffff', '#fffffffff'),
    );
    fc.assert(fc.property(near, (value) => {
      const quick = isHexOrNamedColor(value);
      if (quick) expect(SAFE_COLOR_PATTERN.test(value)).toBe(true);
      if (!/^(?:rgb|hsl)/.test(value)) expect(quick).toBe(SAFE_COLOR_PATTERN.test(value));
    }), { numRuns: 2000 });
  });

  it('spares a check of hex and named colours the colour pattern, whose first use compiles it (2–20 ms in a fresh page)', () => {
    const test = vi.spyOn(SAFE_COLOR_PATTERN, 'test');
    const d = validDataset();
    d.lanes[0]!.color = '#C0392B';
    d.actors[0]!.color = 'teal';
    expect(isValidDataset(d)).toBe(true);
    expect(isSafeColor('#abc') && isSafeColor('rebeccapurple')).toBe(true);
    expect(test).not.toHaveBeenCalled();
    d.lanes[0]!.color = 'hsl(6 63% 46%)';
    expect(isValidDataset(d)).toBe(true);
    expect(test).toHaveBeenCalledWith('hsl(6 63% 46%)');
  });
});
