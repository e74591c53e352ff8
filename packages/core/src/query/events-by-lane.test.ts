import { describe, expect, it } from 'vitest';
import { smallDataset } from '../../test/layouts/small-dataset.js';
import { whenSpan } from '../dates/index.js';
import { eventsByLane } from './events-by-lane.js';

describe('eventsByLane', () => {
  it('puts an event with participants in two lanes into both, and one with none into no lane', () => {
    const byLane = eventsByLane(smallDataset());
    const ids = (lane: string) => byLane.get(lane)!.map((e) => e.id);
    expect(ids('russia')).toContain('lavrov-meets-assad');
    expect(ids('assad')).toContain('lavrov-meets-assad');
    expect([...byLane.values()].flat().map((e) => e.id)).not.toContain('un-only');
  });

  it('has an entry for every lane, each sorted by start', () => {
    const byLane = eventsByLane(smallDataset());
    expect([...byLane.keys()].sort()).toEqual(['assad', 'opposition', 'russia', 'west']);
    for (const events of byLane.values()) {
      const starts = events.map((e) => whenSpan(e.when).start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    expect(byLane.get('russia')!.map((e) => e.id).slice(0, 3)).toEqual(['veto-1', 'ru-criticises-west-draft', 'lavrov-meets-assad']);
  });
});
