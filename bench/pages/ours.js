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
  roots: () => (el?.shadowRoot ? [el.shadowRoot] : []),
  check() {
    if (error) return error;
    // Marks are painted in batches (a few paths per lane); each glyph starts a subpath ("M" or "m").
    const glyphs = [...(el.shadowRoot?.querySelectorAll('.paint path') ?? [])].reduce((n, p) => n + (p.getAttribute('d')?.match(/[Mm]/g)?.length ?? 0), 0);
    return glyphs > 0 ? null : 'no marks drawn (no painted glyph in the shadow root)';
  },
});
