import { describe, expect, it } from 'vitest';
import { runInSlices, yieldToEventLoop } from './run-in-slices.js';

/** Steps that each keep the thread busy for `stepMs`, yielding how many have run; returns `result`. */
function* busy<R>(steps: number, stepMs: number, result: R, log: string[] = []): Generator<number, R> {
  try {
    for (let i = 1; i <= steps; i++) {
      const until = performance.now() + stepMs;
      while (performance.now() < until);
      log.push(`step ${i}`);
      yield i;
    }
    return result;
  } finally {
    log.push('closed');
  }
}

describe('runInSlices', () => {
  it('runs the steps to the end and resolves to their return value', async () => {
    const log: string[] = [];
    expect(await runInSlices(busy(5, 0, 'done', log))).toBe('done');
    expect(log).toEqual(['step 1', 'step 2', 'step 3', 'step 4', 'step 5', 'closed']);
  });

  it('gives the thread back between slices: timers and frames run while it works, and no slice runs much past its budget', async () => {
    const events: string[] = [];
    const longest = { ms: 0 };
    let last = performance.now();
    const watch = () => {
      const now = performance.now();
      longest.ms = Math.max(longest.ms, now - last);
      last = now;
    };
    let frames = 0;
    const frame = () => {
      frames++;
      events.push('frame');
      if (!done) requestAnimationFrame(frame);
    };
    let done = false;
    requestAnimationFrame(frame);
    setTimeout(() => events.push('timer'), 0);
    const progress: number[] = [];
    // 150 steps of 2 ms: ~300 ms of work, in slices of 10 ms.
    const work = runInSlices(busy(150, 2, 'ok'), { budgetMs: 10, onProgress: (n) => (progress.push(n), watch()) });
    last = performance.now();
    expect(await work).toBe('ok');
    done = true;
    expect(events).toContain('timer');
    expect(frames).toBeGreaterThanOrEqual(2);
    // Progress is reported once per slice, rising; a slice is its budget plus at most one step (generous for a busy machine).
    expect(progress.length).toBeGreaterThanOrEqual(10);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBeLessThanOrEqual(150);
    expect(longest.ms).toBeLessThan(200);
  });

  it('stops when its signal aborts: the steps are closed, the promise rejects with the reason, no more steps run', async () => {
    const log: string[] = [];
    const job = new AbortController();
    const work = runInSlices(busy(1_000, 1, 'never', log), { budgetMs: 5, signal: job.signal });
    await yieldToEventLoop();
    job.abort(new Error('newer data'));
    await expect(work).rejects.toThrow('newer data');
    const ran = log.filter((l) => l.startsWith('step')).length;
    expect(log.at(-1)).toBe('closed');
    expect(ran).toBeLessThan(1_000);
    await new Promise((r) => setTimeout(r, 20));
    expect(log.filter((l) => l.startsWith('step')).length).toBe(ran);
  });

  it('does not start when its signal has already aborted', async () => {
    const log: string[] = [];
    await expect(runInSlices(busy(3, 0, 'x', log), { signal: AbortSignal.abort() })).rejects.toThrow();
    expect(log.filter((l) => l.startsWith('step'))).toEqual([]);
  });

  it('rejects with what a step throws', async () => {
    function* failing(): Generator<number, void> {
      yield 1;
      throw new RangeError('bad date');
    }
    await expect(runInSlices(failing())).rejects.toThrow(RangeError);
  });
});
