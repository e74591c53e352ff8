import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { ClusterMark, EventMark, LaneBox, TickLabelPlace, TimelineLayout } from '@syria-timeline/core';
import { AXIS_HEIGHT, renderAxis } from './render-axis.js';
import { laneColorStyle, renderLaneBands, renderLaneLabels, type LaneLabelOptions } from './render-lanes.js';
import { basisId, markProxies, pinnedProxy, renderLanePaint, type PinnedProxy } from './render-marks.js';
import { clusterCounts, clusterProxies } from './render-clusters.js';
import { canvasLabels, type CanvasLabel } from '../canvas-labels.js';
import { keyedLayer } from '../keyed-layer.js';
import { renderTies } from './render-ties.js';
import { renderStanceObservations, renderStances, stancePatternDefs } from './render-stances.js';
import { OVERVIEW_HEIGHT } from './render-overview.js';
import { renderTooltip } from './render-tooltip.js';
import { renderRings } from './render-rings.js';
import { renderBreaks } from './render-breaks.js';

export interface PlotHandlers {
  keydown: (e: KeyboardEvent) => void;
  click: (e: MouseEvent) => void;
  focusin: (e: FocusEvent) => void;
  focusout: (e: FocusEvent) => void;
  pointermove: (e: PointerEvent) => void;
  pointerleave: (e: PointerEvent) => void;
}

export interface PlotProps {
  layout: TimelineLayout;
  /** The layout's marks and clusters grouped by lane, in lane order. */
  lanes: readonly { lane: LaneBox; marks: EventMark[]; clusters: ClusterMark[] }[];
  laneBoxes: ReadonlyMap<string, LaneBox>;
  activeKey: string | null;
  /** A mark has keyboard focus: show the focus ring. */
  focusVisible: boolean;
  /** The mark or cluster holding the tab stop, and the marks of the selected event. */
  active: EventMark | ClusterMark | undefined;
  /** The mark or cluster under the pointer. */
  hovered: EventMark | ClusterMark | undefined;
  /** The selected event's marks, or the clusters holding it in lanes where it has no mark. */
  selectedMarks: readonly (EventMark | ClusterMark)[];
  selectedId: string | null;
  markSize: number;
  stanceHeight: number;
  /** The plot's accessible name, and its role in words ('timeline'). */
  label: string;
  roleDescription: string;
  tooltip: { text: string; x: number; y: number; below?: boolean } | null;
  /** The overview strip's content (cached by the caller: it does not change with the zoom). */
  overview: unknown;
  /** Device pixels per CSS pixel: the canvases of titles and cluster counts are drawn at this resolution. */
  pixelRatio: number;
  /** A count in the locale's digits (the pills' counts). */
  formatCount: (n: number) => string;
  /** The language of the data's text (lane labels). */
  dataLang?: string | undefined;
  /** Shown over the lanes when there is nothing to draw ("No events"). */
  empty?: string | undefined;
  /**
   * The event titles placed on the plot (see `TitleLabels`), drawn on their own canvas; null: the
   * plot's text (titles and the pills' counts) comes in a later update (the first drawing of large
   * data, staged-first-draw.ts).
   */
  titles: readonly CanvasLabel[] | null;
  /** The axis' labels, placed (see `TickLabels`). */
  tickLabels: ReadonlyMap<string, TickLabelPlace>;
  /** Stance observations: the one open in the details, the one holding their tab stop, and their handlers. */
  stance: { selected: string | null; tabStop: string | null; label: string; handlers: { click: (e: MouseEvent) => void; keydown: (e: KeyboardEvent) => void } };
  handlers: PlotHandlers;
  /** The lane labels drawn on the lanes when narrow (buttons, as in the label column). */
  laneLabels: LaneLabelOptions;
  /** Accessible names: of marks, pills and lane groups (see `MarkNames`). */
  names: { mark: (m: EventMark) => string; cluster: (c: ClusterMark) => string; lane: (lane: LaneBox) => string };
  /** Text of the descriptions: how a date was found (by basis), and the plot with no mark in view. */
  descriptions: { basis: Readonly<Record<string, string>>; emptyPlot: string };
  /** The pill whose list is open. */
  expandedKey: string | null;
  /** An event chosen from a pill that has no mark of its own (see `PinnedProxy`). */
  pinned: (PinnedProxy & { laneId: string }) | null;
}

