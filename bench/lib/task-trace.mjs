/**
 * The longest main-thread task over a phase, from a CDP trace of the `toplevel` category only
 * (one event per task the renderer's scheduler runs, so the trace stays small and cheap): every
 * `ThreadControllerImpl::RunTask` on the page's `CrRendererMain` thread. A `longtask` observer
 * in the page would see only tasks of 50 ms and more; this sees every task.
 *
 * @returns `stop()`, which ends the trace and resolves with `{ longestMs, longestCpuMs, over50 }`:
 *   the longest task in wall time (what a user waits, as `longtask` entries count it; other jobs on
 *   a shared machine lengthen it), the longest in thread time, and the count of tasks over 50 ms (wall)
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
    for (const e of events) {
      if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !mains.has(`${e.pid}:${e.tid}`)) continue;
      const ms = (e.dur ?? 0) / 1000;
      if (ms > longest) longest = ms;
      if ((e.tdur ?? 0) / 1000 > longestCpu) longestCpu = e.tdur / 1000;
      if (ms > 50) over50++;
    }
    return { longestMs: longest, longestCpuMs: longestCpu, over50 };
  };
}
