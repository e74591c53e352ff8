import { median, percentile } from './stats.mjs';
import { traceTasks } from './task-trace.mjs';

export class TimeoutError extends Error {
  name = 'TimeoutError';
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(`${what}: no answer after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const VIEWPORT = { width: 1280, height: 800 };

/** Heap in use after two full collections (CDP), bytes. */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * How long the bench waits, for every library alike, between measuring the heap after the first render and
 * its first zoom step. A reader looks at the first drawing before zooming; the bench's two forced full
 * collections are not what a page does, and at 1,000,000 events (a 300 MB heap) their clean-up ran on the
 * collector's threads for 90–175 ms of CPU into the first three steps when the zoom started at once (runs
 * before 2026-12-07 17:00 UTC). A second is what a reader's first look takes at least, and the clean-up's end.
 */
export const PAUSE_BEFORE_ZOOM_MS = 1_000;

/**
 * What the bench does between a first render and its zoom series: the heap after two full collections,
 * the DOM's size, then the pause above. The zoom scripts call it to start their zoom as the bench does.
 */
export async function afterRenderAsBench(page, cdp) {
  const heapBytes = await heapAfterGc(cdp);
  const nodes = await page.evaluate(() => window.bench.nodeCount());
  const domCounters = await cdp.send('Memory.getDOMCounters');
  await page.waitForTimeout(PAUSE_BEFORE_ZOOM_MS);
  return { heapBytes, nodes, domCounters };
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** A fresh page (own context, reduced motion), ready to measure. */
async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console.error: ${m.text()}`); });
  page.on('crash', () => errors.push('page crashed'));
  const cdp = await context.newCDPSession(page);
  // Thread time, not wall time: the main thread's own CPU, so other jobs on a shared machine
  // inflate it far less than the wall-clock figures.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url);
  await page.evaluate(() => window.bench.ready);
  return { context, page, cdp, errors };
}

