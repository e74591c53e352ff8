import type { EventType, Id } from '../model/index.js';
import { BoxGrid } from './box-grid.js';
import { markBox, type MarkBox } from './mark-geometry.js';
import { shortenText } from './shorten-text.js';
import { textDirection } from './text-direction.js';
import type { ClusterMark, EventMark, LaneBox } from './types.js';

/** A title placed on the plot: text (shortened with '…' when it had to be), its box, and how to draw it. */
export interface LabelBox {
  /** The labelled mark's key (one label per event: an event drawn in two lanes is labelled once). */
  key: string;
  eventId: Id;
  /** What to draw: the title, or its beginning followed by '…'. */
  text: string;
  /** True when `text` is the whole title. */
  full: boolean;
  /** Reading direction of the text: an 'rtl' label is drawn right-aligned at `x1`, an 'ltr' one left-aligned at `x0`. */
  direction: 'ltr' | 'rtl';
  /** The box, px in plot coordinates (as the marks'): left, right, top, bottom. */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Baseline-independent centre line of the text. */
  y: number;
}

export interface PlaceLabelsOptions {
  /** Width of the plot, px: labels stay within [0, width]. */
  width: number;
  /** Diameter of a point glyph, px (as given to the layout). */
  markSize: number;
  /** The title of a mark's event; called only for the candidates kept (see `maxCandidates`). Default: `mark.title`. */
  title?: (mark: EventMark) => string;
  /** Width of a text in px, in the font the labels are drawn in (the renderer measures; core has no fonts). */
  measure: (text: string) => number;
  /** The lanes (bounds of their labels: from the lane's top plus `headerHeight` down to its stance band). */
  lanes: readonly LaneBox[];
  /** More boxes no label may cover, in the lanes' px (the breaks of a gap-compressed axis). Default none. */
  obstacles?: readonly MarkBox[];
  /** Strip at the top of each lane kept free (an overlaid lane name), px. Default 0. */
  headerHeight?: number;
  /** The selected event: its label is placed first. */
  selectedId?: Id | null;
  /** The mark holding keyboard focus: its label is placed next. */
  focusedKey?: string | null;
  /** Direction of text with no strong character of its own (digits, punctuation). Default 'ltr'. */
  direction?: 'ltr' | 'rtl';
  /** Height of a label's box, px. Default 13 (an 11 px font). */
  labelHeight?: number;
  /** Space between a mark and its label, px. Default 3. */
  gap?: number;
  /** Widest label, px. Default 240. */
  maxWidth?: number;
  /** A shortened label keeps at least this many characters before the '…', or is not drawn. Default 6. */
  minChars?: number;
  /** Room narrower than this (px) is not even measured: no title fits there. Default 24. */
  minRoom?: number;
  /**
   * Most marks considered, the most important first: the work per view is bounded by this (each
   * candidate costs a few `measure` calls), whatever the number of marks. Default 150.
   */
  maxCandidates?: number;
}

/**
 * How much an event type is worth a title when not every mark can have one (a higher rank wins).
 * Acts that change the situation rank above talk about it.
 */
export const TYPE_IMPORTANCE: Readonly<Record<EventType, number>> = Object.freeze({
  veto: 14, agreement: 13, sanction: 12, violence: 11, meeting: 10, offer: 9, demand: 8, rejection: 7,
  accusation: 6, support: 5, call: 4, criticism: 3, appeal: 2, statement: 1, other: 0,
});

interface Candidate {
  mark: EventMark;
  rank: number;
}

/** Placement order: selected, focused, foreground, background; then type importance; then time. */
function rankOf(m: EventMark, selectedId: Id | null, focusedKey: string | null): number {
  const tier = m.eventId === selectedId ? 3 : m.key === focusedKey ? 2 : m.background ? 0 : 1;
  return tier * 100 + (TYPE_IMPORTANCE[m.type] ?? 0);
}

/**
 * Places the marks' titles where they fit: beside the mark in its row (on the side its text reads
 * from first), else above or below it, shortened with '…' at the text's end when the room is
 * short. A label never overlaps another label, a mark or a cluster pill, and stays inside its lane
 * and the plot. Greedy by priority (selected, focused, foreground, background, then
 * `TYPE_IMPORTANCE`, then earlier first): where titles compete for room, the more important one
 * gets it. Pure; O(m + c·log(length)) for m marks and c ≤ `maxCandidates` candidates.
 */
