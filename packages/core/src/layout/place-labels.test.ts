import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../dataset/index.js';
import { generateSyntheticDataset } from '../dataset/synthetic/generate-synthetic-dataset.js';
import type { EventType } from '../model/index.js';
import { layoutTimeline } from './layout-timeline.js';
import { markBox } from './mark-geometry.js';
import { placeLabels, type LabelBox, type PlaceLabelsOptions } from './place-labels.js';
import { shortenText } from './shorten-text.js';
import { textDirection } from './text-direction.js';
import { prepareTimeline } from './prepare-timeline.js';
import type { EventMark, LaneBox } from './types.js';

/** A fixed-pitch font: 6 px a character, whatever fonts the machine has. */
const measure = (t: string) => [...t].length * 6;
const lane = (id: string, y: number, rows: number): LaneBox => ({ id, label: id, color: '#000', index: 0, y, height: rows * 22 + 10, stanceY: y + rows * 22 });

function mark(id: string, x: number, y: number, type: EventType = 'statement', extra: Partial<EventMark> = {}): EventMark {
  return {
    key: `${id}@a`, eventId: id, laneId: 'a', shape: 'point', type, x, x2: x, y, row: 0, start: 0, end: 0,
    basis: 'stated', approximate: false, uncertain: false, background: false, label: id, ...extra,
  };
}

const overlaps = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) =>
  a.x0 < b.x1 - 1e-9 && b.x0 < a.x1 - 1e-9 && a.y0 < b.y1 - 1e-9 && b.y0 < a.y1 - 1e-9;

function expectNoCollisions(labels: LabelBox[], marks: readonly EventMark[], width: number, lanes: readonly LaneBox[]) {
  for (const [i, l] of labels.entries()) {
    expect(l.x0).toBeGreaterThanOrEqual(0);
    expect(l.x1).toBeLessThanOrEqual(width + 1e-9);
    const laneBox = lanes.find((b) => b.id === marks.find((m) => m.key === l.key)!.laneId)!;
    expect(l.y0).toBeGreaterThanOrEqual(laneBox.y);
    expect(l.y1).toBeLessThanOrEqual(laneBox.stanceY);
    for (const other of labels.slice(i + 1)) expect(overlaps(l, other), `${l.text} / ${other.text}`).toBe(false);
    for (const m of marks) expect(overlaps(l, markBox(m, 12)), `${l.text} over ${m.key}`).toBe(false);
  }
}

const titles: Record<string, string> = {
  a: 'Russia and China veto the draft resolution on Syria',
  b: 'Lavrov flies to Damascus to meet Assad',
  c: 'An envoy is named',
};

