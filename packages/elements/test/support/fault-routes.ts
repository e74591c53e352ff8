// A Vite plugin for the element tests (Node side): routes under /__faults/ that answer like a
// broken or slow server, and a log of what each request saw, so that a test in the browser can
// assert that a superseded fetch was really cancelled (the connection closed before the end).
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

const FIXTURE = new URL('../fixtures/small-dataset.json', import.meta.url);

/** What the server saw of one request, by the `id` the test gave it. */
export interface FaultLogEntry {
  id: string;
  path: string;
  /** The client closed the connection before the whole body was sent (an aborted fetch). */
  aborted: boolean;
  /** The whole body was sent. */
  finished: boolean;
}

const log = new Map<string, FaultLogEntry>();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The small dataset fixture, its first lane renamed to `label` (so a test sees which answer won). */
function dataset(label: string | null): string {
  const data = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { lanes: { label: string }[] };
  if (label !== null) data.lanes[0]!.label = label;
  return JSON.stringify(data);
}

/** Writes `body` in `chunks` pieces spread over `ms`, stopping if the client goes away. */
async function trickle(res: ServerResponse, entry: FaultLogEntry, body: string, ms: number, chunks: number): Promise<void> {
  const size = Math.ceil(body.length / chunks);
  for (let i = 0; i < body.length; i += size) {
    if (res.destroyed || res.writableEnded) return;
    res.write(body.slice(i, i + size));
    if (ms > 0) await sleep(ms / chunks);
  }
  entry.finished = true;
  res.end();
}

async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const q = (name: string, fallback = 0) => Number(url.searchParams.get(name) ?? fallback);
  const path = url.pathname;
  if (path === '/log') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify([...log.values()].filter((e) => e.id.startsWith(url.searchParams.get('prefix') ?? ''))));
    return;
  }
  const id = url.searchParams.get('id') ?? `${path}-${log.size}`;
  const entry: FaultLogEntry = { id, path, aborted: false, finished: false };
  log.set(id, entry);
  res.on('close', () => (entry.aborted = !entry.finished));
  res.setHeader('cache-control', 'no-store');
  switch (path) {
    case '/status':
      res.statusCode = q('code', 500);
      res.setHeader('content-type', 'text/plain');
      res.end(`status ${res.statusCode}`);
      break;
    case '/html':
      res.setHeader('content-type', 'text/html');
      res.end('<!doctype html><title>Not the data</title><p>Welcome to our site');
      break;
    case '/truncated': {
      const body = dataset(null);
      res.setHeader('content-type', 'application/json');
      res.end(body.slice(0, Math.floor(body.length / 2)));
      break;
    }
    case '/data': {
      // ?label=: first lane's label; ?delay=: ms before the headers; ?trickle=: ms to spread the body over;
      // ?pad=: bytes of JSON whitespace after the data (a large body that is still valid); ?length=1: send a Content-Length.
      await sleep(q('delay'));
      if (res.destroyed) return; // aborted while waiting: 'close' has logged it
      const body = dataset(url.searchParams.get('label')) + ' '.repeat(q('pad'));
      res.setHeader('content-type', 'application/json');
      if (q('length')) res.setHeader('content-length', Buffer.byteLength(body));
      const chunks = q('trickle') > 0 ? Math.max(10, Math.ceil(q('trickle') / 100)) : Math.max(1, Math.ceil(body.length / 1_048_576));
      // Headers first, then the body bit by bit: a fetch resolves, then its body read takes `trickle` ms.
      res.flushHeaders();
      await trickle(res, entry, body, q('trickle'), chunks);
      break;
    }
    default:
      res.statusCode = 404;
      res.end('no such fault');
  }
}

/** The /__faults/ routes on the test server (see the file comment). */
export function faultRoutes(): Plugin {
  return {
    name: 'syria-timeline-fault-routes',
    configureServer(server) {
      server.middlewares.use('/__faults', (req, res) => {
        answer(req, res).catch((e: unknown) => {
          if (!res.headersSent) res.statusCode = 500;
          res.end(String(e));
        });
      });
    },
  };
}
