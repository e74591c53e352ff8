/**
 * The dataset worker (a module Worker started by `dataset-worker-client.ts`): decodes the bytes of
 * a `src` answer as they arrive, then parses and validates the JSON off the main thread, and sends
 * the dataset back in batches of events as JSON text, each small enough for the main thread to parse
 * within a frame's slack (one 250 MB message would be one task of seconds; a structured clone of
 * the events costs the main thread several times what `JSON.parse` of their text does). Errors are those of the
 * main-thread path: the same JSON messages, and core's `DatasetError` issues.
 */
import { DatasetError, prepareTimeline, validDataset } from '@syria-timeline/core';
import type { FromDatasetWorker, ToDatasetWorker } from './dataset-worker-protocol.js';
import { eventSpans } from './event-spans.js';
import { parseSrcJson } from './src-json.js';

/** Bytes of JSON per batch of events sent back: 2–5 ms to parse on the main thread. */
const BATCH_BYTES = 512 * 1024;
/** Ids per batch of the prepared timeline's `orderIds`: a few ms to parse. */
const ORDER_ID_BATCH = 50_000;

interface WorkerScope {
  postMessage(message: FromDatasetWorker, transfer?: Transferable[]): void;
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
  // The events go first, while this worker validates: the main thread parses them meanwhile (and
  // drops them if the data turns out invalid). Anything unusual (no list, a value JSON.stringify
  // cannot write back) waits for the validator instead.
  let sent: readonly unknown[] | null = null;
  const events = json && typeof json === 'object' && !Array.isArray(json) ? (json as { events?: unknown }).events : undefined;
  if (Array.isArray(events)) {
    try {
      sendEvents(events, text);
      sent = events;
    } catch {
      sent = null;
    }
  }
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
  // The validator's dataset holds the parsed events (a shallow copy at most): else send its own.
  if (dataset.events !== sent) sendEvents(dataset.events);
  scope.postMessage({ type: 'head', dataset: { ...dataset, events: [] } });
  // While the main thread parses the events: core's preparation (sorting, dates parsed), whose typed arrays move over without a copy.
  let timeline;
  try {
    timeline = prepareTimeline(dataset);
  } catch {
    // The main thread prepares it again, and shows the error as it would have.
  }
  if (timeline) {
    const { dataset: _dataset, events: _events, orderIds, ...prepared } = timeline;
    scope.postMessage({ type: 'prepared', prepared }, buffersOf(prepared));
    for (let i = 0; i < orderIds.length; i += ORDER_ID_BATCH) scope.postMessage({ type: 'order-ids', json: JSON.stringify(orderIds.slice(i, i + ORDER_ID_BATCH)) });
  }
  scope.postMessage({ type: 'done' });
}

/**
 * `events` to the main thread as JSON text, in batches of about `BATCH_BYTES` (a new `events-start`
 * replaces what was sent): slices of `text` where the list is plain to find there (`eventSpans`),
 * else written out again.
 */
function sendEvents(events: readonly unknown[], text?: string): void {
  scope.postMessage({ type: 'events-start', count: events.length });
  const spans = text ? eventSpans(text) : null;
  if (text && spans && spans.starts.length === events.length) {
    const { starts, ends } = spans;
    for (let i = 0; i < starts.length;) {
      let j = i;
      while (j + 1 < starts.length && ends[j + 1]! - starts[i]! <= BATCH_BYTES) j++;
      scope.postMessage({ type: 'events', json: `[${text.slice(starts[i], ends[j])}]` });
      i = j + 1;
    }
    return;
  }
  const batch = Math.max(64, Math.floor(BATCH_BYTES / Math.max(1, bytes / Math.max(1, events.length))));
  for (let i = 0; i < events.length; i += batch) scope.postMessage({ type: 'events', json: JSON.stringify(events.slice(i, i + batch)) });
}

/** The buffers of the typed arrays in `value` (its fields, and its arrays' items' fields), each once. */
function buffersOf(value: object): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const visit = (v: unknown, depth: number) => {
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer) found.add(v.buffer);
    } else if (v && typeof v === 'object' && depth < 3 && !(v instanceof Map)) {
      for (const item of Array.isArray(v) ? v.slice(0, 1000) : Object.values(v)) visit(item, depth + 1);
    }
  };
  visit(value, 0);
  return [...found];
}

scope.postMessage({ type: 'ready' });
