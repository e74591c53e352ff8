/** Top-level work on the main thread: scheduler tasks, and microtask checkpoints run outside one. */
const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

/**
 * The longest main-thread task over a phase, from a CDP trace of the `toplevel` category only
 * (one event per task the renderer's scheduler runs, so the trace stays small and cheap): every
 * `ThreadControllerImpl::RunTask` on the page's `CrRendererMain` thread, and every microtask checkpoint
 * outside one. A `longtask` observer in the page would see only tasks of 50 ms and more; this sees every task.
 *
 * @returns `stop()`, which ends the trace and resolves with `{ longestMs, longestCpuMs, over50, top }`:
 *   the longest task in wall time (what a user waits, as `longtask` entries count it; other jobs on
 *   a shared machine lengthen it), the longest in thread time, the count of tasks over 50 ms (wall),
 *   the five longest tasks (`{ ms, cpuMs }`, longest first), and `threads`: per thread of the page's
 *   renderer (the main thread, workers), the wall and CPU time of its tasks (`{ wallMs, cpuMs }`)
 */
export async function traceTasks(cdp) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReportEvents' });
  return async function stop() {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    let longest = 0;
    let longestCpu = 0;
    let over50 = 0;
    // A microtask checkpoint run on its own (a fetch body or a promise settled from a Mojo message) is a
    // top-level event beside the RunTasks, not inside one: count it too, but a nested one only once.
    const tasks = events
      .filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name) && mains.has(`${e.pid}:${e.tid}`))
      .sort((a, b) => a.ts - b.ts);
    let coveredUntil = -Infinity;
    const top = [];
    for (const e of tasks) {
      if (e.ts < coveredUntil) continue;
      coveredUntil = e.ts + (e.dur ?? 0);
      top.push({ ms: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 });
      const ms = (e.dur ?? 0) / 1000;
      if (ms > longest) longest = ms;
      if ((e.tdur ?? 0) / 1000 > longestCpu) longestCpu = e.tdur / 1000;
      if (ms > 50) over50++;
    }
    top.sort((a, b) => b.ms - a.ms);
    // Busy time of every thread of the page's renderer (workers included): wall and CPU of its top-level tasks.
    const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]));
    const renderers = new Set([...mains].map((k) => k.split(':')[0]));
    const threads = {};
    const until = new Map();
    const all = events.filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name) && renderers.has(String(e.pid))).sort((a, b) => a.ts - b.ts);
    for (const e of all) {
      const key = `${e.pid}:${e.tid}`;
      if (e.ts < (until.get(key) ?? -Infinity)) continue; // nested in a task counted already
      until.set(key, e.ts + (e.dur ?? 0));
      const name = names.get(key) ?? `thread ${e.tid}`;
      const t = (threads[name] ??= { wallMs: 0, cpuMs: 0 });
      t.wallMs += (e.dur ?? 0) / 1000;
      t.cpuMs += (e.tdur ?? 0) / 1000;
    }
    return { longestMs: longest, longestCpuMs: longestCpu, over50, top: top.slice(0, 5), threads };
  };
}
