import type { Lane } from '../../model/index.js';
import { lanes as NAMED_LANES } from '../russia-syria-2011-2015/lanes.js';

// The lanes of the built-in story (ids, labels, order, colours) come first, so that synthetic
// data drives the same lane styling as the real dataset. Lanes past the fourth get generic ids.

/** Colours for generated lanes beyond the named four (cycled). */
const EXTRA_COLORS = ['#7b3fa0', '#00796b', '#ad1457', '#5d6d7e'];

/** The first `count` lanes: the named four, then `lane-5`, `lane-6`, … */
export function syntheticLanes(count: number): Lane[] {
  const lanes: Lane[] = [];
  for (let i = 0; i < count; i++) {
    const named = NAMED_LANES[i];
    lanes.push(named ? { ...named } : {
      id: `lane-${i + 1}`,
      label: `Lane ${i + 1}`,
      order: i,
      color: EXTRA_COLORS[(i - NAMED_LANES.length) % EXTRA_COLORS.length] ?? '#5d6d7e',
    });
  }
  return lanes;
}
