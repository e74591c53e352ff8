import { tsImport } from 'tsx/esm/api';
import { eventIntervals } from '../convert/event-intervals.mjs';
import { extentWindow, zoomWindows } from './zoom-windows.mjs';

/** The seed of every bench dataset, so that every script and run measures the same events. */
export const SEED = 20110315;

const core = await tsImport('../../packages/core/src/dataset/synthetic/generate-synthetic-dataset.ts', import.meta.url);
const { parseEdtf } = await tsImport('../../packages/core/src/dates/parse-edtf.ts', import.meta.url);

/**
 * The bench's data for `events` events: core's seeded synthetic dataset, each event's interval in
 * UTC ms (what the other libraries' converters and the zoom need), the 20 zoom windows and the
 * window of the whole extent.
 */
export function benchData(events) {
  const dataset = core.generateSyntheticDataset({ events, seed: SEED });
  const intervals = eventIntervals(dataset, parseEdtf);
  return { dataset, intervals, windows: zoomWindows(intervals), full: extentWindow(intervals) };
}
