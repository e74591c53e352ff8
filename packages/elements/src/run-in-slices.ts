export interface SliceOptions<P> {
  /** How long a slice may run before the event loop gets the thread back, ms (default `SLICE_BUDGET_MS`). */
  budgetMs?: number;
  /** Aborting it stops the steps at the end of the slice in flight: the promise rejects with its reason. */
  signal?: AbortSignal | undefined;
  /** Called with the last value the steps yielded, once per slice, before the thread is given back. */
  onProgress?: ((value: P) => void) | undefined;
}

/** A slice's default budget, ms: a frame's worth, well under the 50 ms of a long task. */
export const SLICE_BUDGET_MS = 12;

/**
 * At least this often, ms, a slice gives way to the page's own queued tasks too (timers, messages):
 * `scheduler.yield()` continuations run before them, so only input and frames would get through.
 */
const FAIR_EVERY_MS = 100;

/**
 * Runs `steps` to the end in time slices: it calls `next()` until a slice has used `budgetMs`,
 * reports the last yielded value, gives the event loop the thread back (input and frames run;
 * at least every `FAIR_EVERY_MS` the page's queued tasks too: timers, messages), and goes on. Resolves to the iterator's return value. Aborting `signal` (a newer dataset,
 * a disconnection) ends the steps (`return()`, so that their `finally` runs) and rejects with the
 * signal's reason: a stale result never lands. An exception thrown by a step rejects the promise.
 * A slice is one step at least, however long that step takes.
 */
export async function runInSlices<P, R>(steps: Iterator<P, R>, { budgetMs = SLICE_BUDGET_MS, signal, onProgress }: SliceOptions<P> = {}): Promise<R> {
  let fairAt = performance.now();
  try {
    for (;;) {
      signal?.throwIfAborted();
      const start = performance.now();
      let last: IteratorResult<P, R>;
      do last = steps.next();
      while (!last.done && performance.now() - start < budgetMs);
      if (last.done) return last.value;
      onProgress?.(last.value);
      const now = performance.now();
      const fair = now - fairAt >= FAIR_EVERY_MS;
      if (fair) fairAt = now;
      await yieldToEventLoop(fair);
    }
  } catch (e) {
    // Ended early (aborted, or a step threw): let the steps close what they hold.
    try {
      steps.return?.();
    } catch {
      // The first failure is the one to report.
    }
    throw e;
  }
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a later task: `scheduler.yield()` where the browser has it (Chromium 129+: input and
 * a due frame go first, then the continuation, ahead of the page's other queued tasks), else, or
 * when `fair` (the page's queued tasks go first too), a MessageChannel message (a task at once;
 * `setTimeout` is clamped to 4 ms after a few nested calls).
 */
export function yieldToEventLoop(fair = false): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (!fair && typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
