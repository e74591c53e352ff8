import type { ViewDomain } from '@syria-timeline/core';

/** How long an animated zoom or pan step takes by default, ms. */
export const ZOOM_ANIMATION_MS = 200;

/** d3's easeCubicOut: fast start, soft landing (the eye follows the place it was looking at). */
const ease = (p: number): number => 1 - (1 - p) ** 3;

const reducedMotion = (): boolean => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * One animated view change at a time: calls `step` with the eased progress (0 < p < 1) on each
 * animation frame for `durationMs` (default `ZOOM_ANIMATION_MS`), then with exactly 1. Under
 * `prefers-reduced-motion`, with a duration of 0, or in a hidden page (no frames run), `step(1)`
 * is called at once. A frame that never comes (a page
 * hidden mid-way) is covered by a timer. `stop` interrupts: `step` is not called again, and the
 * caller keeps whatever the last step left (a gesture then continues from there).
 */
export class ViewAnimation {
  private step: ((p: number) => void) | null = null;
  private target: ViewDomain | null = null;
  private resolve: (() => void) | null = null;
  private promise: Promise<void> | null = null;
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | 0 = 0;

  /** Resolves when the running animation ends or is stopped; null when none runs. */
  get running(): Promise<void> | null {
    return this.promise;
  }

  /** Starts animating towards `target` (stopping one that runs). */
  start(step: (p: number) => void, target: ViewDomain, durationMs = ZOOM_ANIMATION_MS): void {
    this.stop();
    // No frames to animate with (a hidden page, a fake DOM without requestAnimationFrame): at once.
    const noFrames = typeof requestAnimationFrame !== 'function' || globalThis.document?.visibilityState === 'hidden';
    if (!(durationMs > 0) || reducedMotion() || noFrames) {
      step(1);
      return;
    }
    this.step = step;
    this.target = target;
    this.promise = new Promise((resolve) => (this.resolve = resolve));
    const t0 = performance.now();
    const tick = (now: number): void => {
      const p = (now - t0) / durationMs;
      if (p >= 1) return this.finish();
      if (p > 0) step(ease(p));
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
    this.timer = setTimeout(() => this.finish(), durationMs * 2);
  }

  /** Interrupts the running animation; returns where it was headed, or null when none ran. */
  stop(): ViewDomain | null {
    if (this.step === null) return null;
    const { target, resolve } = this;
    this.clear();
    resolve?.();
    return target;
  }

  private finish(): void {
    const { step, resolve } = this;
    this.clear();
    // The last step may start another animation (a listener of the change zooms again): cleared first.
    step?.(1);
    resolve?.();
  }

  private clear(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.frame = 0;
    this.timer = 0;
    this.step = null;
    this.target = null;
    this.resolve = null;
    this.promise = null;
  }
}

/**
 * The host's `--syria-timeline-zoom-duration` in ms ('200ms', '0.3s'), or `ZOOM_ANIMATION_MS` when
 * it is unset or unreadable. Read once per step (a style read, not per frame).
 */
export function zoomDuration(host: Element): number {
  const value = getComputedStyle(host).getPropertyValue('--syria-timeline-zoom-duration').trim();
  const match = /^(\d*\.?\d+)(ms|s)$/.exec(value);
  if (!match) return ZOOM_ANIMATION_MS;
  return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}
