import { DatasetError, type Dataset } from '@syria-timeline/core';
import type { FromDatasetWorker, PreparedWithoutData, ToDatasetWorker } from './dataset-worker-protocol.js';
import { rememberPreparedTimeline } from './prepared-timelines.js';

/** How long a dataset worker may take to load before the main thread parses the data itself, ms. */
const READY_TIMEOUT_MS = 10_000;

/** One `src` answer being read by a dataset worker (see `startDatasetWorker`). */
export interface DatasetWorkerJob {
  /** Hands the next bytes of the answer to the worker (transferred: `bytes` is unusable after). */
  push(bytes: Uint8Array): void;
  /**
   * The answer is complete: resolves with the dataset (its events assembled from the worker's
   * batches, `onEvents` called after each; its prepared timeline kept for `preparedTimelineOf`), or rejects with the error the main thread would have
   * raised (a `DatasetError` with core's issues, or the JSON message).
   */
  end(onEvents: (loaded: number, total: number) => void): Promise<Dataset>;
  /** Stops the worker: nothing more arrives. */
  terminate(): void;
}

/**
 * Starts a module Worker (dataset-worker.ts) to read `src`'s answer, and resolves with the job once
 * the worker's module has loaded; null where no worker can run: no `Worker` (a fake DOM), a CSP
 * that forbids it, a bundler that did not ship the worker file (it 404s or is not a script), or a
 * worker that does not load in `READY_TIMEOUT_MS`. The caller then parses on the main thread.
 * Aborting `signal` stops a worker still loading (and resolves null).
 *
 * The `new Worker(new URL('./dataset-worker.js', import.meta.url), { type: 'module' })` form is
 * the one Vite, webpack 5 and Rollup (with a plugin) recognise and bundle; esbuild leaves it alone.
 */
export function startDatasetWorker(src: string, signal: AbortSignal): Promise<DatasetWorkerJob | null> {
  let worker: Worker;
  try {
    if (typeof Worker !== 'function') return Promise.resolve(null);
    worker = new Worker(new URL('./dataset-worker.js', import.meta.url), { type: 'module', name: 'syria-timeline dataset' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => giveUp(), READY_TIMEOUT_MS);
    const giveUp = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', giveUp);
      worker.terminate();
      resolve(null);
    };
    signal.addEventListener('abort', giveUp, { once: true });
    worker.onerror = giveUp;
    worker.onmessage = (e: MessageEvent<FromDatasetWorker>) => {
      if (e.data?.type !== 'ready') return;
      clearTimeout(timer);
      signal.removeEventListener('abort', giveUp);
      post({ type: 'start', src });
      resolve(job(worker, src, post));
    };
    const post = (message: ToDatasetWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  });
}

function job(worker: Worker, src: string, post: (message: ToDatasetWorker, transfer?: Transferable[]) => void): DatasetWorkerJob {
  return {
    push(bytes) {
      // A view of part of a larger buffer would transfer the whole of it: send a copy of the part.
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      post({ type: 'chunk', bytes: own }, [own.buffer]);
    },
    end(onEvents) {
      return new Promise<Dataset>((resolve, reject) => {
        let head: Dataset | null = null;
        let events: Dataset['events'][number][] = [];
        let total = 0;
        let prepared: PreparedWithoutData | null = null;
        const orderIds: string[] = [];
        worker.onerror = (e) => {
          worker.terminate();
          reject(new Error(`Could not read ${src}: the dataset worker stopped${e instanceof ErrorEvent && e.message ? `: ${e.message}` : ''}`));
        };
        worker.onmessage = ({ data: message }: MessageEvent<FromDatasetWorker>) => {
          switch (message.type) {
            case 'events-start':
              total = message.count;
              events = [];
              onEvents(0, total);
              break;
            case 'head':
              head = message.dataset;
              break;
            case 'events':
              for (const event of JSON.parse(message.json) as Dataset['events']) events.push(event);
              onEvents(events.length, total);
              break;
            case 'prepared':
              prepared = message.prepared;
              break;
            case 'order-ids':
              for (const id of JSON.parse(message.json) as string[]) orderIds.push(id);
              break;
            case 'done': {
              worker.terminate();
              const dataset = { ...head!, events };
              if (prepared && orderIds.length === prepared.order.length) rememberPreparedTimeline({ ...prepared, orderIds, dataset, events });
              resolve(dataset);
              break;
            }
            case 'invalid':
              worker.terminate();
              reject(new DatasetError(message.issues));
              break;
            case 'failed':
              worker.terminate();
              reject(new Error(message.message));
              break;
          }
        };
        post({ type: 'end' });
      });
    },
    terminate: () => worker.terminate(),
  };
}