export function placeLabels(
  items: { readonly marks: readonly EventMark[]; readonly clusters: readonly ClusterMark[] },
  o: PlaceLabelsOptions,
): LabelBox[] {
  const height = o.labelHeight ?? 13;
  const gap = o.gap ?? 3;
  const maxWidth = o.maxWidth ?? 240;
  const minChars = o.minChars ?? 6;
  const minRoom = o.minRoom ?? 24;
  const maxCandidates = Math.max(0, Math.floor(o.maxCandidates ?? 150));
  const headerHeight = o.headerHeight ?? 0;
  const selectedId = o.selectedId ?? null;
  const focusedKey = o.focusedKey ?? null;
  const { width, markSize } = o;

  // Obstacles: every mark and pill in view.
  let lanesHeight = 0;
  for (const l of o.lanes) lanesHeight = Math.max(lanesHeight, l.y + l.height);
  const grid = new BoxGrid(width, lanesHeight);
  for (const m of items.marks) grid.add(markBox(m, markSize));
  for (const c of items.clusters) grid.add(markBox(c, markSize));
  for (const b of o.obstacles ?? []) grid.add(b);

  // Candidates: marks whose anchor is in view, the best `maxCandidates` of them. A partial
  // selection (quickselect-like threshold by rank) would be O(m); ranks are small integers, so
  // bucket by rank instead and take buckets from the top.
  const buckets = new Map<number, EventMark[]>();
  for (const m of items.marks) {
    const left = m.shape === 'point' || m.shape === 'hollow' ? m.x : Math.max(m.x, 0);
    const right = m.shape === 'point' || m.shape === 'hollow' ? m.x : Math.min(m.x2, width);
    if (right < 0 || left > width) continue;
    const rank = rankOf(m, selectedId, focusedKey);
    let bucket = buckets.get(rank);
    if (bucket === undefined) buckets.set(rank, (bucket = []));
    bucket.push(m);
  }
  const candidates: Candidate[] = [];
  for (const rank of [...buckets.keys()].sort((a, b) => b - a)) {
    // Buckets below the last one needed are not even sorted.
    if (candidates.length >= maxCandidates) break;
    for (const mark of buckets.get(rank)!.sort((a, b) => a.x - b.x || (a.key < b.key ? -1 : 1))) {
      if (candidates.length >= maxCandidates) break;
      candidates.push({ mark, rank });
    }
  }

  const lanes = new Map(o.lanes.map((l) => [l.id, l]));
  // An event drawn in two lanes is labelled once, beside whichever of its marks has the most room.
  const marksOfEvent = new Map<Id, EventMark[]>();
  for (const { mark } of candidates) {
    const list = marksOfEvent.get(mark.eventId);
    if (list === undefined) marksOfEvent.set(mark.eventId, [mark]);
    else list.push(mark);
  }
  const out: LabelBox[] = [];
  for (const { mark } of candidates) {
    const marks = marksOfEvent.get(mark.eventId);
    if (marks === undefined) continue;
    marksOfEvent.delete(mark.eventId);
    const title = o.title ? o.title(mark) : (mark.title ?? '');
    if (!title) continue;
    let best: LabelBox | null = null;
    for (const m of marks) {
      const lane = lanes.get(m.laneId);
      const placed = lane ? placeOne(m, title, lane) : null;
      if (placed && (!best || (placed.full && !best.full) || (placed.full === best.full && placed.text.length > best.text.length))) best = placed;
      if (best?.full) break;
    }
    if (!best) continue;
    out.push(best);
    // A box of the same shape as the marks' (the grid's queries then read one kind of object).
    grid.add({ x0: best.x0, x1: best.x1, y0: best.y0, y1: best.y1 });
  }
  return out;

  /**
   * Where a title above or below a mark starts: its near edge in view, moved past the fixed
   * obstacles (a break's folded time) that cover it, while still over the mark. A bar begun before
   * the window, behind a break at the plot's edge, is then titled where it shows, rather than
   * drawn as an unnamed band.
   */
  function barStart(box: MarkBox, forward: number): number {
    const near = forward > 0 ? Math.max(box.x0, 0) : Math.min(box.x1, width);
    const far = forward > 0 ? Math.min(box.x1, width) : Math.max(box.x0, 0);
    let from = near;
    for (let moved = true; moved;) {
      moved = false;
      for (const b of o.obstacles ?? []) {
        if (b.x0 <= from && from <= b.x1) {
          const past = forward > 0 ? b.x1 + gap : b.x0 - gap;
          if ((past - far) * forward > 0) return near;
          from = past;
          moved = true;
        }
      }
    }
    return from;
  }

  function placeOne(mark: EventMark, title: string, lane: LaneBox): LabelBox | null {
    const direction = textDirection(title, o.direction ?? 'ltr');
    const box = markBox(mark, markSize);
    const top = lane.y + headerHeight;
    const bottom = lane.stanceY;
    // Where the label may start, and which way it grows: beside the mark (first on the side the
    // text reads from), then above and below it, starting at its near edge. Plain locals rather
    // than an array of spot objects: this runs for up to `maxCandidates` marks on every zoom step.
    const forward = direction === 'ltr' ? 1 : -1;
    const start = barStart(box, forward);
    let bestText = '';
    let bestFull = false;
    let bestFrom = 0;
    let bestDir = 0;
    let bestY = 0;
    let bestW = 0;
    for (let spot = 0; spot < 4; spot++) {
      let from: number;
      let dir: number;
      let y: number;
      if (spot < 2) {
        dir = spot === 0 ? forward : -forward;
        from = dir > 0 ? Math.max(box.x1, 0) + gap : Math.min(box.x0, width) - gap;
        y = mark.y;
      } else {
        dir = forward;
        from = start;
        y = spot === 2 ? box.y0 - 1 - height / 2 : box.y1 + 1 + height / 2;
      }
      const y0 = y - height / 2;
      const y1 = y + height / 2;
      if (y0 < top || y1 > bottom || from < 0 || from > width) continue;
      const to = dir > 0 ? Math.min(width, from + maxWidth) : Math.max(0, from - maxWidth);
      const reach = Math.abs(to - from);
      const free = grid.room(from, to, y0, y1);
      // Keep twice the gap before whatever stops the label (so that two labels read apart), none before the plot's edge.
      const room = free < reach ? free - 2 * gap : free;
      if (room < Math.max(minRoom, 1)) continue;
      const fit = shortenText(title, room, o.measure, minChars);
      if (!fit) continue;
      if (fit.full || bestDir === 0 || fit.text.length > bestText.length) {
        bestText = fit.text;
        bestFull = fit.full;
        bestFrom = from;
        bestDir = dir;
        bestY = y;
        bestW = o.measure(fit.text);
      }
      if (fit.full) break;
    }
    if (bestDir === 0) return null;
    const x0 = bestDir > 0 ? bestFrom : bestFrom - bestW;
    return {
      key: mark.key, eventId: mark.eventId, text: bestText, full: bestFull, direction,
      x0, x1: x0 + bestW, y0: bestY - height / 2, y1: bestY + height / 2, y: bestY,
    };
  }
}
