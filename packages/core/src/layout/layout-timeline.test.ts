import { describe, expect, it } from 'vitest';
import { smallDataset } from '../../test/layouts/small-dataset.js';
import { generateSyntheticDataset } from '../dataset/synthetic/generate-synthetic-dataset.js';
import { whenSpan } from '../dates/index.js';
import { eventsByLane } from '../query/index.js';
import { DEFAULT_LAYOUT_OPTIONS } from './default-layout-options.js';
import { layoutTimeline } from './layout-timeline.js';
import { EMPTY_EXTENT, prepareTimeline } from './prepare-timeline.js';
import { OTHERS_LANE_ID } from '../query/index.js';
import type { EventMark, TimelineLayout, ViewDomain } from './types.js';
import type { LabelWords } from './label-words.js';

const { markSize } = DEFAULT_LAYOUT_OPTIONS;
const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
const small = prepareTimeline(smallDataset());
const synthetic = generateSyntheticDataset({ events: 3000, seed: 11 });
const dense = prepareTimeline(synthetic);

/** Horizontal extent of what is drawn for a mark, glyph included. */
const extentOf = (m: EventMark): [number, number] =>
  m.shape === 'point' || m.shape === 'hollow' ? [m.x - markSize / 2, m.x + markSize / 2] : [m.x, m.x2];

const views: [string, ViewDomain | undefined][] = [
  ['the full extent', undefined],
  ['a year', { start: utc(2013, 1), end: utc(2014, 1) }],
  ['a quarter', { start: utc(2012, 1), end: utc(2012, 4) }],
  ['three weeks', { start: utc(2013, 4, 1), end: utc(2013, 4, 22) }],
];

