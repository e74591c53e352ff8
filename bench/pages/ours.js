import '@syria-timeline/elements';
import { installBench } from './harness.js';

// For bench/profile.mjs: the core steps of a first render, timed on their own in this page. A lazy
// import, so that the page's first load is the element's alone (parseDataset would bring valibot
// and the issue-collecting code, which the element loads only for invalid data).
window.loadBenchCore = () => import('@syria-timeline/core');

let el;
let error = null;
installBench({
  name: 'syria-timeline',
  mount() {},
  async render(dataset) {
    el = document.createElement('syria-timeline');
    el.style.width = '1200px';
    el.addEventListener('syria-timeline-error', (e) => {
      error = `syria-timeline-error: ${e.error?.message ?? e.detail?.message ?? 'unknown'}`;
    });
    el.dataset = dataset;
    document.getElementById('chart').append(el);
    await el.updateComplete;
  },
  async zoomTo(start, end) {
    await el.zoomTo(start, end);
    await el.updateComplete;
  },
  roots: () => (el?.shadowRoot ? [el.shadowRoot] : []),
  check() {
    if (error) return error;
    const marks = el.shadowRoot?.querySelectorAll('[data-key]').length ?? 0;
    return marks > 0 ? null : 'no marks drawn (no [data-key] element in the shadow root)';
  },
});
