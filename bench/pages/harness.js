/**
 * The page side of the benchmark, shared by every library page. A page calls
 * `installBench(adapter)`; the adapter knows one library:
 *   mount(container)        create the (empty) chart once the page loads
 *   render(data)            give it the data (already converted to the library's shape)
 *   zoomTo(startMs, endMs)  set the visible window without animation
 *   roots()                 nodes whose subtrees the library draws into (incl. open shadow roots)
 *   check()                 after render: null, or what is wrong (nothing drawn, an error shown)
 *   wheelTarget(factor)     optional: { x, y, ctrlKey, deltaY }: where (client px), with which key and
 *                           delta a wheel turn zooms the chart in (by `factor` if the library allows)
 * and mount/render/zoomTo may return a promise.
 *
 * `window.bench.render` / `zoomTo` resolve once the library's last DOM change has been painted
 * and report how long that took from the call ("call → painted frame", in ms).
 */

const QUIET_FRAMES = 3;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Deep element count, into open shadow roots. */
function countElements(root) {
  let n = 0;
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      n++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return n;
}

/**
 * Watches the chart from now on: its DOM changes (a `MutationObserver`, into the roots given)
 * and the frames rendered (the frame probe). `settle(t0, maxMs)` then waits until QUIET_FRAMES
 * frames have passed without a change and resolves with the time from `t0` to the end of the
 * first frame rendered after the last change (or `maxMs` elapsed: then `settled` is false).
 */
function watch(roots) {
  const probe = window.__frameProbe;
  if (!probe.active) probe.start();
  let lastMutation = performance.now();
  const observer = new MutationObserver(() => {
    lastMutation = performance.now();
  });
  const observe = () => {
    for (const root of roots()) {
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    }
  };
  observe();
  return {
    /** After an action: its synchronous mutations count, and roots it created are watched too. */
    acted() {
      lastMutation = Math.max(lastMutation, performance.now());
      observe();
    },
    async settle(t0, maxMs) {
      let settled = true;
      for (;;) {
        await nextFrame();
        const after = probe.renderEnds.filter((t) => t > Math.max(lastMutation, t0));
        if (after.length >= QUIET_FRAMES) break;
        if (performance.now() - t0 > maxMs) {
          settled = false;
          break;
        }
      }
      observer.disconnect();
      const painted = probe.renderEnds.find((t) => t > Math.max(lastMutation, t0)) ?? performance.now();
      probe.stop();
      return { ms: painted - t0, settled };
    },
  };
}

/**
 * Runs `action` at the start of a frame and resolves with the time from the call to the end
 * of the first frame rendered after the last DOM mutation, once QUIET_FRAMES frames have
 * passed without mutations (or `maxMs` elapsed: then `settled` is false).
 */
async function timed(action, roots, maxMs) {
  // Started before the frame we act in: its rAF callback then runs in that same frame (first,
  // as it was registered first), and its first stamp is the end of that frame's rendering.
  // Started from inside a rAF callback, its first callback would wait for the next frame, and
  // every reading would include one frame interval (≈ 16.7 ms) of nothing.
  window.__frameProbe.start();
  await nextFrame();
  const t0 = performance.now();
  const watching = watch(roots);
  await action();
  watching.acted();
  return watching.settle(t0, maxMs);
}

export function installBench(adapter) {
  const container = document.getElementById('chart');
  const ready = Promise.resolve(adapter.mount(container));
  const roots = () => [container, ...adapter.roots()];
  window.bench = {
    library: adapter.name,
    ready,
    async render(data, maxMs = 60_000) {
      return timed(() => adapter.render(data), roots, maxMs);
    },
    async zoomTo(start, end, maxMs = 60_000) {
      return timed(() => adapter.zoomTo(start, end), roots, maxMs);
    },
    /** The 20-step (or any) zoom sequence, step by step; stops early past `budgetMs`. */
    async zoomSeries(windows, budgetMs = 60_000) {
      const steps = [];
      const t0 = performance.now();
      for (const [start, end] of windows) {
        const left = budgetMs - (performance.now() - t0);
        if (left <= 0) break;
        steps.push(await this.zoomTo(start, end, left));
      }
      return steps;
    },
    /**
     * Arms a step driven by real input: watches the chart and notes the `timeStamp` of the next
     * wheel event (when the browser took the input) as the step's start. The driver then sends
     * the wheel through CDP and calls `wheelSettled`.
     */
    armWheel() {
      const watching = watch(roots);
      let t0 = null;
      let handled = null;
      window.addEventListener('wheel', (e) => {
        t0 = e.timeStamp;
        handled = performance.now();
      }, { capture: true, passive: true, once: true });
      this.wheelSettled = async (maxMs = 60_000) => {
        const waitFrom = performance.now();
        while (t0 === null && performance.now() - waitFrom < 1_000) await nextFrame();
        if (t0 === null) return { ms: Number.NaN, settled: false, noWheel: true };
        // inputDelayMs: from the event's timeStamp to its dispatch in the page (the browser's input queue).
        return { ...(await watching.settle(t0, maxMs)), inputDelayMs: handled - t0 };
      };
    },
    /** Where to send the wheel (client px) and with which keys, or null if the chart does not zoom by wheel. */
    wheelTarget(factor) {
      return adapter.wheelTarget?.(factor) ?? null;
    },
    /**
     * What the chart does in the `ms` after a step settled, though nothing asked it to (work it
     * deferred, such as our hidden list): the number of DOM mutation records and nodes added or removed.
     */
    async deferred(ms) {
      let records = 0;
      let nodes = 0;
      const observer = new MutationObserver((list) => {
        records += list.length;
        for (const r of list) nodes += r.addedNodes.length + r.removedNodes.length;
      });
      for (const root of roots()) observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      await new Promise((resolve) => setTimeout(resolve, ms));
      records += observer.takeRecords().length;
      observer.disconnect();
      return { records, nodes };
    },
    /** null when the chart drew something sensible, else what is wrong (for the CI smoke test). */
    check() {
      return adapter.check();
    },
    nodeCount() {
      return countElements(document);
    },
  };
}
