/**
 * The time-sliced path of a large dataset (see `SLICED_MIN_EVENTS` in dataset-controller.ts): a
 * lazy chunk, which pages with small data never download. Each function runs its steps with
 * `runInSlices`, reports progress, and rejects with the signal's reason once it aborts.
 */
import type { Dataset, PreparedTimeline } from '@syria-timeline/core';
import type * as Validator from '@syria-timeline/core/validate';
import type { LoadProgress } from '../load-progress.js';
import type { DatasetState } from './dataset-controller.js';
import { runInSlices, yieldToEventLoop } from '../run-in-slices.js';
import { rememberPreparedTimeline } from '../prepared-timelines.js';
import { firstDrawSteps } from '../first-draw-steps.js';
import { prepareTimelineSteps } from '@syria-timeline/core';
// Imported here (the same chunk the small-data path imports), so that a bundler asks for both chunks at once, not one after the other.
import { validDatasetSteps } from '../fast-dataset-check.js';

// The staged first drawing of large data, which only large data needs (see its file).
export { StagedFirstDraw } from '../staged-first-draw.js';

/** How the dataset controller (in the first load) states data that cannot be read, and data the check said no to. */
export interface Verdicts {
  unreadable(e: unknown): Error;
  invalid(dataset: unknown, parse: (validator: typeof Validator) => Promise<Dataset>): Promise<DatasetState>;
}

/**
 * `dataset` checked (the fast check's steps), then prepared for drawing (kept for
 * `preparedTimelineOf`) and readied for its first drawing, in time slices; `onProgress` hears the
 * events checked, then prepared. A check that throws, or says no, ends in `verdicts`' state.
 * Rejects with the signal's reason once `signal` aborts.
 */
export async function checkAndPrepare(dataset: unknown, total: number, signal: AbortSignal, onProgress: (p: LoadProgress) => void, verdicts: Verdicts): Promise<DatasetState> {
  let valid: Dataset | undefined;
  try {
    valid = await checkInSlices(dataset, total, signal, onProgress);
  } catch (e) {
    if (signal.aborted) throw e;
    return { status: 'error', error: verdicts.unreadable(e) };
  }
  // Its problems are listed in slices too (the same DatasetError as parseDataset's).
  if (!valid) return verdicts.invalid(dataset, (v) => parseInSlices(v.parseDatasetSteps(dataset), signal));
  await prepareInSlices(valid, total, signal, onProgress);
  return { status: 'ready', data: valid };
}

/**
 * `dataset` checked by the fast check's steps (`validDatasetSteps`) in slices, after a yield (the
 * update that saw the data shows the progress bar first): the dataset, or undefined when invalid;
 * rejects with what a step throws.
 */
async function checkInSlices(dataset: unknown, total: number, signal: AbortSignal, onProgress: (p: LoadProgress) => void): Promise<Dataset | undefined> {
  await yieldToEventLoop();
  signal.throwIfAborted();
  onProgress({ phase: 'checking', loaded: 0, total });
  return runInSlices(validDatasetSteps(dataset), { signal, onProgress: (loaded) => onProgress({ phase: 'checking', loaded, total }) });
}

/**
 * `steps` (the validator's `parseDatasetSteps`, for data the check said no to) in slices: the
 * dataset, or a rejection with its `DatasetError` (or the signal's reason once it aborts).
 */
function parseInSlices(steps: Iterator<number, Dataset>, signal: AbortSignal): Promise<Dataset> {
  return runInSlices(steps, { signal });
}

/**
 * A valid `dataset` prepared for drawing in slices (kept for `preparedTimelineOf`), then readied
 * for its first drawing (`readyForDrawing`).
 */
async function prepareInSlices(dataset: Dataset, total: number, signal: AbortSignal, onProgress: (p: LoadProgress) => void): Promise<void> {
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
