import { median, percentile } from './stats.mjs';

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
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
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

/**
 * One run of one library at one size, in a fresh page: first render, heap after GC and DOM
 * size at the full view, then the zoom sequence with main-thread busy time. Never throws for
 * slowness: a phase past its limit gives status 'timeout'. Other failures give status 'error'.
 */
export async function measureRun({ browser, baseUrl, page: pageName, json, windows, limitMs }) {
  const result = { status: 'ok', errors: [] };
  let opened;
  try {
    opened = await openPage(browser, `${baseUrl}/${pageName}.html`);
    const { page, cdp } = opened;
    // Transfer (and parse) the data before the clock starts: it is not part of any library's cost.
    await page.evaluate((text) => { window.__data = JSON.parse(text); }, json);
    const beforeRender = await metrics(cdp);
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
    if (!render.settled) result.status = 'timeout';
    const problem = await page.evaluate(() => window.bench.check());
    if (problem) throw new Error(`after render: ${problem}`);
    result.heapBytes = await heapAfterGc(cdp);
    result.nodes = await page.evaluate(() => window.bench.nodeCount());
    result.domCounters = await cdp.send('Memory.getDOMCounters');
    if (result.status === 'ok') {
      const before = await metrics(cdp);
      const steps = await withTimeout(
        page.evaluate(([w, budget]) => window.bench.zoomSeries(w, budget), [windows, limitMs]),
        limitMs + 10_000,
        'zoom sequence',
      );
      const after = await metrics(cdp);
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
