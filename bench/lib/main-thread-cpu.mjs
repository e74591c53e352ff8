/**
 * Starts CDP's Performance domain in thread time, and returns a reader of the page's main-thread
 * task time so far (`TaskDuration`, thread ticks), ms: the CPU a page's work took, which other
 * jobs on a shared machine inflate far less than the wall clock. Read it before and after.
 */
export async function mainThreadCpu(cdp) {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
}
