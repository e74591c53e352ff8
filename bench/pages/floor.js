import { installBench } from './harness.js';

// The measurement's own floor: a "library" that changes one attribute per zoom step and draws
// nothing. Its call → painted-frame time is what the harness adds to every library's figures.
let node;
installBench({
  name: 'floor',
  mount(container) {
    node = document.createElement('div');
    node.textContent = 'floor';
    container.append(node);
  },
  render(data) {
    node.dataset.events = String(data.events?.length ?? 0);
  },
  zoomTo(start, end) {
    node.dataset.view = `${start} ${end}`;
  },
  roots: () => [],
  check: () => null,
});
