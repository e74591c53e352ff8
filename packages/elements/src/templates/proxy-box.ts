import { roundPx } from '../round-px.js';

/** The proxy's geometry: the box of its mark for the one holding the tab stop (so assistive technology and the browser find it there), none for the others. */
export function proxyBox(box: { x0: number; x1: number; y0: number; y1: number } | null): (string | number)[] {
  if (!box) return ['x', 0, 'y', 0, 'width', 0, 'height', 0];
  return ['x', roundPx(box.x0), 'y', roundPx(box.y0), 'width', roundPx(box.x1 - box.x0), 'height', roundPx(box.y1 - box.y0)];
}
