import type { Dataset, DatasetIssue } from '@syria-timeline/core';

/** Main thread → dataset worker: the `src` answer's bytes as they arrive, then its end. */
export type ToDatasetWorker =
  | { type: 'start'; src: string }
  | { type: 'chunk'; bytes: Uint8Array }
  | { type: 'end' };

/**
 * Dataset worker → main thread: `ready` once its module has loaded (until then the main thread
 * keeps the bytes, and falls back to parsing them itself if the worker never loads); then, for a
 * valid dataset, `head` (everything but the events, and how many there are), the events in
 * batches small enough to deserialise in a few ms each, and `done`; or `invalid` with core's issues
 * (a `DatasetError` is rebuilt from them), or `failed` with the message of any other error.
 */
export type FromDatasetWorker =
  | { type: 'ready' }
  | { type: 'head'; dataset: Dataset; events: number }
  | { type: 'events'; events: Dataset['events'] }
  | { type: 'done' }
  | { type: 'invalid'; issues: readonly DatasetIssue[] }
  | { type: 'failed'; message: string };