describe('layoutTimeline', () => {
  it('stacks one lane box per dataset lane in `order`, then the context row, each holding its mark rows, cluster row and stance band', () => {
    const layout = layoutTimeline(small, { width: 800 });
    const { rowHeight, maxRows, stanceHeight } = DEFAULT_LAYOUT_OPTIONS;
    expect(layout.lanes.map((l) => l.id)).toEqual(['russia', 'assad', 'opposition', 'west', OTHERS_LANE_ID]);
    const height = (maxRows + 1) * rowHeight + stanceHeight;
    layout.lanes.forEach((lane, i) => {
      expect(lane).toMatchObject({ index: i, y: i * height, height, stanceY: i * height + (maxRows + 1) * rowHeight });
    });
    expect(layout.lanes.map((l) => l.context === true)).toEqual([false, false, false, false, true]);
    expect(layout.height).toBe(5 * height);
  });

  it('draws every event: one with no participant in a lane gets a mark in the context row "others"', () => {
    const layout = layoutTimeline(small, { width: 800 });
    // Drawn: a mark of its own, or inside a cluster (a pill covering its start).
    const undrawn = smallDataset().events.filter((e) => {
      const start = whenSpan(e.when).start;
      return !layout.marks.some((m) => m.eventId === e.id) && !layout.clusters.some((c) => c.start <= start && start <= c.end);
    });
    expect(undrawn.map((e) => e.id)).toEqual([]);
    expect(layout.marks.filter((m) => m.laneId === OTHERS_LANE_ID).map((m) => m.eventId)).toEqual(['un-only']);
    // A dataset where every event has a lane gets no context row.
    const withoutUn = { ...smallDataset(), events: smallDataset().events.filter((e) => e.id !== 'un-only') };
    expect(layoutTimeline(prepareTimeline(withoutUn), { width: 800 }).lanes.map((l) => l.id)).not.toContain(OTHERS_LANE_ID);
  });

  it('hides the context row like any lane: only when `lanes` leaves it out', () => {
    const shown = layoutTimeline(small, { width: 800, lanes: ['russia', OTHERS_LANE_ID] });
    expect(shown.lanes.map((l) => l.id)).toEqual(['russia', OTHERS_LANE_ID]);
    expect(shown.visibleEventIds).toContain('un-only');
    const hidden = layoutTimeline(small, { width: 800, lanes: ['russia', 'assad'] });
    expect(hidden.lanes.map((l) => l.id)).toEqual(['russia', 'assad']);
    expect(hidden.marks.some((m) => m.eventId === 'un-only')).toBe(false);
    expect(hidden.visibleEventIds).not.toContain('un-only');
  });

  it('gives each tie the kind of its end: to a recipient, against a target, about an object', () => {
    const layout = layoutTimeline(small, { width: 800, domain: { start: utc(2012, 2, 1), end: utc(2012, 2, 12) } });
    const kinds = layout.ties.map((t) => `${t.eventId} ${t.fromLane}→${t.toLane} ${t.kind}`).sort();
    expect(kinds).toContain('lavrov-meets-assad russia→assad to');
    expect(kinds).toContain('ru-criticises-west-draft russia→west against');
    expect(kinds).toContain('ru-criticises-west-draft russia→assad about');
  });

  it('keeps one tie per pair of lanes, of the strongest kind (against over to over about)', () => {
    const data = smallDataset();
    const e = data.events.find((x) => x.id === 'ru-criticises-west-draft')!;
    e.participants.push({ actor: 'usa', role: 'recipient' }, { actor: 'syria', role: 'recipient' });
    const layout = layoutTimeline(prepareTimeline(data), { width: 800, domain: { start: utc(2012, 2, 1), end: utc(2012, 2, 12) } });
    const ties = layout.ties.filter((t) => t.eventId === e.id).map((t) => `${t.toLane} ${t.kind}`).sort();
    expect(ties).toEqual(['assad to', 'west against']);
  });

  it('keeps a header strip of `headerHeight` px free of marks at the top of each lane (room for an overlaid label)', () => {
    const headerHeight = 18;
    const plain = layoutTimeline(dense, { width: 320 });
    const layout = layoutTimeline(dense, { width: 320, headerHeight });
    const { rowHeight } = DEFAULT_LAYOUT_OPTIONS;
    expect(layout.lanes[0]!.height).toBe(plain.lanes[0]!.height + headerHeight);
    const lanes = new Map(layout.lanes.map((l) => [l.id, l]));
    for (const m of [...layout.marks, ...layout.clusters]) {
      const lane = lanes.get(m.laneId)!;
      expect(m.y - rowHeight / 2).toBeGreaterThanOrEqual(lane.y + headerHeight);
      expect(m.y + rowHeight / 2).toBeLessThanOrEqual(lane.stanceY);
    }
    // The same marks, each moved down by the header and its lane's share of the headers above.
    expect(layout.marks.map((m) => m.key)).toEqual(plain.marks.map((m) => m.key));
    expect(layout.lanes.map((l) => l.stanceY - l.y)).toEqual(plain.lanes.map((l) => l.stanceY - l.y + headerHeight));
  });

  it('shows only the requested lanes, in the requested order, ignoring unknown and repeated ids', () => {
    const layout = layoutTimeline(small, { width: 800, lanes: ['west', 'nowhere', 'russia', 'west'] });
    expect(layout.lanes.map((l) => l.id)).toEqual(['west', 'russia']);
    expect(new Set(layout.marks.map((m) => m.laneId))).toEqual(new Set(['west', 'russia']));
    expect(layout.visibleEventIds).not.toContain('snc-founded');
  });

  for (const width of [320, 1200]) {
    for (const [name, domain] of views) {
      it(`never overlaps two marks (glyph included) or two clusters in one lane row: ${name} at ${width}px`, () => {
        const layout = layoutTimeline(dense, { width, ...(domain ? { domain } : {}) });
        const rows = new Map<string, [number, number][]>();
        for (const m of layout.marks) {
          const key = `${m.laneId}/${m.row}`;
          if (!rows.has(key)) rows.set(key, []);
          rows.get(key)!.push(extentOf(m));
        }
        for (const c of layout.clusters) {
          const key = `${c.laneId}/${c.row}`;
          if (!rows.has(key)) rows.set(key, []);
          rows.get(key)!.push([c.x, c.x2]);
          expect(c.x2).toBeGreaterThan(c.x);
        }
        for (const spans of rows.values()) {
          spans.sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
        }
      });

      it(`places every mark and cluster inside its lane\u2019s band: ${name} at ${width}px`, () => {
        const layout = layoutTimeline(dense, { width, ...(domain ? { domain } : {}) });
        const lanes = new Map(layout.lanes.map((l) => [l.id, l]));
        const { rowHeight } = DEFAULT_LAYOUT_OPTIONS;
        for (const m of [...layout.marks, ...layout.clusters]) {
          const lane = lanes.get(m.laneId)!;
          expect(m.y - rowHeight / 2).toBeGreaterThanOrEqual(lane.y);
          expect(m.y + rowHeight / 2).toBeLessThanOrEqual(lane.stanceY);
        }
      });

      it(`accounts for every visible lane-event exactly once, as a mark or in a cluster: ${name} at ${width}px`, () => {
        const layout = layoutTimeline(dense, { width, ...(domain ? { domain } : {}) });
        const { start, end } = layout.domain;
        let expected = 0;
        for (const events of eventsByLane(synthetic).values()) {
          for (const e of events) {
            const span = whenSpan(e.when);
            if (span.end >= start && span.start <= end) expected++;
          }
        }
        const clustered = layout.clusters.reduce((sum, c) => sum + c.count, 0);
        expect(layout.marks.length + clustered).toBe(expected);
        expect(new Set(layout.marks.map((m) => m.key)).size).toBe(layout.marks.length);
        expect(new Set(layout.clusters.map((c) => c.key)).size).toBe(layout.clusters.length);
      });
    }
  }

  it('never shows fewer individual marks when zooming in (and never more when zooming out)', () => {
    // All events stay in view, so only the zoom changes: wider plots over one domain, and narrower domains.
    const oneYear = prepareTimeline(generateSyntheticDataset({ events: 1500, seed: 5, years: 1, startYear: 2013 }));
    const counts = [250, 400, 640, 1000, 1600, 2600, 4000, 6400].map((width) => layoutTimeline(dense, { width }).marks.length);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]!);
    expect(counts[counts.length - 1]).toBeGreaterThan(counts[0]!);
    const spans = [10, 6, 3, 2, 1.2, 1.02].map((years) => {
      const mid = utc(2013, 7, 2);
      const half = (years * 365.25 * 86_400_000) / 2;
      return layoutTimeline(oneYear, { width: 900, domain: { start: mid - half, end: mid + half } }).marks.length;
    });
    for (let i = 1; i < spans.length; i++) expect(spans[i]).toBeGreaterThanOrEqual(spans[i - 1]!);
  });

  it('keeps the clusters in the middle of the view when panning (tiles are anchored to time)', () => {
    const span = 200 * 86_400_000;
    const start = utc(2012, 6, 1);
    const shift = span / 10;
    const a = layoutTimeline(dense, { width: 1000, domain: { start, end: start + span } });
    const b = layoutTimeline(dense, { width: 1000, domain: { start: start + shift, end: start + span + shift } });
    const middle = (l: TimelineLayout) => l.clusters.filter((c) => c.x > 350 && c.x2 < 650).map((c) => [c.key, c.count]);
    expect(middle(a).length).toBeGreaterThan(3);
    const inB = new Map(b.clusters.map((c) => [c.key, c.count]));
    for (const [key, count] of middle(a)) expect(inB.get(key as string)).toBe(count);
  });

  it('lays out marks within marginPx of the window, and only those', () => {
    const domain = { start: utc(2012, 2, 10), end: utc(2012, 3, 1) };
    const bare = layoutTimeline(small, { width: 400, domain });
    const margin = layoutTimeline(small, { width: 400, domain, marginPx: 400 });
    expect(bare.marks.some((m) => m.eventId === 'veto-1')).toBe(false);
    expect(margin.marks.some((m) => m.eventId === 'veto-1')).toBe(true);
    for (const m of margin.marks) expect(m.x2).toBeGreaterThanOrEqual(-400 - markSize);
  });

  it('lays out a range that starts before the window and reaches into it', () => {
    const layout = layoutTimeline(small, { width: 600, domain: { start: utc(2012, 2, 1), end: utc(2012, 3, 1) } });
    const mark = layout.marks.find((m) => m.eventId === 'west-sanctions')!;
    expect(mark.shape).toBe('range');
    expect(mark.x).toBeLessThan(0);
    expect(mark.x2).toBeGreaterThan(600);
    expect(layout.visibleEventIds).toContain('west-sanctions');
    expect(layout.visibleEventIds).not.toContain('snc-founded');
  });

  it('draws day dates as points, explicit ends as ranges at least a glyph wide, and partial dates as spans or hollow marks', () => {
    const wide = layoutTimeline(small, { width: 2000, domain: { start: utc(2011, 9, 1), end: utc(2012, 6, 1) } });
    const narrow = layoutTimeline(small, { width: 150 });
    const shape = (l: TimelineLayout, id: string) => l.marks.find((m) => m.eventId === id)!;
    expect(shape(wide, 'veto-1').shape).toBe('point');
    expect(shape(wide, 'veto-1').x2).toBe(shape(wide, 'veto-1').x);
    expect(shape(wide, 'west-sanctions').shape).toBe('range');
    expect(shape(wide, 'snc-founded')).toMatchObject({ shape: 'span' });
    expect(shape(narrow, 'snc-founded').shape).toBe('hollow');
    for (const m of narrow.marks.filter((m) => m.shape === 'range')) expect(m.x2 - m.x).toBeGreaterThanOrEqual(markSize);
    expect(shape(narrow, 'us-year')).toMatchObject({ approximate: true, uncertain: false });
    expect(shape(narrow, 'casualties').background).toBe(true);
    expect(shape(narrow, 'veto-1').background).toBe(false);
  });

  it('collapses a crowded week into a cluster when zoomed out, and expands it into marks when zoomed in', () => {
    const out = layoutTimeline(small, { width: 400 });
    const cluster = out.clusters.find((c) => c.laneId === 'russia')!;
    expect(cluster.count).toBeGreaterThanOrEqual(2);
    expect(cluster.key).toContain(cluster.firstEventId);
    expect(cluster.key).toContain(cluster.lastEventId);
    expect(cluster.key).toContain('russia');
    expect(cluster.label).toMatch(/^\d+ events, \d+ Feb 2012 – \d+ Feb 2012, Russia$/);
    const zoomed = layoutTimeline(small, { width: 400, domain: { start: cluster.start - 86_400_000, end: cluster.end + 86_400_000 } });
    expect(zoomed.clusters.filter((c) => c.laneId === 'russia')).toEqual([]);
    expect(zoomed.marks.filter((m) => m.laneId === 'russia').length).toBeGreaterThanOrEqual(cluster.count);
  });

  it('names each mark in plain text: title, date, how the date is known, lanes', () => {
    const layout = layoutTimeline(small, { width: 3000 });
    const label = (id: string) => layout.marks.find((m) => m.eventId === id)!.label;
    expect(label('lavrov-meets-assad')).toBe('Event lavrov-meets-assad, 7 Feb 2012 (date stated), Russia, Assad');
    expect(label('geneva')).toBe('Event geneva, 22 Jan 2014 (date resolved from the dateline), Russia, Opposition, Assad');
  });

  it('writes the stances\u2019 names with the words it is given', () => {
    const words: LabelWords = {
      stance: (lane, position, condition, issue, from) => `<${lane}|${position}|${condition}|${issue}|${from}>`,
      observation: (lane, position, condition, issue, date, basis) => `(${lane}|${position}|${condition}|${issue}|${date}|${basis})`,
    };
    const near = layoutTimeline(small, { width: 3000, words });
    expect(near.stances.length).toBeGreaterThan(0);
    expect(near.stances.every((s) => /^<.+\|(supports|opposes|neutral)\|.*\|.+\|.+>$/.test(s.label))).toBe(true);
    // The default words stay English, and other layouts keep their own names.
    expect(layoutTimeline(small, { width: 3000 }).stances.every((s) => s.label.includes(', from '))).toBe(true);
  });

  it('ties an event\u2019s mark in the actor\u2019s lane to its mark in the recipient\u2019s lane, never within one lane', () => {
    const layout = layoutTimeline(small, { width: 3000 });
    const markOf = new Map(layout.marks.map((m) => [m.key, m]));
    expect(layout.ties.map((t) => [t.eventId, t.fromLane, t.toLane])).toContainEqual(['lavrov-meets-assad', 'russia', 'assad']);
    expect(layout.ties.map((t) => t.eventId)).not.toContain('veto-1');
    for (const tie of layout.ties) {
      expect(tie.fromLane).not.toBe(tie.toLane);
      expect(tie.y1).toBe(markOf.get(`${tie.eventId}@${tie.fromLane}`)!.y);
      expect(tie.y2).toBe(markOf.get(`${tie.eventId}@${tie.toLane}`)!.y);
    }
    const onlyRussia = layoutTimeline(small, { width: 3000, lanes: ['russia', 'opposition'] });
    expect(onlyRussia.ties.map((t) => t.toLane)).toEqual(['opposition']);
  });

  it('lists the visible events once each, in time order, even when an event is in two lanes', () => {
    const layout = layoutTimeline(small, { width: 800 });
    expect(layout.visibleEventIds[0]).toBe('snc-founded');
    expect(layout.visibleEventIds.filter((id) => id === 'lavrov-meets-assad')).toHaveLength(1);
    // The UN's lone event is in the context row, and listed like the others.
    expect(layout.visibleEventIds).toContain('un-only');
    const starts = layout.visibleEventIds.map((id) => whenSpan(smallDataset().events.find((e) => e.id === id)!.when).start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('labels ticks with the locale (Russian months in Cyrillic)', () => {
    const layout = layoutTimeline(small, { width: 1000, domain: { start: utc(2012, 1), end: utc(2013, 1) }, locale: 'ru' });
    expect(layout.level).toBe('month');
    expect(layout.ticks.some((t) => /[\u0400-\u04FF]/.test(t.label))).toBe(true);
  });

  it('is pure: leaves the dataset untouched and gives equal output for equal input', () => {
    const dataset = smallDataset();
    const before = JSON.stringify(dataset);
    const prepared = prepareTimeline(dataset);
    const a = layoutTimeline(prepared, { width: 700, domain: { start: utc(2012, 1), end: utc(2012, 6) } });
    layoutTimeline(prepared, { width: 300 });
    const b = layoutTimeline(prepared, { width: 700, domain: { start: utc(2012, 1), end: utc(2012, 6) } });
    expect(b).toEqual(a);
    expect(JSON.stringify(dataset)).toBe(before);
  });

  it('lays out an empty dataset over the documented default extent without failing', () => {
    const layout = layoutTimeline(prepareTimeline({ ...smallDataset(), events: [], stances: [] }), { width: 500 });
    expect(layout.extent).toEqual(EMPTY_EXTENT);
    expect(layout.marks).toEqual([]);
    expect(layout.ticks.length).toBeGreaterThan(0);
  });

  it('rejects an unusable width or domain with an error naming the option', () => {
    expect(() => layoutTimeline(small, { width: -1 })).toThrow(/options\.width: got -1/);
    expect(() => layoutTimeline(small, { width: 100, domain: { start: 5, end: 5 } })).toThrow(/options\.domain/);
  });
});

describe('layoutTimeline: counting and listing the first events in view without listing them all', () => {
  const prepared = prepareTimeline(generateSyntheticDataset({ events: 3000, seed: 31, years: 3 }));
  const DAY = 86_400_000;
  const windows: [ViewDomain, string[] | undefined][] = [];
  for (let i = 0; i < 40; i++) {
    const start = Date.UTC(2010, 11, 1) + ((i * 37) % 1100) * DAY;
    const span = (1 + ((i * 53) % 700)) * DAY;
    const lanes = i % 3 === 0 ? [prepared.lanes[i % prepared.lanes.length]!.lane.id] : undefined;
    windows.push([{ start, end: start + span }, lanes]);
  }

  it('gives the number of visibleEventIds and their beginning, whether or not the list was read first', () => {
    let seen = 0;
    for (const [domain, lanes] of windows) {
      const options = { width: 900, domain, ...(lanes ? { lanes } : {}) };
      const fresh = layoutTimeline(prepared, options);
      const count = fresh.countVisibleEvents();
      const first = fresh.firstVisibleEventIds(25);
      const all = layoutTimeline(prepared, options).visibleEventIds;
      expect(count).toBe(all.length);
      expect(first).toEqual(all.slice(0, 25));
      // Once listed, the same answers from the list.
      expect(fresh.visibleEventIds).toEqual(all);
      expect(fresh.countVisibleEvents()).toBe(all.length);
      expect(fresh.firstVisibleEventIds(7)).toEqual(all.slice(0, 7));
      seen += all.length > 25 ? 1 : 0;
    }
    expect(seen).toBeGreaterThan(10);
  });
});