/**
 * Most marks and clusters that get a proxy each. Above this (dense data at a wide zoom, where a
 * zoom step replaces most of ~1,000 marks) only the mark holding the tab stop and the selected
 * event's marks have one: the arrow keys still reach every mark, each named as it gets focus, and
 * the hidden list names the events in view (as charting libraries do past a point threshold).
 */
export const PROXY_LIMIT = 200;

/** The marks and clusters of a lane that get a proxy (see `PROXY_LIMIT`). */
function proxied<T extends EventMark | ClusterMark>(items: readonly T[], all: boolean, p: PlotProps): readonly T[] {
  if (all) return items;
  const { activeKey, selectedId, selectedMarks } = p;
  const out: T[] = [];
  // A plain loop, and the selection tests only when there is a selection: this runs over every
  // mark of every lane on each zoom step of a dense view (a `filter` with the three tests cost ~1.5 ms).
  for (const m of items) {
    if (m.key === activeKey) out.push(m);
    else if (selectedId !== null && (('eventId' in m && m.eventId === selectedId) || selectedMarks.includes(m))) out.push(m);
  }
  return out;
}

/** The events whose ties are drawn in full: the hovered one, the focused one, the selected one. */
function tieHighlights(p: PlotProps): ReadonlySet<string> {
  const ids = new Set<string>();
  if (p.hovered && 'eventId' in p.hovered) ids.add(p.hovered.eventId);
  if (p.focusVisible && p.active && 'eventId' in p.active) ids.add(p.active.eventId);
  if (p.selectedId !== null) ids.add(p.selectedId);
  return ids;
}

/** The pills' counts of a layout's lanes, by the format they were written with. */
const countsOf = new WeakMap<PlotProps['lanes'], { format: PlotProps['formatCount']; counts: CanvasLabel[] }>();

/** No text on a canvas (yet). */
const NO_LABELS: readonly CanvasLabel[] = [];

/**
 * The pills' counts as canvas labels, written once per layout and number format: the element also
 * renders on hover, focus and when the hidden list follows a settled view, with the same layout.
 */
function countLabels(p: PlotProps): CanvasLabel[] {
  const cached = countsOf.get(p.lanes);
  if (cached?.format === p.formatCount) return cached.counts;
  const counts: CanvasLabel[] = [];
  for (const l of p.lanes) clusterCounts(l.clusters, counts, p.formatCount);
  countsOf.set(p.lanes, { format: p.formatCount, counts });
  return counts;
}

/** A lane group's colour: `styleMap` writes its property again on every update, so it runs only when the style changed. */
function laneStyle(lane: LaneBox): unknown {
  const style = laneColorStyle(lane);
  return guard([style], () => styleMap(style));
}

/** How far a focus or selection ring may reach past the plot's edges (ring gap + stroke). */
const RING_ROOM = 8;

/**
 * Clip rects in the lanes' coordinates. Bars, pills and stance bands that start before the
 * window would otherwise run over the lane-label column (the svg must keep `overflow: visible`
 * for the rings): `plot-clip` is the plot area itself, and `ring-clip` is a little larger so that
 * the ring of a mark at the very edge stays visible. Ids are scoped by the shadow root.
 */
function plotClips(width: number, height: number): SVGTemplateResult {
  return svg`<clipPath id="plot-clip"><rect x="0" y="0" width=${width} height=${height}></rect></clipPath>
    <clipPath id="ring-clip"><rect x=${-RING_ROOM} y=${-RING_ROOM} width=${width + 2 * RING_ROOM}
      height=${height + 2 * RING_ROOM}></rect></clipPath>`;
}

/**
 * The plot: axis, lane bands, stance bands, ties, then marks and clusters per lane (so each lane's
 * colour is set once, on its group), the tooltip, and the overview strip. Drawing order puts
 * marks above ties and stances. Gestures are bound to `svg.main` by the zoom controller.
 *
 * Each lane's group holds the paint (a few batched paths, see `renderLanePaint`) and, apart, the
 * proxies: focusable, named, geometry-free elements for the marks and clusters (see `PROXY_LIMIT`). The pointer is matched
 * to marks by position (`hitTest`), keyboard and assistive technology reach them through the
 * proxies; both end in the same delegated handlers.
 */
