import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../model/index.js';
import { parseEdtf } from '../../dates/index.js';
import { parseDataset } from '../../validate/index.js';
import { generateSyntheticDataset } from './generate-synthetic-dataset.js';
import { SYNTHETIC_SOURCE_TEXTS } from './synthetic-source-texts.js';

const DAY = 86_400_000;
const big = generateSyntheticDataset({ events: 20_000, seed: 7 });

/** The lane of each actor, through `partOf`. */
function laneOf(d: Dataset): Map<string, string> {
  const byId = new Map(d.actors.map((a) => [a.id, a]));
  const out = new Map<string, string>();
  for (const a of d.actors) {
    let cur: typeof a | undefined = a;
    while (cur && cur.lane === undefined) cur = cur.partOf === undefined ? undefined : byId.get(cur.partOf);
    if (cur?.lane !== undefined) out.set(a.id, cur.lane);
  }
  return out;
}

describe('generateSyntheticDataset', () => {
  it('gives the same dataset for the same seed', () => {
    const a = generateSyntheticDataset({ events: 2_000, seed: 123 });
    const b = generateSyntheticDataset({ events: 2_000, seed: 123 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('gives a different dataset for a different seed', () => {
    const a = generateSyntheticDataset({ events: 200, seed: 1 });
    const b = generateSyntheticDataset({ events: 200, seed: 2 });
    expect(JSON.stringify(a.events)).not.toBe(JSON.stringify(b.events));
  });

  it('has the requested number of events with unique ids', () => {
    expect(big.events).toHaveLength(20_000);
    expect(new Set(big.events.map((e) => e.id)).size).toBe(20_000);
    expect(generateSyntheticDataset({ events: 0, seed: 1 }).events).toEqual([]);
  });

  it('has the four lanes of the built-in story by default, each with actors and stances on two issues', () => {
    expect(big.lanes.map((l) => l.id)).toEqual(['russia', 'assad', 'opposition', 'west']);
    expect(big.issues).toHaveLength(2);
    const lanes = laneOf(big);
    for (const lane of big.lanes) {
      expect([...lanes.values()].filter((l) => l === lane.id).length).toBeGreaterThanOrEqual(2);
      const stances = big.stances.filter((s) => lanes.get(s.actor) === lane.id);
      expect(new Set(stances.map((s) => s.issue)).size).toBe(2);
    }
  });

  it('makes about 20% ranges of 2–60 days, 5% month dates and 75% day points', () => {
    let ranges = 0;
    let months = 0;
    for (const e of big.events) {
      const start = parseEdtf(e.when.start);
      if (e.when.end !== undefined) {
        ranges++;
        const end = parseEdtf(e.when.end);
        const days = Math.round((end.latest + 1 - start.earliest) / DAY);
        expect(days).toBeGreaterThanOrEqual(2);
        expect(days).toBeLessThanOrEqual(60);
      } else if (start.precision === 'month') {
        months++;
      } else {
        expect(start.precision).toBe('day');
      }
    }
    expect(ranges / 20_000).toBeCloseTo(0.2, 1);
    expect(months / 20_000).toBeGreaterThan(0.04);
    expect(months / 20_000).toBeLessThan(0.06);
  });

  it('dates every event within the years asked for', () => {
    const d = generateSyntheticDataset({ events: 5_000, seed: 9, years: 2, startYear: 2013 });
    for (const e of d.events) {
      expect(parseEdtf(e.when.start).earliest).toBeGreaterThanOrEqual(Date.UTC(2013, 0, 1));
      expect(parseEdtf(e.when.end ?? e.when.start).latest).toBeLessThan(Date.UTC(2015, 0, 1));
    }
  });

  it('ties about 30% of events to a second, different lane', () => {
    const lanes = laneOf(big);
    let ties = 0;
    for (const e of big.events) {
      expect(e.participants[0]?.role).toBe('actor');
      const eventLanes = new Set(e.participants.map((p) => lanes.get(p.actor)));
      expect(eventLanes.has(undefined)).toBe(false);
      if (e.participants.length > 1) {
        ties++;
        expect(eventLanes.size).toBe(2);
      }
    }
    expect(ties / 20_000).toBeGreaterThan(0.28);
    expect(ties / 20_000).toBeLessThan(0.32);
  });

  it('quotes exact slices of its source text', () => {
    const text = SYNTHETIC_SOURCE_TEXTS['synthetic']!;
    const all = [...big.events, ...big.stances].flatMap((x) => x.evidence);
    const wrong = all.filter((ev) => ev.source !== big.sources[0]?.id || text.slice(ev.start, ev.end) !== ev.text);
    expect(all.length).toBeGreaterThan(20_000);
    expect(wrong).toEqual([]);
  });

  it('supports other lane counts', () => {
    const d = generateSyntheticDataset({ events: 100, seed: 3, lanes: 6 });
    expect(d.lanes.map((l) => l.id)).toEqual(['russia', 'assad', 'opposition', 'west', 'lane-5', 'lane-6']);
    const one = generateSyntheticDataset({ events: 100, seed: 3, lanes: 1 });
    expect(one.events.every((e) => e.participants.length === 1)).toBe(true);
  });

  it('rejects impossible options, naming the option and the value', () => {
    expect(() => generateSyntheticDataset({ events: -1, seed: 1 })).toThrow(/options\.events: got -1/);
    expect(() => generateSyntheticDataset({ events: 10, seed: 1.5 })).toThrow(/options\.seed: got 1\.5/);
    expect(() => generateSyntheticDataset({ events: 10, seed: 1, lanes: 0 })).toThrow(/options\.lanes/);
  });

  it('passes parseDataset with exact evidence checks', () => {
    const d = generateSyntheticDataset({ events: 3_000, seed: 11, lanes: 5 });
    expect(() => parseDataset(d, { sourceTexts: SYNTHETIC_SOURCE_TEXTS })).not.toThrow();
  });
});