describe('placeLabels', () => {
  const base = (marks: EventMark[], extra: Partial<PlaceLabelsOptions> = {}): LabelBox[] =>
    placeLabels({ marks, clusters: [] }, { width: 300, markSize: 12, measure, title: (m) => titles[m.eventId] ?? m.eventId, lanes: [lane('a', 0, 1)], ...extra });

  it('puts a title right of its mark when it fits, whole', () => {
    const [label] = base([mark('c', 20, 11)]);
    expect(label).toMatchObject({ text: 'An envoy is named', full: true, direction: 'ltr', x0: 29, y: 11 });
    expect(label!.x1 - label!.x0).toBe(measure('An envoy is named'));
  });

  it('keeps off the obstacles it is given (the break of a folded axis): shortened before one', () => {
    const [free] = base([mark('c', 20, 11)]);
    expect(free!.full).toBe(true);
    const [label] = base([mark('c', 20, 11)], { obstacles: [{ x0: 80, x1: 110, y0: 0, y1: 100 }] });
    expect(label === undefined || label.x1 <= 80).toBe(true);
    if (label) expect(label.full).toBe(false);
  });

  it('titles a bar that crosses the whole plot past a break at its edge, under the bar, in either direction', () => {
    // A range begun before the window and ended after it, its row in a lane of two, with the folded
    // time of a break over the plot's first (or, right to left, last) 30 px: the bar must not read
    // as an unnamed band.
    const lanes = [lane('a', 0, 2)];
    const bar = mark('a', -400, 11, 'violence', { shape: 'range', x2: 900 });
    const ltr = base([bar], { lanes, obstacles: [{ x0: -50, x1: 30, y0: 0, y1: 100 }] });
    expect(ltr).toHaveLength(1);
    expect(ltr[0]!.x0).toBeGreaterThanOrEqual(30);
    expect(ltr[0]!.y0).toBeGreaterThan(11);
    expectNoCollisions(ltr, [bar], 300, lanes);
    const rtlTitle = (m: EventMark) => (m.eventId === 'a' ? 'يعقد مجلس الأمن جلسة طارئة' : m.eventId);
    const rtl = base([bar], { lanes, direction: 'rtl', title: rtlTitle, obstacles: [{ x0: 270, x1: 350, y0: 0, y1: 100 }] });
    expect(rtl).toHaveLength(1);
    expect(rtl[0]!.x1).toBeLessThanOrEqual(270);
    expectNoCollisions(rtl, [bar], 300, lanes);
  });

  it('shortens a title with an ellipsis at its end to the room before the next mark', () => {
    const [label] = base([mark('b', 20, 11), mark('x', 120, 11, 'other', { background: true })]);
    // From the glyph's edge + gap (29) to the next glyph's edge (114): 85 px, 14 characters of 6 px.
    expect(label!.eventId).toBe('b');
    expect(label!.full).toBe(false);
    expect(label!.text.endsWith('…')).toBe(true);
    expect(titles['b']!.startsWith(label!.text.slice(0, -1))).toBe(true);
    expect(label!.x1).toBeLessThanOrEqual(114);
    expect(label!.text).toBe('Lavrov flies …'.replace(' …', '…'));
  });

  it('gives contested room to the more important title, and the selected one before any', () => {
    // b (a veto) and a (a statement) compete for the gap between them; c blocks b's right side.
    const marks = [mark('a', 8, 11, 'statement'), mark('b', 200, 11, 'veto'), mark('c', 214, 11, 'other')];
    const byId = (labels: LabelBox[]) => new Map(labels.map((l) => [l.eventId, l]));
    const plain = byId(base(marks));
    expect(plain.get('b')!.x1).toBeLessThanOrEqual(194 - 3);
    expect(plain.get('b')!.x0).toBeLessThan(100);
    expect(plain.has('a')).toBe(false);
    const selected = byId(base(marks, { selectedId: 'a' }));
    expect(selected.get('a')!.x0).toBe(17);
    expect(selected.has('b')).toBe(false);
    const focused = byId(base(marks, { focusedKey: 'a@a' }));
    expect(focused.has('a')).toBe(true);
    expect(focused.has('b')).toBe(false);
  });

  it('never overlaps another label, a mark or a pill, and stays inside the plot and the lane', () => {
    const lanes = [lane('a', 0, 3)];
    const marks: EventMark[] = [];
    for (let i = 0; i < 45; i++) marks.push(mark(`e${i}`, (i * 67) % 800, 11 + 22 * (i % 3), (['veto', 'statement', 'meeting'] as const)[i % 3]));
    const pill = { key: 'cluster:a:x:y', laneId: 'a', x: 150, x2: 190, y: 55, row: 2, count: 3, start: 0, end: 0, firstEventId: 'x', lastEventId: 'y', label: '' };
    const labels = placeLabels({ marks, clusters: [pill] }, { width: 800, markSize: 12, measure, title: (m) => `Event ${m.eventId} with a long title`, lanes });
    expect(labels.length).toBeGreaterThan(15);
    expect(labels.some((l) => !l.full)).toBe(true);
    expectNoCollisions(labels, marks, 800, lanes);
    for (const l of labels) expect(overlaps(l, markBox(pill, 12))).toBe(false);
  });

  it('places a right-to-left title on the side it reads from, its ellipsis at its end', () => {
    const title = 'روسيا والصين تستخدمان حق النقض ضد مشروع القرار';
    const labels = placeLabels(
      { marks: [mark('r', 150, 11)], clusters: [] },
      { width: 300, markSize: 12, measure, title: () => title, lanes: [lane('a', 0, 1)] },
    );
    expect(labels[0]).toMatchObject({ direction: 'rtl', x1: 141 });
    expect(labels[0]!.text.endsWith('…')).toBe(true);
    expect(title.startsWith(labels[0]!.text.slice(0, -1))).toBe(true);
    expect(textDirection('2012: Lavrov')).toBe('ltr');
    expect(textDirection('— 2012', 'rtl')).toBe('rtl');
  });

  it('does bounded work: only the best maxCandidates marks are read and measured, whatever their number', () => {
    const marks: EventMark[] = [];
    for (let i = 0; i < 100_000; i++) marks.push(mark(`e${i}`, (i * 7.3) % 2000 - 500, 11, i === 50_001 ? 'veto' : 'statement', { background: i % 2 === 0 }));
    let titleCalls = 0;
    let measureCalls = 0;
    const asked: string[] = [];
    const labels = placeLabels({ marks, clusters: [] }, {
      width: 1000, markSize: 12, lanes: [lane('a', 0, 1)], maxCandidates: 50,
      title: (m) => (titleCalls++, asked.push(m.eventId), `Title of ${m.eventId} that is long enough`),
      measure: (t) => (measureCalls++, measure(t)),
    });
    expect(titleCalls).toBeLessThanOrEqual(50);
    expect(measureCalls).toBeLessThanOrEqual(50 * 4 * 8);
    // The most important in view (the only veto) is among them.
    expect(asked).toContain('e50001');
    expect(labels.every((l) => l.x0 >= 0 && l.x1 <= 1000)).toBe(true);
  });

  it('shortenText keeps surrogate pairs whole and refuses fewer than minChars', () => {
    expect(shortenText('ab😀cdef', 3 * 6, measure, 2)).toEqual({ text: 'ab…', full: false });
    expect(shortenText('abcdefgh', 3 * 6, measure, 4)).toBeNull();
    expect(shortenText('abc', 100, measure, 4)).toEqual({ text: 'abc', full: true });
  });
});

