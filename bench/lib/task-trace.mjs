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
 *   and the five longest tasks (`{ ms, cpuMs }`, longest first)
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
    return { longestMs: longest, longestCpuMs: longestCpu, over50, top: top.slice(0, 5) };
  };
}
