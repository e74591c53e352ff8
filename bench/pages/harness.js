/**
 * The page side of the benchmark, shared by every library page. A page calls
 * `installBench(adapter)`; the adapter knows one library:
 *   mount(container)        create the (empty) chart once the page loads
 *   render(data)            give it the data (already converted to the library's shape)
 *   zoomTo(startMs, endMs)  set the visible window without animation
 *   roots()                 nodes whose subtrees the library draws into (incl. open shadow roots)
 *   check()                 after render: null, or what is wrong (nothing drawn, an error shown)
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
 * Runs `action` at the start of a frame and resolves with the time from the call to the end
 * of the first frame rendered after the last DOM mutation, once QUIET_FRAMES frames have
 * passed without mutations (or `maxMs` elapsed: then `settled` is false).
 */
async function timed(action, roots, maxMs) {
  const probe = window.__frameProbe;
  // Started before the frame we act in: its rAF callback then runs in that same frame (first,
  // as it was registered first), and its first stamp is the end of that frame's rendering.
  // Started from inside a rAF callback, its first callback would wait for the next frame, and
  // every reading would include one frame interval (≈ 16.7 ms) of nothing.
  probe.start();
  await nextFrame();
  const t0 = performance.now();
  let lastMutation = t0;
  const observer = new MutationObserver(() => {
    lastMutation = performance.now();
  });
  const observe = () => {
    for (const root of roots()) {
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    }
  };
  observe();
  await action();
  // Mutations made during the action (even inside shadow roots created by it) are covered by this.
  lastMutation = Math.max(lastMutation, performance.now());
  observe(); // roots created by the action (a new shadow root) are watched from now on
  let settled = true;
  for (;;) {
    await nextFrame();
    const after = probe.renderEnds.filter((t) => t > lastMutation);
    if (after.length >= QUIET_FRAMES) break;
    if (performance.now() - t0 > maxMs) {
      settled = false;
      break;
    }
  }
  observer.disconnect();
  const painted = probe.renderEnds.find((t) => t > lastMutation) ?? performance.now();
  probe.stop();
  return { ms: painted - t0, settled };
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
    /** null when the chart drew something sensible, else what is wrong (for the CI smoke test). */
    check() {
      return adapter.check();
    },
    nodeCount() {
      return countElements(document);
    },
  };
}
