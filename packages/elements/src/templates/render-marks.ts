import { svg, type SVGTemplateResult } from 'lit';
import { BAR_HALF, glyphRadius, markBox, type ClusterMark, type EventMark, type Id } from '@syria-timeline/core';
import { EVENT_GLYPHS } from '../event-glyphs.js';
import { SubpathBuilder } from '../subpath-builder.js';
import { roundPx } from '../round-px.js';
import type { KeyedSpec } from '../keyed-layer.js';
import { clusterPaint } from './render-clusters.js';
import { proxyBox } from './proxy-box.js';

export interface MarkState {
  /** Key of the mark holding the single tab stop (roving tabindex). */
  activeKey: string | null;
  /** Id of the selected event: every mark of it is pressed. */
  selectedId: Id | null;
  /** The accessible name of a mark (see `MarkNames`). */
  name: (m: EventMark) => string;
  markSize: number;
}


/** A rounded rectangle (the corner radius shrinks for narrow bars), added to `path` as a subpath. */
function roundedRect(path: SubpathBuilder, x: number, y: number, w: number, h: number, radius: number): void {
  const rx = roundPx(Math.min(radius, w / 2, h / 2));
  const iw = roundPx(w - 2 * rx);
  const ih = roundPx(h - 2 * rx);
  const arc = (dx: number, dy: number) => `a${rx},${rx} 0 0 1 ${dx},${dy}`;
  path.add(x + rx, y, `h${iw}${arc(rx, rx)}v${ih}${arc(-rx, rx)}h${-iw}${arc(-rx, -rx)}v${-ih}${arc(rx, -rx)}z`);
}

// What a mark is drawn with: a bar part and a glyph part, each in one of these looks.
const enum Part { SpanBar, Bar, Glyph, Hollow }
const PART_CLASS = ['span-bar', 'bar', 'glyph', 'glyph hollow'];
// Bucket index: background (drawn first, beneath), part, approximate, uncertain.
const BUCKETS = 2 * 4 * 2 * 2;
const bucketOf = (m: EventMark, part: Part) =>
  (m.background ? 0 : 16) + part * 4 + (m.approximate ? 2 : 0) + (m.uncertain ? 1 : 0);
const BUCKET_CLASS = Array.from({ length: BUCKETS }, (_, i) =>
  `${PART_CLASS[(i >> 2) & 3]}${i & 2 ? ' approximate' : ''}${i & 1 ? ' uncertain' : ''}${i < 16 ? ' background' : ''}`);

/**
 * What a lane's marks look like, as a few long paths: every glyph and bar with the same look
 * (part, date certainty, background) goes into one `<path>`, so a zoom step rewrites a few dozen
 * `d` attributes rather than moving a thousand elements (each of which the browser would restyle).
 * Decorative for assistive technology: each mark's name and role are on its proxy (`markProxies`).
 * Bars, then glyphs; background events beneath the rest; cluster pills last (their counts are on
 * the plot's canvas, see `canvasLabels`).
 */
export function renderLanePaint(marks: readonly EventMark[], clusters: readonly ClusterMark[], markSize: number): SVGTemplateResult {
  const d = Array.from({ length: BUCKETS }, () => new SubpathBuilder());
  for (const m of marks) {
    const glyph = EVENT_GLYPHS[m.type] ?? 'hexagon';
    const r = glyphRadius(m, markSize);
    if (m.shape === 'point' || m.shape === 'hollow') {
      d[bucketOf(m, m.shape === 'hollow' ? Part.Hollow : Part.Glyph)]!.glyph(glyph, r, m.x, m.y);
      continue;
    }
    // Ranges and spans start at x: a bar over the interval, with the glyph at its start (range) or middle (span).
    const w = Math.max(0, m.x2 - m.x);
    if (m.shape === 'range') {
      roundedRect(d[bucketOf(m, Part.Bar)]!, m.x, m.y - BAR_HALF, w, BAR_HALF * 2, 2);
      d[bucketOf(m, Part.Glyph)]!.glyph(glyph, r, m.x, m.y);
    } else {
      roundedRect(d[bucketOf(m, Part.SpanBar)]!, m.x, m.y - BAR_HALF - 1, w, BAR_HALF * 2 + 2, 3);
      d[bucketOf(m, Part.Glyph)]!.glyph(glyph, r * 0.8, m.x + w / 2, m.y);
    }
  }
  const paths: SVGTemplateResult[] = [];
  for (let i = 0; i < BUCKETS; i++) {
    const data = d[i]!.d;
    if (data) paths.push(svg`<path part="glyphs" class=${BUCKET_CLASS[i]!} d=${data}></path>`);
  }
  return svg`<g class="paint" aria-hidden="true">${paths}${clusterPaint(clusters)}</g>`;
}

// Shared by every proxy of a kind (see NodeSpec.statics).
const MARK_STATICS = ['part', 'mark', 'role', 'button'];
/** The id of the hidden text describing how a mark's date was found (see `renderBasisDescriptions`). */
export const basisId = (basis: string) => `basis-${basis}`;

/**
 * One focusable, named element per mark, as keyed specs for `keyedLayer`: the marks' role,
 * accessible name, pressed state and the roving tab stop. They draw nothing (the lane's paint
 * does), and only the one holding the tab stop has its mark's box (so assistive technology
 * highlights the right spot), so a zoom step touches only the marks that appear or go. The name
 * says type, title, date and lane; how the date was found is the description.
 */
export function markProxies(marks: readonly EventMark[], state: MarkState): KeyedSpec[] {
  return marks.map((m) => {
    const selected = m.eventId === state.selectedId;
    const active = m.key === state.activeKey;
    const glyph = EVENT_GLYPHS[m.type] ?? 'hexagon';
    const classes =
      `mark ${m.shape} glyph-${glyph}${m.approximate ? ' approximate' : ''}${m.uncertain ? ' uncertain' : ''}` +
      `${m.background ? ' background' : ''}${selected ? ' selected' : ''}`;
    return { key: m.key, tag: 'rect', statics: MARK_STATICS, attrs: [
      'class', classes, 'tabindex', active ? 0 : -1, 'aria-label', state.name(m),
      'aria-describedby', basisId(m.basis), 'aria-pressed', selected ? 'true' : 'false', 'data-key', m.key,
      ...proxyBox(active ? markBox(m, state.markSize) : null),
    ] };
  });
}

/** A proxy for an event that has no mark of its own here (a dense day at the minimum zoom): named after it, placed on the pill that holds it. */
export interface PinnedProxy {
  key: string;
  name: string;
  basis: string;
  box: { x0: number; x1: number; y0: number; y1: number };
}

/** The proxy of a pinned event (see `PinnedProxy`): chosen from its pill's list, it holds the tab stop there. */
export function pinnedProxy(p: PinnedProxy, state: MarkState): KeyedSpec {
  const active = p.key === state.activeKey;
  const selected = p.key.startsWith(`${state.selectedId}@`);
  return { key: p.key, tag: 'rect', statics: MARK_STATICS, attrs: [
    'class', `mark pinned${selected ? ' selected' : ''}`, 'tabindex', active ? 0 : -1, 'aria-label', p.name,
    'aria-describedby', basisId(p.basis), 'aria-pressed', selected ? 'true' : 'false', 'data-key', p.key,
    ...proxyBox(p.box),
  ] };
}
