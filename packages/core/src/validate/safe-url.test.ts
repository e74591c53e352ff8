import { describe, expect, it } from 'vitest';
import { isSafeUrl } from './safe-url.js';

describe('isSafeUrl(url)', () => {
  it('accepts absolute http and https URLs', () => {
    for (const url of ['https://www.reuters.com/article/x?y=1#z', 'http://example.org', 'HTTPS://EXAMPLE.ORG/a']) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });

  it('rejects script, data and relative URLs, and tricks a browser would normalise', () => {
    const unsafe = ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)',
      'data:text/html,<b>x</b>', 'vbscript:x', '//example.org', '/path', 'https://', 'https:///x', 'https://exa mple.org',
      'https:\\\\example.org', 'ftp://example.org', ' https://example.org', 'https://example.org/\nx'];
    for (const url of unsafe) expect(isSafeUrl(url), JSON.stringify(url)).toBe(false);
  });

  it('rejects anything that is not a string', () => {
    for (const value of [undefined, null, 1, {}, ['https://example.org']]) expect(isSafeUrl(value)).toBe(false);
  });
});
