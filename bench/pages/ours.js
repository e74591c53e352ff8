import '@syria-timeline/elements';
import { installBench } from './harness.js';

let el;
installBench({
  name: 'syria-timeline',
  mount() {},
  async render(dataset) {
    el = document.createElement('syria-timeline');
    el.style.width = '1200px';
    el.dataset = dataset;
    document.getElementById('chart').append(el);
    await el.updateComplete;
  },
  async zoomTo(start, end) {
    await el.zoomTo(start, end);
    await el.updateComplete;
  },
  roots: () => (el?.shadowRoot ? [el.shadowRoot] : []),
});
