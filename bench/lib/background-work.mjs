/** What a task of a renderer's worker pool did, by the first V8 or raster event found inside it. */
const KINDS = [
  ['Turbofan', /Turbofan|OptimizeBackground/],
  ['Maglev', /Maglev/],
  ['GC helpers', /^V8\.GC|Scavenge|Marking|Sweep/],
  ['parse and compile', /parse|Compile|Stream|PreParse/i],
  ['raster', /Raster|TaskGraph/],
];

/**
 * The CPU that the browser's other threads spent between `t0` and `t1` (trace µs), from a trace
 * holding the `toplevel`, `v8`, `disabled-by-default-v8.gc` and `disabled-by-default-v8.compile`
 * categories: a main thread's wall time beyond its own CPU is mostly time it waited for a core
 * while these ran (2 cores, shared). `pools` is the page renderer's worker pool by kind of work
 * (V8's optimising compilers, its collector's helper threads, script parsing, raster; `other`),
 * `threads` the other threads with work in the window, by process and thread name (`count` threads
 * of that name), busiest first: `{ wallMs, cpuMs }` each. The renderer's main thread (`mainKey`, "pid:tid") is left out.
 */
export function backgroundWork(events, t0, t1, mainKey) {
  const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]));
  const processes = new Map(events.filter((e) => e.name === 'process_name').map((e) => [e.pid, e.args?.name]));
  const renderer = Number(mainKey.split(':')[0]);
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.ts < t0 || e.ts > t1) continue;
    const key = `${e.pid}:${e.tid}`;
    if (key === mainKey) continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  const pools = {};
  const threads = {};
  for (const [key, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const pool = Number(key.split(':')[0]) === renderer && /ThreadPool/.test(names.get(key) ?? '');
    const busy = { wallMs: 0, cpuMs: 0 };
    let until = -Infinity;
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      if (e.ts < until) continue; // nested in a top-level event counted already
      until = e.ts + (e.dur ?? 0);
      busy.wallMs += (e.dur ?? 0) / 1000;
      busy.cpuMs += (e.tdur ?? 0) / 1000;
      if (!pool) continue;
      let kind = 'other';
      for (let j = i + 1; j < list.length && list[j].ts < until; j++) {
        const found = KINDS.find(([, pattern]) => pattern.test(list[j].name));
        if (found) {
          kind = found[0];
          break;
        }
      }
      const k = (pools[kind] ??= { wallMs: 0, cpuMs: 0 });
      k.wallMs += (e.dur ?? 0) / 1000;
      k.cpuMs += (e.tdur ?? 0) / 1000;
    }
    if (busy.wallMs === 0) continue;
    const name = `${processes.get(Number(key.split(':')[0])) ?? '?'} ${names.get(key) ?? key}`;
    const t = (threads[name] ??= { count: 0, wallMs: 0, cpuMs: 0 });
    t.count++;
    t.wallMs += busy.wallMs;
    t.cpuMs += busy.cpuMs;
  }
  return { pools, threads: Object.entries(threads).map(([name, t]) => ({ name, ...t })).sort((a, b) => b.cpuMs - a.cpuMs) };
}

/** CPU ms of named work, as a printed list: "name 12.3, other 4.5". */
export const cpuList = (entries) => entries.map(([name, t]) => `${name} ${t.cpuMs.toFixed(1)}`).join(', ');

/**
 * `backgroundWork`'s result as printed: the worker pool's CPU (ms) and its kinds, busiest first, and
 * the `top` busiest other threads (`×N` where several share a name).
 */
export function describeBackgroundWork({ pools, threads }, top) {
  return {
    poolMs: Object.values(pools).reduce((sum, p) => sum + p.cpuMs, 0),
    kinds: cpuList(Object.entries(pools).sort((a, b) => b[1].cpuMs - a[1].cpuMs)),
    threads: cpuList(threads.slice(0, top).map((t) => [`${t.name}${t.count > 1 ? ` ×${t.count}` : ''}`, t])),
  };
}
