import { describe, expect, it } from 'vitest';
import { warmUp, warmUpWindows } from './layout-warm-up.js';

describe('warm-up of a large dataset\'s first zoom', () => {
  it('lays out zoomed windows inside the extent', () => {
    const extent = { start: 0, end: 1_000_000 };
    const windows = warmUpWindows(extent);
    expect(windows.length).toBeGreaterThan(0);
    for (const w of windows) {
      expect(w.start).toBeGreaterThanOrEqual(extent.start);
      expect(w.end).toBeLessThanOrEqual(extent.end);
      expect(w.end - w.start).toBeLessThanOrEqual((extent.end - extent.start) / 4);
    }
    // Several depths, down to a week of a five-year extent.
    const spans = windows.map((w) => w.end - w.start);
    expect(new Set(spans).size).toBeGreaterThanOrEqual(3);
    expect(Math.min(...spans)).toBeLessThanOrEqual((extent.end - extent.start) / 256);
  });

  it('runs each window once, later, one per idle period; a cancel stops what has not run', async () => {
    const windows = warmUpWindows({ start: 0, end: 1_000_000 });
    const seen: number[] = [];
    warmUp(windows, (w) => seen.push(w.start));
    expect(seen).toEqual([]);
    await expect.poll(() => seen.length, { timeout: 10_000 }).toBe(windows.length);
    expect(seen).toEqual(windows.map((w) => w.start));

    const none: number[] = [];
    const cancel = warmUp(windows, (w) => none.push(w.start));
    cancel();
    await new Promise((r) => setTimeout(r, 500));
    expect(none).toEqual([]);
  });
});
