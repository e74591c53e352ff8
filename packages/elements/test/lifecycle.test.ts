import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import type { Dataset } from '@syria-timeline/core';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';
import { trackUncaught } from './support/uncaught.js';

// Leaks measured from outside the page, through the Chrome DevTools Protocol: after a forced
// garbage collection, the renderer's heap, its DOM node and JS listener counts, and the listeners
// on this test's window and document.

interface Counts {
  heap: number;
  nodes: number;
  listeners: number;
  onWindow: number;
  onDocument: number;
}

interface Frame {
  frame: { id: string; url: string };
  childFrames?: Frame[];
}

/** The frame this test runs in (Vitest runs each test file in an iframe of its orchestrator page). */
async function testFrameId(): Promise<string> {
  const { frameTree } = (await cdp().send('Page.getFrameTree')) as { frameTree: Frame };
  const all: Frame[] = [];
  const walk = (f: Frame) => {
    all.push(f);
    f.childFrames?.forEach(walk);
  };
  walk(frameTree);
  const mine = all.find((f) => f.frame.url === location.href);
  if (!mine) throw new Error(`no frame at ${location.href} in ${all.map((f) => f.frame.url).join(', ')}`);
  return mine.frame.id;
}

interface ContextCreated {
  context: { id: number; auxData?: { frameId?: string; isDefault?: boolean } };
}

let contextId: number | undefined;

/** The page's own JavaScript context in this test's frame: listeners are listed per context. */
async function testContextId(): Promise<number> {
  if (contextId !== undefined) return contextId;
  const frameId = await testFrameId();
  const session = cdp();
  let listener: (event: unknown) => void = () => {};
  const found = new Promise<number>((resolve) => {
    listener = (event) => {
      const { context } = event as ContextCreated;
      if (context.auxData?.frameId === frameId && context.auxData.isDefault) resolve(context.id);
    };
  });
  session.on('Runtime.executionContextCreated', listener);
  // Enabling reports every existing context; then stop listening (events after the file ends would
  // go to a closed connection).
  await session.send('Runtime.enable');
  contextId = await found;
  session.off('Runtime.executionContextCreated', listener);
  await session.send('Runtime.disable');
  return contextId;
}

