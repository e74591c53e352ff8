/**
 * Largest canvas side and area the PNG export asks for: Chromium refuses sides over 32,767 px and
 * areas over 268 million px (a zero-size canvas, then `IndexSizeError`); a quarter of that area
 * (≈256 MB of pixels) is what a page can afford to allocate without risking the tab.
 */
export const PNG_MAX_SIDE = 32_767;
export const PNG_MAX_AREA = 67_108_864;

/**
 * The scale actually used for an image of `width` × `height` CSS px at the `asked` scale: `asked`
 * when the canvas fits, else the largest scale that does (a big timeline gives a smaller PNG, not
 * an error). Throws a RangeError for a scale that is not a positive finite number, and an Error
 * when even one canvas pixel per CSS pixel row cannot fit.
 */
export function pngScale(asked: unknown, width: number, height: number): number {
  if (typeof asked !== 'number' || !Number.isFinite(asked) || asked <= 0) {
    throw new RangeError(`exportPng: scale must be a positive finite number, got ${describe(asked)} (leave it out for the default)`);
  }
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const fit = Math.min(asked, PNG_MAX_SIDE / w, PNG_MAX_SIDE / h, Math.sqrt(PNG_MAX_AREA / (w * h)));
  if (Math.round(w * fit) < 1 || Math.round(h * fit) < 1) {
    throw new Error(`exportPng: the timeline (${w} × ${h} px) is too large for a PNG in this browser (at most ${PNG_MAX_SIDE} px a side); use exportSvg()`);
  }
  return fit;
}

function describe(value: unknown): string {
  if (typeof value === 'number' || value === null || value === undefined) return String(value);
  return typeof value === 'string' ? JSON.stringify(value) : `a ${typeof value}`;
}
