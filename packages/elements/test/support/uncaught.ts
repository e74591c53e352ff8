import { afterEach, beforeEach } from 'vitest';

/**
 * The page's uncaught errors and unhandled rejections during the current test, in a list emptied
 * before each test. Chromium's "ResizeObserver loop completed with undelivered notifications" counts
 * too: error trackers report it, and the element never causes it (resize-loop.test.ts).
 */
export function trackUncaught(): unknown[] {
  const seen: unknown[] = [];
  const onError = (e: ErrorEvent) => {
    seen.push(e.error ?? e.message);
  };
  const onRejection = (e: PromiseRejectionEvent) => seen.push(e.reason);
  beforeEach(() => {
    seen.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return seen;
}
