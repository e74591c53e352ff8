import TimelinesChart from 'timelines-chart';
import { installBench } from './harness.js';

let chart;
let container;
installBench({
  name: 'timelines-chart',
  mount(el) {
    container = el;
  },
  render(groups) {
    // Defaults, except: no animation (transitions of 0 ms), UTC, categorical colours, fixed width.
    chart = new TimelinesChart(container)
      .width(1200)
      .useUtc(true)
      .zQualitative(true)
      .enableAnimations(false)
      .data(groups);
  },
  zoomTo(start, end) {
    // The `zoomX` setter only records the window (its event says redraw: false); a user's
    // brush zoom dispatches the same event with a redraw, which is what this does.
    container.querySelector('svg').dispatchEvent(
      new CustomEvent('zoom', { detail: { zoomX: [new Date(start), new Date(end)], zoomY: null } }),
    );
  },
  roots: () => [],
  check: () => (container.querySelector('rect.series-segment') ? null : 'no rect.series-segment drawn'),
});