export function renderPlot(p: PlotProps): TemplateResult {
  const { layout, handlers: on } = p;
  const { width, height } = layout;
  const all = layout.marks.length + layout.clusters.length <= PROXY_LIMIT;
  const counts = p.titles ? countLabels(p) : NO_LABELS;
  // The paint of marks, pills and stances is rebuilt only for a new layout (`guard`): the element
  // also renders on hover, focus and when the hidden list follows a settled view.
  // tabindex="-1": Chromium puts an SVG element with focus listeners in the Tab order, which would
  // add a second tab stop before the marks' roving one. With no mark in view the plot itself is
  // the tab stop (it still pans and zooms with the keys), described as such.
  const empty = p.activeKey === null;
  const state = { activeKey: p.activeKey, selectedId: p.selectedId, name: p.names.mark, markSize: p.markSize };
  return html`
    <div class="overlay-labels" lang=${ifDefined(p.dataLang)}>${renderLaneLabels(layout.lanes, AXIS_HEIGHT, p.laneLabels, true)}</div>
    <svg class=${`main${p.focusVisible ? ' focus-visible' : ''}${p.hovered ? ' over-mark' : ''}`} width=${width} height=${height + AXIS_HEIGHT} role="group" aria-label=${p.label}
      tabindex=${empty ? 0 : -1} aria-describedby=${empty ? 'plot-empty' : nothing} aria-roledescription=${p.roleDescription} @keydown=${on.keydown} @click=${on.click} @focusin=${on.focusin}
      @focusout=${on.focusout} @pointermove=${on.pointermove} @pointerleave=${on.pointerleave}>
      <defs>${stancePatternDefs}${plotClips(width, height)}</defs>
      ${renderAxis(layout.ticks, p.tickLabels, height)}
      ${layout.breaks.length ? renderBreaks(layout.breaks, height, 'bands', width) : nothing}
      <g transform="translate(0,${AXIS_HEIGHT})">
        ${renderLaneBands(layout.lanes, width)}
        <g class="plot-area" clip-path="url(#plot-clip)">
        <g @click=${p.stance.handlers.click}>${guard([layout.stances, layout.stanceChanges, p.laneBoxes, p.stanceHeight],
          () => renderStances(layout.stances, layout.stanceChanges, p.laneBoxes, p.stanceHeight))}</g>
        ${renderTies(layout.ties, p.markSize, tieHighlights(p))}
        ${repeat(
          p.lanes,
          (l) => l.lane.id,
          ({ lane, marks, clusters }) => svg`<g class="lane-marks" data-lane=${lane.id} style=${laneStyle(lane)}>
            ${guard([marks, clusters, p.markSize], () => renderLanePaint(marks, clusters, p.markSize))}
            <g class="proxies" role="group" aria-label=${p.names.lane(lane)} ${keyedLayer([
              ...markProxies(proxied(marks, all, p), state),
              ...clusterProxies(proxied(clusters, all, p), p.activeKey, p.names.cluster, p.expandedKey),
              ...(p.pinned?.laneId === lane.id ? [pinnedProxy(p.pinned, state)] : []),
            ])}></g></g>`,
        )}
        ${renderStanceObservations(layout.stanceObservations, p.laneBoxes, p.stanceHeight, p.stance.tabStop, p.stance.selected, p.stance.handlers, p.stance.label)}
        </g>
        <g clip-path="url(#ring-clip)">${renderRings(p.active, p.selectedMarks, p.markSize, p.hovered)}</g>
      </g>
      ${layout.breaks.length ? renderBreaks(layout.breaks, height, 'labels', width) : nothing}
    </svg>
    <canvas class="titles" part="titles" aria-hidden="true" style=${`top:${AXIS_HEIGHT}px`}
      ${canvasLabels(p.titles ?? NO_LABELS, width, height, p.pixelRatio, { labels: counts, styleOf: 'canvas.counts' })}></canvas>
    <canvas class="counts" part="counts" aria-hidden="true" width="1" height="1" style=${`top:${AXIS_HEIGHT}px`}></canvas>
    ${p.empty ? html`<p class="empty" role="status" style=${`top:${AXIS_HEIGHT}px`}>${p.empty}</p>` : nothing}
    ${p.tooltip ? renderTooltip({ ...p.tooltip, width }) : nothing}
    <div hidden>${Object.entries(p.descriptions.basis).map(([basis, text]) => html`<span id=${basisId(basis)}>${text}</span>`)}<span
      id="plot-empty">${p.descriptions.emptyPlot}</span></div>
    <svg part="overview" width=${width} height=${OVERVIEW_HEIGHT} aria-hidden="true">${p.overview}</svg>`;
}
