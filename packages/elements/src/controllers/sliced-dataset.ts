/**
 * The time-sliced path of a large dataset (see `SLICED_MIN_EVENTS` in dataset-controller.ts): a
 * lazy chunk, which pages with small data never download. Each function runs its steps with
 * `runInSlices`, reports progress, and rejects with the signal's reason once it aborts.
 */
import type { Dataset, PreparedTimeline } from '@syria-timeline/core';
import type { LoadProgress } from '../load-progress.js';
import { runInSlices, yieldToEventLoop } from '../run-in-slices.js';
import { rememberPreparedTimeline } from '../prepared-timelines.js';
import { firstDrawSteps } from '../first-draw-steps.js';
import { prepareTimelineSteps } from '@syria-timeline/core';
// Imported here (the same chunk the small-data path imports), so that a bundler asks for both chunks at once, not one after the other.
import { validDatasetSteps } from '../fast-dataset-check.js';

// The staged first drawing of large data, which only large data needs (see its file).
export { StagedFirstDraw } from '../staged-first-draw.js';

/**
 * `dataset` checked by the fast check's steps (`validDatasetSteps`) in slices, after a yield (the
 * update that saw the data shows the progress bar first): the dataset, or undefined when invalid;
 * rejects with what a step throws.
 */
export async function checkInSlices(dataset: unknown, total: number, signal: AbortSignal, onProgress: (p: LoadProgress) => void): Promise<Dataset | undefined> {
  await yieldToEventLoop();
  signal.throwIfAborted();
  onProgress({ phase: 'checking', loaded: 0, total });
  return runInSlices(validDatasetSteps(dataset), { signal, onProgress: (loaded) => onProgress({ phase: 'checking', loaded, total }) });
}

/**
 * `steps` (the validator's `parseDatasetSteps`, for data the check said no to) in slices: the
 * dataset, or a rejection with its `DatasetError` (or the signal's reason once it aborts).
 */
export function parseInSlices(steps: Iterator<number, Dataset>, signal: AbortSignal): Promise<Dataset> {
  return runInSlices(steps, { signal });
}

/**
 * A valid `dataset` prepared for drawing in slices (kept for `preparedTimelineOf`), then readied
 * for its first drawing (`readyForDrawing`).
 */
export async function prepareInSlices(dataset: Dataset, total: number, signal: AbortSignal, onProgress: (p: LoadProgress) => void): Promise<void> {
  // The update that shows this phase is a task of its own: the first count it formats readies the
  // browser's number formats (tens of ms in a fresh page), which should not add to the check's last slice.
  await yieldToEventLoop();
  signal.throwIfAborted();
  onProgress({ phase: 'events', loaded: 0, total });
  await yieldToEventLoop();
  signal.throwIfAborted();
  const prepared = await runInSlices(prepareTimelineSteps(dataset), { signal, onProgress: (loaded) => onProgress({ phase: 'events', loaded, total }) });
  rememberPreparedTimeline(prepared);
  await readyForDrawing(prepared, signal);
}

/**
 * What the first drawing of `prepared` would do in one task (the legend's types and facts, the
 * axis, the lanes' indices: first-draw-steps.ts), in slices; then a yield, so that the drawing
 * (the model, the first layout, Lit) is a task of its own.
 */
export async function readyForDrawing(prepared: PreparedTimeline, signal: AbortSignal): Promise<void> {
  await runInSlices(firstDrawSteps(prepared), { signal });
  await yieldToEventLoop();
  signal.throwIfAborted();
}
