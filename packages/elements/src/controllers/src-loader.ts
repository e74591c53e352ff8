import type { Dataset } from '@syria-timeline/core';
import { startDatasetWorker, type DatasetWorkerJob } from '../dataset-worker-client.js';
import type { LoadProgress } from '../load-progress.js';
import { parseSrcJson } from '../src-json.js';

/** Answers at least this large are parsed and validated in a dataset worker, where one can run. */
export const WORKER_MIN_BYTES = 1024 * 1024;

export interface SrcLoadOptions {
  /** Validates parsed JSON on the main thread (small answers, or where no worker runs). */
  check: (json: unknown) => Promise<Dataset>;
  /** Called as bytes, then events, arrive (not after `signal` aborts). */
  onProgress: (progress: LoadProgress) => void;
  /** false: never start a worker (the main-thread path, whatever the size). */
  worker?: boolean;
}

/**
 * Fetches `src` as a stream and reads it as a dataset: bytes are counted as they arrive (with the
 * Content-Length, when the server sends one for the body as read); an answer of `WORKER_MIN_BYTES`
 * or more is handed, chunk by chunk, to a dataset worker that parses and validates it and sends
 * the events back in batches; a smaller one, or any where no worker loads, is parsed here. Aborting
 * `signal` cancels the fetch and ends the worker. Errors are those of the main-thread path.
 */
export async function loadSrc(src: string, signal: AbortSignal, { check, onProgress, worker = true }: SrcLoadOptions): Promise<Dataset> {
  const progress = (p: LoadProgress) => signal.aborted || onProgress(p);
  let response: Response;
  try {
    response = await fetch(src, { signal });
  } catch (e) {
    if (signal.aborted) throw e;
    throw new Error(`Could not load ${src}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!response.ok) throw new Error(`Could not load ${src}: the server answered ${response.status} ${response.statusText}`.trim());
  // A Content-Length of a compressed body counts other bytes than the reader's: no total then.
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const length = Number(response.headers.get('content-length') ?? NaN);
  let total = !encoded && Number.isFinite(length) && length > 0 ? length : undefined;

  let job = null as DatasetWorkerJob | null; // set once a worker has loaded
  let starting: Promise<DatasetWorkerJob | null> | null = null;
  const held: Uint8Array[] = []; // bytes not (yet) with a worker
  const stop = () => job?.terminate();
  signal.addEventListener('abort', stop, { once: true });
  try {
    let loaded = 0;
    progress({ phase: 'bytes', loaded, total });
    const reader = response.body?.getReader();
    for (;;) {
      const chunk = reader ? await reader.read() : { done: true as const, value: undefined };
      if (chunk.done) break;
      loaded += chunk.value.byteLength;
      if (total !== undefined && loaded > total) total = undefined;
      progress({ phase: 'bytes', loaded, total });
      if (job) job.push(chunk.value);
      else held.push(chunk.value);
      if (worker && !starting && loaded >= WORKER_MIN_BYTES) {
        starting = startDatasetWorker(src, signal).then((started) => {
          if (started) for (const bytes of held.splice(0)) started.push(bytes);
          return (job = started);
        });
      }
    }
    signal.throwIfAborted();
    if (starting) await starting;
    signal.throwIfAborted();
    if (job) {
      progress({ phase: 'checking' });
      return await job.end((done, count) => progress({ phase: 'events', loaded: done, total: count }));
    }
    return await check(parseSrcJson(decode(held), src));
  } finally {
    signal.removeEventListener('abort', stop);
    job?.terminate();
  }
}

/** The bytes as UTF-8 text (a byte order mark dropped, as `Response.text()` does). */
function decode(chunks: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  let text = '';
  for (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
