/**
 * The dataset worker (a module Worker started by `dataset-worker-client.ts`): decodes the bytes of
 * a `src` answer as they arrive, then parses and validates the JSON off the main thread, and sends
 * the dataset back in batches of events, each small enough for the main thread to deserialise
 * within a frame's slack (one 250 MB message would be one task of seconds). Errors are those of the
 * main-thread path: the same JSON messages, and core's `DatasetError` issues.
 */
import { DatasetError, validDataset } from '@syria-timeline/core';
import type { FromDatasetWorker, ToDatasetWorker } from './dataset-worker-protocol.js';
import { parseSrcJson } from './src-json.js';

/** Bytes of JSON per batch of events sent back: ~2–5 ms to deserialise on a slow machine. */
const BATCH_BYTES = 256 * 1024;

interface WorkerScope {
  postMessage(message: FromDatasetWorker): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToDatasetWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;

let src = '';
let decoder = new TextDecoder();
let parts: string[] = [];
let bytes = 0;

scope.addEventListener('message', ({ data: message }) => {
  switch (message.type) {
    case 'start':
      src = message.src;
      decoder = new TextDecoder();
      parts = [];
      bytes = 0;
      break;
    case 'chunk':
      bytes += message.bytes.byteLength;
      parts.push(decoder.decode(message.bytes, { stream: true }));
      break;
    case 'end':
      parts.push(decoder.decode());
      finish(parts.join('')).catch((e: unknown) => scope.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) }));
      parts = [];
      break;
  }
});

async function finish(text: string): Promise<void> {
  const json = parseSrcJson(text, src);
  text = '';
  let dataset = validDataset(json);
  if (!dataset) {
    try {
      const { parseDataset } = await import('@syria-timeline/core/validate');
      dataset = parseDataset(json);
    } catch (e) {
      if (e instanceof DatasetError) return scope.postMessage({ type: 'invalid', issues: e.issues });
      throw e;
    }
  }
  const events = dataset.events;
  scope.postMessage({ type: 'head', dataset: { ...dataset, events: [] }, events: events.length });
  const batch = Math.max(64, Math.floor(BATCH_BYTES / Math.max(1, bytes / Math.max(1, events.length))));
  for (let i = 0; i < events.length; i += batch) scope.postMessage({ type: 'events', events: events.slice(i, i + batch) });
  scope.postMessage({ type: 'done' });
}

scope.postMessage({ type: 'ready' });
