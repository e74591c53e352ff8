import type { Dataset, DatasetIssue, PreparedTimeline } from '@syria-timeline/core';

/**
 * A `PreparedTimeline` without its dataset and events (the main thread has those) nor `orderIds`
 * (a million strings in one message cost the main thread ~150 ms to deserialise, and ~100 ms to
 * look up again from the events: they come as JSON text in batches), its typed arrays transferred.
 */
export type PreparedWithoutData = Omit<PreparedTimeline, 'dataset' | 'events' | 'orderIds'>;

/** Main thread → dataset worker: the `src` answer's bytes as they arrive, then its end. */
export type ToDatasetWorker =
  | { type: 'start'; src: string }
  | { type: 'chunk'; bytes: Uint8Array }
  | { type: 'end' };

/**
 * Dataset worker → main thread: `ready` once its module has loaded (until then the main thread
 * keeps the bytes, and falls back to parsing them itself if the worker never loads); then the
 * events (`events-start`, then batches small enough to parse in a few ms each), sent as soon as
 * the JSON is parsed, while the worker validates it; then, for a valid dataset, `head` (everything
 * but the events), the prepared timeline and `done`; or `invalid` with core's issues (a
 * `DatasetError` is rebuilt from them, the events received are dropped), or `failed` with the
 * message of any other error.
 */
export type FromDatasetWorker =
  | { type: 'ready' }
  /** The events follow, `count` of them, replacing any sent before. */
  | { type: 'events-start'; count: number }
  /** The validated dataset, its `events` empty (they came in batches). */
  | { type: 'head'; dataset: Dataset }
  /** A batch of events as JSON text: the main thread parses ~512 KB of JSON in 2–5 ms, where deserialising the same objects from a structured clone took ~10 ms. */
  | { type: 'events'; json: string }
  /** core's `prepareTimeline` of the dataset, done in the worker too (absent if it threw: the main thread then prepares, and reports). */
  | { type: 'prepared'; prepared: PreparedWithoutData }
  /** The next `orderIds` of the prepared timeline, as a JSON list. */
  | { type: 'order-ids'; json: string }
  | { type: 'done' }
  | { type: 'invalid'; issues: readonly DatasetIssue[] }
  | { type: 'failed'; message: string };
