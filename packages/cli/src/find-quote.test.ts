import { describe, expect, it } from 'vitest';
import { findQuote } from './find-quote.js';

describe('findQuote', () => {
  it('finds typed words in a text printed with curly quotes, a no-break space and a dash, at exact offsets', () => {
    const source = 'Intro. He said \u201cwe are ready\u201d\u00a0\u2014 today\u2019s offer.';
    const [match, ...more] = findQuote(source, '"we are ready" - today\'s');
    expect(more).toEqual([]);
    expect(match).toBeDefined();
    expect(source.slice(match!.start, match!.end)).toBe(match!.text);
    expect(match!.text).toBe('\u201cwe are ready\u201d\u00a0\u2014 today\u2019s');
  });

  it('lets a space in the words stand for a line break or several spaces in the text', () => {
    expect(findQuote('one\n  two', 'one two')).toEqual([{ start: 0, end: 9, text: 'one\n  two' }]);
  });

  it('returns every occurrence, and none for words that are absent or blank', () => {
    expect(findQuote('a b a b', 'a b').map((m) => m.start)).toEqual([0, 4]);
    expect(findQuote('a b', 'c')).toEqual([]);
    expect(findQuote('a b', '  ')).toEqual([]);
  });

  it('treats the words as text, not as a pattern', () => {
    expect(findQuote('cost (in $) is 5.', '(in $)')).toEqual([{ start: 5, end: 11, text: '(in $)' }]);
    expect(findQuote('abc', '.')).toEqual([]);
  });
});
