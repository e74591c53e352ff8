import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../builtin.js';
import { compressTimeAxis } from './compress-time-axis.js';
import { layoutTimeline } from './layout-timeline.js';
import { estimateTickLabelWidth, placeTickLabels, TICK_LABEL_GAP_PX } from './place-tick-labels.js';
import { prepareTimeline } from './prepare-timeline.js';
import type { Tick } from './types.js';

const prepared = prepareTimeline(builtinDataset);
const axis = compressTimeAxis(prepared);

/** The boxes of the placed labels, in x order. */
function boxes(ticks: readonly Tick[], width: number, breaks: readonly { x: number; x2: number }[] = []) {
  const placed = placeTickLabels(ticks, width, breaks);
  return ticks.flatMap((t) => {
    const p = placed.get(t.key);
    return p ? [{ tick: t, text: p.text, from: t.x + p.dx, to: t.x + p.dx + estimateTickLabelWidth(p.text, t.major) }] : [];
  }).sort((a, b) => a.from - b.from);
}

describe('placeTickLabels', () => {
  for (const width of [320, 390, 768, 1088, 1440]) {
    const layout = layoutTimeline(prepared, { width, axis });
    const shown = boxes(layout.ticks, width, layout.breaks);

    it(`at ${width} px, the folded full view: no label runs into another or past an edge`, () => {
      expect(shown.length).toBeGreaterThan(1);
      for (const b of shown) expect([b.from >= 0, b.to <= width]).toEqual([true, true]);
      for (let i = 1; i < shown.length; i++) expect(shown[i]!.from - shown[i - 1]!.to).toBeGreaterThanOrEqual(TICK_LABEL_GAP_PX);
    });

    it(`at ${width} px, every busy period at least 60 px wide names its year`, () => {
      const edges = [0, ...layout.breaks.flatMap((b) => [b.x, b.x2]), width];
      for (let i = 0; i < edges.length; i += 2) {
        const [from, to] = [edges[i]!, edges[i + 1]!];
        if (to - from < 60) continue;
        const year = shown.find((b) => b.tick.x >= from - 0.5 && b.tick.x <= to + 0.5 && /\d{4}/.test(b.text));
        expect(year, `the period from ${from.toFixed(0)} to ${to.toFixed(0)} px`).toBeDefined();
      }
    });
  }

  it('moves a label right to clear the one before', () => {
    const ticks: Tick[] = [
      { key: 'a', time: 0, x: 0, label: 'Nov 2011', major: true, lead: true, short: '2011' },
      { key: 'b', time: 1, x: 66, label: 'Jan 2012', major: true, short: '2012' },
    ];
    const placed = placeTickLabels(ticks, 400);
    expect(placed.get('a')).toEqual({ dx: 4, text: 'Nov 2011' });
    // 'Nov 2011' (64 px) ends at 68: 'Jan 2012' starts 8 px later, 10 px right of its line.
    expect(placed.get('b')).toEqual({ dx: 10, text: 'Jan 2012' });
  });

  it('writes a major label short when its full form fits on neither side of its line', () => {
    const ticks: Tick[] = [
      { key: 'a', time: 0, x: 0, label: 'Nov 2011', major: true, lead: true, short: '2011' },
      { key: 'c', time: 2, x: 90, label: 'Sept 2015', major: true, lead: true, short: '2015' },
    ];
    // 'Sept 2015' (72 px) passes the right edge at 140 right of its line, and runs into 'Nov 2011' left of it.
    expect(placeTickLabels(ticks, 140).get('c')).toEqual({ dx: 4, text: '2015' });
    expect(placeTickLabels(ticks, 400).get('c')).toEqual({ dx: 4, text: 'Sept 2015' });
  });

  it('leaves out a minor label whose year is not written', () => {
    const ticks: Tick[] = [
      { key: 'a', time: 0, x: 0, label: 'Nov 2011', major: true, lead: true },
      { key: 'b', time: 1, x: 30, label: 'Jan 2012', major: true },
      { key: 'c', time: 2, x: 100, label: 'Feb', major: false },
    ];
    const placed = placeTickLabels(ticks, 300);
    expect([...placed.keys()]).toEqual(['a']);
  });
});

describe('the folded axis', () => {
  it('gives a busy period with no month boundary a lead tick at its start that names month and year', () => {
    // At 390 px the August–November 2013 period is too narrow for a tick every 3 months.
    const layout = layoutTimeline(prepared, { width: 390, axis });
    for (const b of layout.breaks) {
      const next = layout.breaks.find((c) => c.x > b.x2);
      const inside = layout.ticks.filter((t) => t.x >= b.x2 && t.x <= (next?.x ?? 390));
      expect(inside.length, `after the break at ${b.x.toFixed(0)} px`).toBeGreaterThan(0);
      expect(inside[0]!.lead).toBe(true);
      expect(inside[0]!.label).toMatch(/\d{4}/);
    }
  });
});
