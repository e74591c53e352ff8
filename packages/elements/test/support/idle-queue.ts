import { afterAll } from 'vitest';

/**
 * The page's idle periods, played by a test: importing this module (statically, so before the test
 * imports what asks for idle time) replaces `requestIdleCallback` with a queue, given back after
 * the file's tests. Each test file runs in a fresh page.
 */

/** Idle callbacks asked for and not yet run. */
export const asked: IdleRequestCallback[] = [];
const browserIdle = window.requestIdleCallback;
window.requestIdleCallback = (callback) => asked.push(callback);
afterAll(() => {
  window.requestIdleCallback = browserIdle;
});

/**
 * One idle period of `ms`: the callbacks asked for so far run (those they ask for wait for the next).
 * With `reads`, the period ends after that many reads of `timeRemaining` (a period the page cuts short).
 */
export function idlePeriod(ms: number, reads = Infinity): void {
  const end = performance.now() + ms;
  let left = reads;
  const timeRemaining = () => (left-- > 0 ? Math.max(0, end - performance.now()) : 0);
  for (const callback of asked.splice(0)) callback({ didTimeout: false, timeRemaining });
}
