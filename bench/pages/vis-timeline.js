import { Timeline } from 'vis-timeline';
import { DataSet } from 'vis-data';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { installBench } from './harness.js';

let timeline;
installBench({
  name: 'vis-timeline',
  mount() {},
  render({ groups, items, window }) {
    // Defaults, except: no animation, no ticking current-time bar, a fixed width like the others,
    // and the data's extent as the first window (as the others open on it).
    timeline = new Timeline(
      document.getElementById('chart'),
      new DataSet(items),
      new DataSet(groups),
      { width: '1200px', showCurrentTime: false, start: window.start, end: window.end },
    );
  },
  zoomTo(start, end) {
    timeline.setWindow(start, end, { animation: false });
  },
  // A plain wheel zooms by default (no `zoomKey`), by vis-timeline's own amount per notch.
  wheelTarget() {
    const box = document.querySelector('.vis-panel.vis-center').getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + Math.min(box.height, 300) / 2, ctrlKey: false, deltaY: -100 };
  },
  roots: () => [],
  check: () => (document.querySelector('.vis-item') ? null : 'no .vis-item drawn'),
});