describe('placeLabels on the built-in dataset', () => {
  const prepared = prepareTimeline(builtinDataset);
  const width = 1100;
  const place = (domain?: { start: number; end: number }) => {
    const layout = layoutTimeline(prepared, { width, ...(domain ? { domain } : {}) });
    // The marks of a layout carry their event's title.
    return { layout, labels: placeLabels(layout, { width, markSize: 12, measure, lanes: layout.lanes }) };
  };

  it('titles at least half of the events of February 2012 in a month view', () => {
    const feb = { start: Date.UTC(2012, 1, 1), end: Date.UTC(2012, 2, 1) };
    const { layout, labels } = place(feb);
    const inFeb = new Set(builtinDataset.events.filter((e) => e.when.start.startsWith('2012-02')).map((e) => e.id));
    const titled = labels.filter((l) => inFeb.has(l.eventId));
    expect(titled.length).toBeGreaterThanOrEqual(Math.ceil(inFeb.size / 2));
    expectNoCollisions(labels, layout.marks, width, layout.lanes);
  });

  it('titles every clump at the full view, the most important marks first', () => {
    const { layout, labels } = place();
    const x = (iso: string) => ((Date.parse(iso) - layout.domain.start) / (layout.domain.end - layout.domain.start)) * width;
    const clumps = [['2011-10-01', '2012-04-01'], ['2013-08-01', '2013-12-01'], ['2015-08-01', '2015-11-01']];
    for (const [from, to] of clumps) {
      expect(labels.some((l) => {
        const m = layout.marks.find((k) => k.key === l.key)!;
        return m.x >= x(from!) && m.x <= x(to!);
      }), `${from} – ${to}`).toBe(true);
    }
    expectNoCollisions(labels, layout.marks, width, layout.lanes);
  });
});

describe('placeLabels at 100,000 events: the work of one view is what is in view', () => {
  const events = 100_000;
  const prepared = prepareTimeline(generateSyntheticDataset({ events, seed: 20110315 }));
  const width = 1000;

  /** Lays out `domain` and places its titles, counting every mark or pill placement reads, and its titles and measures. */
  function placeCounted(domain?: { start: number; end: number }) {
    const layout = layoutTimeline(prepared, { width, ...(domain ? { domain } : {}) });
    let reads = 0;
    const counted = <T extends object>(items: readonly T[]): readonly T[] => new Proxy(items, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const asked: EventMark[] = [];
    let measures = 0;
    const labels = placeLabels({ marks: counted(layout.marks), clusters: counted(layout.clusters) }, {
      width, markSize: 12, lanes: layout.lanes,
      title: (m) => (asked.push(m), m.title ?? ''),
      measure: (t) => (measures++, measure(t)),
    });
    return { layout, labels, reads, asked, measures, items: layout.marks.length + layout.clusters.length };
  }

  it('reads each mark and pill of the view at most twice, and a view holds a small share of the events', () => {
    const middle = (prepared.extent.start + prepared.extent.end) / 2;
    const week = { start: middle, end: middle + 7 * 86_400_000 };
    for (const domain of [week, undefined]) {
      const { reads, items, labels } = placeCounted(domain);
      expect(items).toBeGreaterThan(0);
      expect(labels.length).toBeGreaterThan(0);
      // The obstacle grid, then the candidates: two passes over the marks, one over the pills. Never a
      // pass per candidate, and never the dataset's events.
      expect(reads).toBeLessThanOrEqual(2 * items);
      expect(items).toBeLessThan(events / 50);
    }
  });

  it('asks for and measures the titles of at most maxCandidates marks, all anchored in view', () => {
    const middle = (prepared.extent.start + prepared.extent.end) / 2;
    const { asked, measures } = placeCounted({ start: middle, end: middle + 30 * 86_400_000 });
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.length).toBeLessThanOrEqual(150);
    // Each candidate: up to four spots, each a whole measure and a few to shorten it.
    expect(measures).toBeLessThanOrEqual(150 * 4 * 8);
    for (const m of asked) {
      const point = m.shape === 'point' || m.shape === 'hollow';
      expect(point ? m.x : m.x2, m.key).toBeGreaterThanOrEqual(0);
      expect(m.x, m.key).toBeLessThanOrEqual(width);
    }
  });
});