async function counts(): Promise<Counts> {
  const session = cdp();
  // Twice: finalisers and weak maps let go of more on the second pass.
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  const { nodes, jsEventListeners } = (await session.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
  const executionContextId = await testContextId();
  const listenersOn = async (expression: string) => {
    const { result } = (await session.send('Runtime.evaluate', { expression, contextId: executionContextId })) as {
      result: { objectId?: string };
    };
    if (!result.objectId) throw new Error(`no object for ${expression}`);
    const { listeners } = (await session.send('DOMDebugger.getEventListeners', { objectId: result.objectId })) as {
      listeners: { type: string }[];
    };
    await session.send('Runtime.releaseObject', { objectId: result.objectId });
    return listeners.length;
  };
  return {
    heap: usedSize, nodes, listeners: jsEventListeners,
    onWindow: await listenersOn('window'),
    onDocument: await listenersOn('document'),
  };
}

const uncaught = trackUncaught();
afterEach(() => {
  document.body.replaceChildren();
});

/** A fresh dataset whose text differs with `i` (so each swap really is new data to draw). */
function variant(i: number): Dataset {
  const d = smallDataset();
  d.lanes[0]!.label = `North ${i}`;
  for (const e of d.events) e.title = `${e.title} (${i})`;
  if (i % 2) d.events.pop();
  return d;
}

/**
 * Waits until the hidden list of events in view is filled. It follows a first drawing by 300 ms
 * (event-list-controller.ts), so without this wait a count could fall either side of it: the list's
 * nodes (41 for the small dataset) then read as a leak or hide one.
 */
async function listed(el: Element): Promise<void> {
  await vi.waitUntil(() => el.shadowRoot!.querySelectorAll('.visually-hidden ol li').length > 0, { timeout: 5000 });
}

const report = (before: Counts, after: Counts) =>
  `heap ${before.heap}→${after.heap}, nodes ${before.nodes}→${after.nodes}, listeners ${before.listeners}→${after.listeners}, ` +
  `window ${before.onWindow}→${after.onWindow}, document ${before.onDocument}→${after.onDocument}`;

/**
 * What "flat" means here: no per-cycle growth. Measured: nodes, listeners and window/document
 * listeners do not move at all, the heap by under 0.6 MB; a leak of one node every four cycles
 * (the axis's repeat() once left two comment markers every other swap) fails.
 */
function expectFlat(before: Counts, after: Counts) {
  const why = report(before, after);
  expect(after.onWindow, why).toBeLessThanOrEqual(before.onWindow);
  expect(after.onDocument, why).toBeLessThanOrEqual(before.onDocument);
  expect(after.listeners - before.listeners, why).toBeLessThanOrEqual(5);
  expect(after.nodes - before.nodes, why).toBeLessThanOrEqual(40);
  expect(after.heap - before.heap, why).toBeLessThan(3 * 1024 * 1024);
}

describe('lifecycle leaves nothing behind', () => {
  it('1,000 connect/disconnect cycles', async () => {
    const h = await mount({ dataset: smallDataset() });
    const el = h.element;
    const parent = el.parentElement!;
    const cycle = async (n: number) => {
      for (let i = 0; i < n; i++) {
        el.remove();
        parent.append(el);
        await el.updateComplete;
      }
      await h.ready();
      await h.settle();
      await listed(el);
    };
    await cycle(50); // warm up: lazy chunks, caches, JIT
    const before = await counts();
    await cycle(1000);
    const after = await counts();
    expect(h.lanes()).toEqual(['North', 'South']);
    expectFlat(before, after);
    expect(uncaught).toEqual([]);
  }, 60_000);

  it('200 elements created, drawn and dropped', async () => {
    const once = async () => {
      const h = await mount({ dataset: smallDataset() });
      h.element.parentElement!.remove();
    };
    for (let i = 0; i < 20; i++) await once();
    const before = await counts();
    for (let i = 0; i < 200; i++) await once();
    const after = await counts();
    expectFlat(before, after);
    expect(uncaught).toEqual([]);
  }, 60_000);

  it('200 dataset swaps', async () => {
    const h = await mount({ dataset: variant(0) });
    const swap = async (from: number, n: number) => {
      for (let i = from; i < from + n; i++) {
        (h.element as { data: unknown }).data = variant(i);
        await h.ready();
      }
      await h.settle();
      await listed(h.element);
    };
    await swap(1, 20);
    const before = await counts();
    await swap(21, 200);
    const after = await counts();
    expect(h.lanes()[0]).toBe('North 220');
    expectFlat(before, after);
    expect(uncaught).toEqual([]);
  }, 60_000);

  it('rapid zooms, wheel turns and keys during dataset swaps throw nothing', async () => {
    const h = await mount({ dataset: variant(0) });
    const el = h.element;
    const keys = ['ArrowRight', 'ArrowDown', '+', '-', 'Home', 'End', 'Enter', 'Escape', '0', ' '];
    const calls: Promise<unknown>[] = [];
    for (let i = 1; i <= 100; i++) {
      (el as { data: unknown }).data = i % 10 === 0 ? { version: 1 } : variant(i); // now and then invalid data
      // No awaiting: everything lands while the new data is being checked and laid out.
      calls.push(el.zoomTo('2012-02', '2012-04'), el.focusEvent('n-meeting'));
      if (i % 3 === 0) calls.push(el.resetZoom());
      const svg = el.shadowRoot!.querySelector('svg.main');
      svg?.dispatchEvent(new WheelEvent('wheel', { deltaY: i % 2 ? -240 : 240, clientX: 400, clientY: 120, bubbles: true, composed: true, cancelable: true }));
      const target = el.shadowRoot!.activeElement ?? el.shadowRoot!.querySelector('svg.main [tabindex="0"]');
      target?.dispatchEvent(new KeyboardEvent('keydown', { key: keys[i % keys.length]!, bubbles: true, composed: true, cancelable: true }));
      el.setAttribute('selected', i % 2 ? 's-veto' : 'n-talks');
      if (i % 7 === 0) await new Promise((r) => requestAnimationFrame(r));
    }
    const settled = await Promise.allSettled(calls);
    expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    (el as { data: unknown }).data = variant(101);
    await h.ready();
    await h.settle();
    await new Promise((r) => setTimeout(r, 400)); // the zoom's end timer
    expect(h.errorText()).toBeNull();
    expect(h.lanes()[0]).toBe('North 101');
    expect(uncaught).toEqual([]);
  }, 60_000);
});

