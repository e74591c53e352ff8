/**
 * Rounds a coordinate to a tenth of a pixel, as the batched mark paths write every number: finer
 * than anything drawn at 1× or 2×, and short strings for the browser to parse on each zoom step.
 */
export const roundPx = (v: number): number => Math.round(v * 10) / 10;
