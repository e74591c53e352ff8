import { cdp } from 'vitest/browser';

/**
 * Real mouse, wheel and touch input through the Chrome DevTools Protocol: Chromium hit-tests,
 * applies `touch-action`, pointer capture and click targeting as it would for a user, which
 * synthetic `dispatchEvent` calls would skip. Points are in this document's client px.
 *
 * The test page runs in an iframe that the runner scales, while CDP takes top-level page px:
 * `page` maps a point up through the (same-origin) frames, from each frame element's box.
 */
function page(x: number, y: number): { x: number; y: number } {
  if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`real-input: got the point (${x}, ${y}), expected finite client px`);
  let w: Window = window;
  while (w !== w.parent) {
    const frame = w.frameElement as HTMLElement | null;
    if (!frame) throw new Error('real-input: the test frame is cross-origin, so its position on the page is unknown');
    const box = frame.getBoundingClientRect();
    // The box is after CSS transforms (the runner scales the frame); offsetWidth is before them.
    const scale = box.width / frame.offsetWidth;
    const inner = (frame.clientWidth / w.innerWidth) * scale;
    x = box.left + frame.clientLeft * scale + x * inner;
    y = box.top + frame.clientTop * scale + y * inner;
    w = w.parent;
  }
  return { x, y };
}

export interface Point {
  x: number;
  y: number;
}

const SHIFT = 8;

type MouseType = 'mousePressed' | 'mouseReleased' | 'mouseMoved';

async function mouse(type: MouseType, p: Point, options: { clickCount?: number; shift?: boolean; pressed?: boolean } = {}) {
  await cdp().send('Input.dispatchMouseEvent', {
    type, ...page(p.x, p.y),
    button: type === 'mouseMoved' && !options.pressed ? 'none' : 'left',
    buttons: options.pressed || type === 'mousePressed' ? 1 : 0,
    clickCount: options.clickCount ?? (type === 'mouseMoved' ? 0 : 1),
    modifiers: options.shift ? SHIFT : 0,
  });
}

/** A left click (press and release without moving). */
export async function click(p: Point): Promise<void> {
  await mouse('mouseMoved', p);
  await mouse('mousePressed', p);
  await mouse('mouseReleased', p);
}

/** A double-click; `shift` holds Shift. */
export async function doubleClick(p: Point, shift = false): Promise<void> {
  await mouse('mouseMoved', p);
  await mouse('mousePressed', p, { clickCount: 1, shift });
  await mouse('mouseReleased', p, { clickCount: 1, shift });
  await mouse('mousePressed', p, { clickCount: 2, shift });
  await mouse('mouseReleased', p, { clickCount: 2, shift });
}

/** Presses the left button at `from`, moves to `to` in `steps`, and releases there. */
export async function mouseDrag(from: Point, to: Point, steps = 5): Promise<void> {
  await mouse('mouseMoved', from);
  await mouse('mousePressed', from);
  for (let i = 1; i <= steps; i++) {
    await mouse('mouseMoved', { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps }, { pressed: true });
  }
  await mouse('mouseReleased', to);
}

const CTRL = 2;

/** Turns the wheel at `p` (negative `deltaY` is away from the user: zoom in); `ctrl` holds Ctrl (a zoom, or a trackpad pinch). */
export async function wheel(p: Point, deltaY: number, ctrl = false): Promise<void> {
  await cdp().send('Input.dispatchMouseEvent', { type: 'mouseWheel', ...page(p.x, p.y), deltaX: 0, deltaY, modifiers: ctrl ? CTRL : 0 });
}

/** Turns touch input on (two touch points) or off; call with false after each touch test. */
export async function touchScreen(enabled: boolean): Promise<void> {
  await cdp().send('Emulation.setTouchEmulationEnabled', { enabled, maxTouchPoints: 2 });
}

/** Fingers down at `from[i]`, moved to `to[i]` in `steps`, then lifted. */
export async function touchDrag(from: Point[], to: Point[], steps = 5): Promise<void> {
  const points = (ps: Point[]) => ps.map((p, i) => ({ ...page(p.x, p.y), id: i + 1 }));
  await cdp().send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
  for (let s = 1; s <= steps; s++) {
    const step = from.map((p, i) => ({ x: p.x + ((to[i]!.x - p.x) * s) / steps, y: p.y + ((to[i]!.y - p.y) * s) / steps }));
    await cdp().send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(step) });
  }
  await cdp().send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}