async function closeQuietly(context) {
  await Promise.race([context.close().catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);
}

/** Heap (bytes, after GC) and element count of the empty page: the baseline of "per event". */
export async function measureEmpty(browser, baseUrl) {
  const { context, page, cdp } = await openPage(browser, `${baseUrl}/empty.html`);
  try {
    return { heap: await heapAfterGc(cdp), nodes: await page.evaluate(() => window.bench.nodeCount()) };
  } finally {
    await closeQuietly(context);
  }
}

/** After each step of the paced series, how long to watch for work the chart deferred (our hidden list waits 300 ms). */
export const DEFER_WINDOW_MS = 500;

/**
 * One run of one library at one size, in a fresh page: first render, heap after GC and DOM
 * size at the full view, then the zoom sequence with main-thread busy time, then (optional)
 * the same zoom by wheel events sent through CDP, and a paced sequence that counts the work
 * done after each step settled. Never throws for slowness: a phase past its limit gives status
 * 'timeout'. Other failures give status 'error'.
 *
 * @param dataUrl where the page fetches the data (in the library's shape) before the clock starts
 * @param full the window of the whole extent (the wheel and paced series start from it)
 * @param wheel zoom by wheel events too (where the page's adapter says how)
 * @param paced run the paced series (each step, then DEFER_WINDOW_MS of watching)
 */
export async function measureRun({ browser, baseUrl, page: pageName, dataUrl, windows, full, limitMs, wheel = true, paced = false }) {
  const result = { status: 'ok', errors: [] };
  const started = Date.now();
  let opened;
  try {
    opened = await openPage(browser, `${baseUrl}/${pageName}.html`);
    const { page, cdp } = opened;
    // Fetch (and parse) the data before the clock starts: it is not part of any library's cost.
    await withTimeout(page.evaluate(async (url) => {
      window.__data = await (await fetch(url)).json();
    }, dataUrl), limitMs + 5_000, 'loading the data');
    const beforeRender = await metrics(cdp);
    let stopTrace = await traceTasks(cdp);
    const render = await withTimeout(
      page.evaluate(async (max) => {
        const data = window.__data;
        window.__data = undefined; // from here only the library holds the data
        return window.bench.render(data, max);
      }, limitMs),
      limitMs + 5_000,
      'first render',
    );
    result.renderMs = render.ms;
    result.renderBusyMs = ((await metrics(cdp)).TaskDuration - beforeRender.TaskDuration) * 1000;
    const renderTasks = await stopTrace();
    result.renderLongestTaskMs = renderTasks.longestMs;
    result.renderLongestTaskCpuMs = renderTasks.longestCpuMs;
    result.renderTasksOver50 = renderTasks.over50;
    result.renderTopTasks = renderTasks.top;
    if (!render.settled) result.status = 'timeout';
    const problem = await page.evaluate(() => window.bench.check());
    if (problem) throw new Error(`after render: ${problem}`);
    Object.assign(result, await afterRenderAsBench(page, cdp));
    if (result.status === 'ok') {
      const before = await metrics(cdp);
      stopTrace = await traceTasks(cdp);
      const steps = await withTimeout(
        page.evaluate(([w, budget]) => window.bench.zoomSeries(w, budget), [windows, limitMs]),
        limitMs + 10_000,
        'zoom sequence',
      );
      const after = await metrics(cdp);
      const zoomTasks = await stopTrace();
      result.zoomLongestTaskMs = zoomTasks.longestMs;
      result.zoomLongestTaskCpuMs = zoomTasks.longestCpuMs;
      result.zoomSteps = steps.map((s) => s.ms);
      result.zoomMedianMs = median(result.zoomSteps);
      result.zoomP95Ms = percentile(result.zoomSteps, 95);
      // CDP's TaskDuration is main-thread task time (s, thread ticks); its delta covers the sequence.
      result.zoomBusyMs = (after.TaskDuration - before.TaskDuration) * 1000;
      result.zoomScriptMs = (after.ScriptDuration - before.ScriptDuration) * 1000;
      result.zoomLayoutStyleMs = (after.LayoutDuration - before.LayoutDuration + after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000;
      if (steps.length < windows.length || steps.some((s) => !s.settled)) result.status = 'timeout';
      result.nodesZoomed = await page.evaluate(() => window.bench.nodeCount());
    }
    result.renderZoomWallMs = Date.now() - started;
    if (result.status === 'ok' && wheel) Object.assign(result, await wheelSeries({ page, cdp, windows, full, limitMs }));
    if (result.status === 'ok' && paced) Object.assign(result, await pacedSeries({ page, cdp, windows, full, limitMs }));
  } catch (error) {
    result.status = error instanceof TimeoutError ? 'timeout' : 'error';
    result.errors.push(String(error?.message ?? error).split('\n')[0]);
  } finally {
    if (opened) {
      result.errors.push(...opened.errors);
      await closeQuietly(opened.context);
    }
  }
  if (result.status === 'ok' && result.errors.some((e) => e.startsWith('pageerror') || e === 'page crashed')) result.status = 'error';
  return result;
}

/** Back to the whole extent, then a pause for whatever that change deferred (not measured). */
async function backToFull(page, full, limitMs) {
  await withTimeout(page.evaluate(([w, max]) => window.bench.zoomTo(w[0], w[1], max), [full, limitMs]), limitMs + 5_000, 'zoom to the whole extent');
  await page.waitForTimeout(DEFER_WINDOW_MS + 300);
}

/**
 * The zoom driven by real input: from the whole extent, one wheel event per step (CDP
 * `Input.dispatchMouseEvent`, `mouseWheel`, with Ctrl where the chart wants it) at the middle of
 * the plot, sized to zoom in as much as a step of the programmatic series. The events come one
 * after another as a turning wheel sends them (one gesture); each step is timed from the event's
 * `timeStamp` to the painted frame after the chart's last change. Charts with no wheel zoom give
 * `{ wheel: 'none' }`.
 */
async function wheelSeries({ page, cdp, windows, full, limitMs }) {
  const factor = (full[1] - full[0]) / (windows[0][1] - windows[0][0]);
  const target = await page.evaluate((f) => window.bench.wheelTarget(f), factor);
  if (!target) return { wheel: 'none' };
  await backToFull(page, full, limitMs);
  const before = await metrics(cdp);
  const stopTrace = await traceTasks(cdp);
  const steps = [];
  const t0 = Date.now();
  for (let i = 0; i < windows.length && Date.now() - t0 < limitMs; i++) {
    await page.evaluate(() => window.bench.armWheel());
    await cdp.send('Input.dispatchMouseEvent', {
      type: 'mouseWheel', x: target.x, y: target.y, deltaX: 0, deltaY: target.deltaY, modifiers: target.ctrlKey ? 2 : 0,
    });
    steps.push(await withTimeout(page.evaluate((max) => window.bench.wheelSettled(max), limitMs), limitMs + 5_000, 'wheel step'));
  }
  const after = await metrics(cdp);
  const ms = steps.map((s) => s.ms);
  return {
    wheelSteps: ms,
    wheelMedianMs: median(ms),
    wheelP95Ms: percentile(ms, 95),
    wheelBusyMs: (after.TaskDuration - before.TaskDuration) * 1000,
    wheelLongestTaskMs: (await stopTrace()).longestMs,
    wheelUnsettled: steps.filter((s) => !s.settled).length,
    wheelInputDelays: steps.map((s) => s.inputDelayMs),
    wheelInputDelayMs: median(steps.map((s) => s.inputDelayMs)),
  };
}

/**
 * The zoom at a reader's pace: from the whole extent, each step of the series, then
 * DEFER_WINDOW_MS of nothing asked, in which the main thread's CPU and the chart's DOM changes
 * are counted: the work the step deferred (our hidden list for screen readers is rebuilt 300 ms
 * after a view settles). CPU per step and per pause from `TaskDuration` deltas.
 */
async function pacedSeries({ page, cdp, windows, full, limitMs }) {
  await backToFull(page, full, limitMs);
  const steps = [];
  for (const [start, end] of windows) {
    const m0 = await metrics(cdp);
    const step = await withTimeout(page.evaluate(([a, b, max]) => window.bench.zoomTo(a, b, max), [start, end, limitMs]), limitMs + 5_000, 'paced step');
    const m1 = await metrics(cdp);
    const changes = await page.evaluate((ms) => window.bench.deferred(ms), DEFER_WINDOW_MS);
    const m2 = await metrics(cdp);
    steps.push({
      ms: step.ms, cpuMs: (m1.TaskDuration - m0.TaskDuration) * 1000, deferredCpuMs: (m2.TaskDuration - m1.TaskDuration) * 1000,
      deferredRecords: changes.records, deferredNodes: changes.nodes,
    });
  }
  const pick = (key) => steps.map((s) => s[key]);
  const withDeferred = steps.map((s) => s.cpuMs + s.deferredCpuMs);
  return {
    paced: steps,
    pacedStepCpuMs: median(pick('cpuMs')),
    deferredCpuMs: median(pick('deferredCpuMs')),
    deferredRecords: median(pick('deferredRecords')),
    deferredNodes: median(pick('deferredNodes')),
    stepWithDeferredCpuMs: median(withDeferred),
    stepWithDeferredCpuP95Ms: percentile(withDeferred, 95),
  };
}
