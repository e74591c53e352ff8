import '@syria-timeline/elements';
import { layoutTimeline, prepareTimeline } from '@syria-timeline/core';
import { installBench } from './harness.js';

// For bench/profile.mjs: the core steps of a first render, timed on their own in this page.
// prepareTimeline and layoutTimeline are in the element's first load anyway; parseDataset (valibot
// and the issue-collecting code) is imported lazily, as the element does for invalid data only,
// so that the page's first load stays the element's.
window.loadBenchCore = async () => {
  const { parseDataset } = await import('@syria-timeline/core/validate');
  return { parseDataset, prepareTimeline, layoutTimeline };
};

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
    el.data = dataset;
    document.getElementById('chart').append(el);
    await el.updateComplete;
  },
  async zoomTo(start, end) {
    await el.zoomTo(start, end);
    await el.updateComplete;
  },
  // Ctrl + wheel zooms about the pointer (a plain wheel scrolls the page unless `wheel-zoom`): the
  // core's wheelZoomFactor is 2^(−deltaY × 0.02) with Ctrl, so this deltaY zooms in by `factor`.
  wheelTarget(factor) {
    const box = el.shadowRoot.querySelector('svg.main').getBoundingClientRect();
    return {
      x: box.left + box.width / 2, y: Math.min(box.top + box.height / 2, innerHeight - 10), ctrlKey: true,
      deltaY: -Math.log2(factor) / 0.02,
    };
  },
  roots: () => (el?.shadowRoot ? [el.shadowRoot] : []),
  check() {
    if (error) return error;
    // Marks are painted in batches (a few paths per lane); each glyph starts a subpath ("M" or "m").
    const glyphs = [...(el.shadowRoot?.querySelectorAll('.paint path') ?? [])].reduce((n, p) => n + (p.getAttribute('d')?.match(/[Mm]/g)?.length ?? 0), 0);
    if (glyphs === 0) return 'no marks drawn (no painted glyph in the shadow root)';
    // Titles on the plot are always on (issue 11): every row of ours measures them.
    return el.shadowRoot.querySelector('canvas.titles') ? null : 'no titles canvas (canvas.titles) in the shadow root';
  },
});
