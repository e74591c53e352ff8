import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  DEFAULT_LAYOUT_OPTIONS, formatCount, layoutTimeline, markBox,
  type Dataset, type TickLabelPlace, type TimelineLayout, type ViewDomain,
} from '@syria-timeline/core';
import { timelineStyles } from './syria-timeline.styles.js';
import { TimelineErrorEvent, TimelineRangeChangeEvent, TimelineSelectEvent } from './events.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { LazyOverviewBrush } from './controllers/lazy-overview-brush.js';
import { DatasetController, SLICED_MIN_EVENTS } from './controllers/dataset-controller.js';
import { PlotInteractionController } from './controllers/plot-interaction-controller.js';
import { MediaChangeController } from './controllers/media-change-controller.js';
import { PlotSizeController } from './controllers/plot-size-controller.js';
import { MessagesController, registerLocale, type ShownText } from './controllers/messages-controller.js';
import type { TimelineMessagesOverride } from './messages.js';
import { labelWords } from './label-words.js';
import { stopCodeWarmUp } from './code-warm-up.js';
import { LazyStory } from './controllers/lazy-story.js';
import { viewBound, type TimeInput } from './view-bound.js';
import { zoomDuration } from './view-animation.js';
import { DEV_MODE } from '#dev-mode';
import { attributeWarnings } from './attribute-warnings.js';
import { warnOnce } from './warn-once.js';
import { boundedExtent, zoomLimits } from './zoom-limits.js';
import { rangeLabel } from './range-label.js';
import { TimelineModel } from './timeline-model.js';
import { AXIS_HEIGHT } from './templates/render-axis.js';
import { OVERLAY_LABEL_HEIGHT, renderLaneLabels, type LaneLabelOptions } from './templates/render-lanes.js';
import { OVERVIEW_BRUSH_HEIGHT, renderOverview } from './templates/render-overview.js';
import { renderLegend } from './templates/render-legend.js';
import { renderToolbar } from './templates/render-toolbar.js';
import { renderLoading } from './templates/render-loading.js';
import { isDatasetError, renderErrorSummary } from './templates/render-error-summary.js';
import { needForcedColors } from './forced-colors-chunk.js';
import { preparedTimelineOf } from './prepared-timelines.js';
import { renderPlot } from './templates/render-plot.js';
import { LazyPillList } from './controllers/lazy-pill-list.js';
import type { PlotNavigator } from './controllers/plot-navigator.js';
import { MarkNames } from './mark-names.js';
import { pillEvents } from './pill-events.js';
import { LazyWheelHint } from './controllers/lazy-wheel-hint.js';
import { PinnedEvent } from './pinned-event.js';
import { HostState } from './host-state.js';
import { warmPaint, warmUp, warmUpWindows, WARM_UP_MIN_EVENTS } from './layout-warm-up.js';
import { TitleLabels } from './title-labels.js';
import { TickLabels } from './tick-labels.js';
import type { StagedFirstDraw } from './staged-first-draw.js';
import { StanceSelectionController } from './controllers/stance-selection-controller.js';
import { legendFacts } from './legend-facts.js';
import { chunk, LazyChunks } from './lazy-chunk.js';
import { SideCardController } from './controllers/side-card-controller.js';
import { LaneScrollController } from './controllers/lane-scroll-controller.js';
import { renderStickyAxis } from './templates/render-sticky-axis.js';
import { EventListController } from './controllers/event-list-controller.js';

/** The SVG/PNG export (~1.2 KiB gzip) is a lazy chunk: a page downloads it on its first export. */
const importExport = () => import('./export/export-view.js');
/** What the first paint does not draw, as lazy chunks (see lazy-chunk.ts): the panels and story steps (~3.4 KiB gzip, imported when idle after it)… */
const panelsChunk = chunk(() => import('./templates/panels.js'));
/** …and the arrow-key moves, a pill's list, the overview's brush and the wheel hint (~4 KiB gzip, asked for right after the first paint). */
const deferredChunk = chunk(() => import('./controllers/deferred-controllers.js'));
/** The error panel's list of problems (~0.5 KiB gzip): only a page whose data fails downloads it. */
const errorChunk = chunk(() => import('./templates/render-error.js'));

/** What the element's own tests may read inside an element (see `timelineInternals`). @internal */
export interface TimelineInternals {
  layout: TimelineLayout | null;
  model: TimelineModel | null;
}
let readInternals: (el: SyriaTimeline) => TimelineInternals;

/** No layout yet: no tick label. */
const NO_TICK_LABELS: ReadonlyMap<string, TickLabelPlace> = new Map();
/** Quiet time after a zoom before the live summary and the hidden list are updated, ms. */
const SUMMARY_DELAY_MS = 300;

/**
 * `<syria-timeline>`: a zoomable swimlane timeline of dated diplomatic events, with stance bands
 * and the source quote behind every event.
 *
 * With no attributes it shows the built-in dataset (Russia's diplomacy on Syria, 2011–2015).
 * Time runs left to right in every locale; with `locale="ar"` the text, toolbar and lane labels
 * are right-to-left (`dir="rtl"`), but the time axis is not mirrored, so zoom and pan gestures
 * mean the same thing everywhere.
 *
 * Zoom: Ctrl/⌘ + wheel and trackpad pinch (a plain wheel scrolls the page and shows "Use Ctrl +
 * scroll to zoom" over the plot, as maps do; `wheel-zoom` makes a plain wheel zoom, for a
 * full-page app), drag and two-finger pinch (time axis only), the overview brush, the toolbar
 * buttons (disabled at the zoom limits: `min-span`, `max-span`, `bounds`), the keys below, and `zoomTo`/`resetZoom`/`focusEvent`.
 * Within a zoom gesture the page never scrolls, even at a limit. Steps (keys, buttons, the
 * brush, a double-click, and the methods) animate for about 200 ms, interruptible: a gesture or
 * a key takes over from where the view got to. Under `prefers-reduced-motion` they are instant.
 * The methods and `updateComplete` resolve once the view has settled.
 * `syria-timeline-range-change` fires once when a change settles, not on every frame.
 *
 * Height: as tall as its lanes, unless the host is given a `height` or `max-height` (plain CSS):
 * then the lanes scroll inside it, while the toolbar, the time axis and the overview strip stay
 * where they are; lane labels scroll with their lanes, a mark that gets keyboard focus is
 * scrolled into view, and the legend and the details panel scroll on their own.
 * `syria-timeline-select` fires for the user's selections and `focusEvent`, not when the
 * `selected` attribute is set by the page.
 *
 * Keyboard: the toolbar's controls come first in the Tab order, then the plot, which is one tab
 * stop (the focused mark holds it, roving tabindex; with no mark in view, the plot itself, which
 * still pans and zooms). Focus is never dropped: when the focused mark is merged into a pill or
 * leaves the window, focus moves to the pill holding it or to the nearest mark.
 * - ←/→: previous/next mark or pill of the lane in time, past the window's edge (the view pans so
 *   that the focused mark is whole on screen); ↑/↓: the mark nearest in time in the lane above/below;
 * - Home/End: the lane's first/last event, wherever it is;
 * - Shift+←/→: pan by a quarter of the window; Page Up/Page Down: by a window;
 * - Enter/Space: select the event and open its details; on a pill, open the list of its events
 *   (↑/↓, Home/End, Enter chooses and focuses the event, Escape goes back to the pill);
 * - Escape (anywhere in the element): clear the selection, close the details, focus the mark;
 * - , / . (also < / >), anywhere in the element: the previous / next event in time order (selects it, pans to it);
 * - + / −: zoom in/out around the focused mark; 0: show everything.
 * Marks are named "Veto: <title>, 4 Feb 2012, Russia lane" and grouped per lane; how the date was
 * found is their description.
 *
 * The stance observations (the discs on the stance bands) have one tab stop of their own, after
 * the marks: ←/→ (or ↑/↓) move between them, Home/End to the first or last, Enter/Space open the
 * observation in the details panel, Escape closes it. A click on a band opens its observation too.
 *
 * @fires syria-timeline-select - `TimelineSelectEvent` {event, quote}: the user selected an event (`event` null when cleared).
 * @fires syria-timeline-range-change - `TimelineRangeChangeEvent` {start, end}: the visible window settled after a change.
 * @fires syria-timeline-error - `TimelineErrorEvent` {error}: the data is invalid (`DatasetError`) or `src` failed to load.
 *
 * @attr src - URL of a JSON dataset, fetched and validated (ignored while the `data` property is set); a progress bar shows the bytes, then the events. An answer of 1 MB or more is parsed, validated and prepared in a module Worker (`dataset-worker.js`, which Vite and webpack 5 bundle; where it does not load, the main thread does it). A new `src` or `data` cancels the load in flight.
 * @attr lanes - Lane ids to show, in order, separated by spaces (default: every lane, then the context row `others` of the events with no participant in a lane, when there are any; leave `others` out to hide it).
 * @attr issue - Issue id whose stance bands are drawn; 'none' hides them (default: the dataset's first issue). Reflected, so the picker's choice shows in the attribute.
 * @attr start - Start of the initial view: YYYY, YYYY-MM or YYYY-MM-DD.
 * @attr end - End of the initial view (inclusive of the whole month or year given).
 * @attr selected - Id of the selected event (reflected).
 * @attr locale - a BCP 47 tag, 'en' (default): tick labels, dates and every number (axis, overview, counts) follow any locale the browser's Intl knows ('de', 'fr-CH'; 'en' gives British dates; 'ar-SY' or 'ar-u-nu-arab' Arabic-Indic digits); the element's own text (toolbar, names, tooltips, legend, details, live summary, error panel) and text direction follow 'ru', 'fr', 'ar' or a language added with `SyriaTimeline.registerLocale`, and are English for any other (the ru, fr and ar text is a small chunk loaded on first use: until it arrives, `updateComplete` waits and the text is English, left to right). Data (titles, quotes, lane and issue labels) is shown as given, marked with the dataset's `lang`.
 * @attr theme - 'auto' (default: follows prefers-color-scheme), 'light' or 'dark'.
 * @attr wheel-zoom - Boolean: a plain wheel zooms the timeline (for a full-page app). By default a plain wheel scrolls the page and Ctrl/⌘ + wheel or a pinch zooms.
 * @attr axis - 'compressed' (default) or 'linear'. The compressed time axis folds each long empty stretch into a labelled break ('⋯ 18 months ⋯') when such stretches would otherwise take most of the width (none takes more than 10 % of the full view after folding; data without them keeps a linear axis); it is linear inside each busy period, and zoom, pan, the brush and `zoomTo` act on it. The overview strip always shows linear time.
 * @attr min-span - The narrowest window one can zoom to, an ISO 8601 duration: `P1D`, `P2W`, `P6M`, `P1Y`, `PT12H` (a year counts 365.25 days, a month a twelfth of that). Default `P3D`. Measured on the axis as drawn (on the compressed axis a fold counts its drawn width). An unreadable value keeps the default and warns in development.
 * @attr max-span - The widest window one can zoom out to, an ISO 8601 duration, measured as `min-span` (default: the whole extent). The first view and `resetZoom` then show the widest window allowed, centred in the extent. Ignored (with a warning in development) when unreadable or narrower than `min-span`.
 * @attr bounds - The outer bounds of the view, an ISO 8601 interval `START/END` of dates as `start` and `end` take them, the end inclusive: `2012/2013` is the two years, `2012-03/..` (`..` or nothing: that side stays at the data's extent). Default: the data's extent, padded by 5 %. Zoom, pan, the brush, the keys and `zoomTo` stay inside them; the overview strip shows them. An unreadable value is ignored, with a warning in development.
 *
 * @csspart toolbar - The bar with the issue picker, zoom buttons and the shown range.
 * @csspart issue-picker - The `<select>` of issues.
 * @csspart lane - A lane's background band.
 * @csspart lane-label - A lane's label: a button that opens its side's card (one tab stop for all labels; ↑/↓, Home/End move between them).
 * @csspart axis - The time axis (labels and grid lines).
 * @csspart glyphs - The paths that paint a lane's marks, one per look (classes `glyph`, `hollow`, `bar`, `span-bar`, with `approximate`, `uncertain`, `background`): marks are drawn in batches, not one element each.
 * @csspart pills - The path that paints a lane's cluster pills (their counts are on `counts`).
 * @csspart counts - The cluster counts' look: their `color` and font (`::part(counts) { color: …; font-size: … }` restyles them). A hidden canvas over the lanes: the counts are drawn over the titles on `titles` (drawn, not laid out as text, and on one canvas, so that a zoom step stays cheap).
 * @csspart mark - An event mark's focusable proxy: it carries the role, name, pressed state and tab stop, and draws nothing (style `glyphs`). Every mark has one while the view holds at most 200 marks and clusters; past that only the focused and the selected ones do (the arrow keys still reach every mark).
 * @csspart cluster - The focusable proxy of a pill standing for several events too close to draw apart (as for `mark`); activating it opens `pill-list`.
 * @csspart tie - The ties from the acting lane to another lane, one path per kind and state (`tie-to`: to a recipient, arrow; `tie-against`: against a target, arrow with a bar; `tie-about`: about an object, dashed with an open circle; `data-state` 'rest', faint, or 'active', for the hovered, focused or selected event); their ends are a second path each.
 * @csspart stance - A stance band's stretch: a solid rect where observed (class `observed`), a dashed line where carried forward after the last observation (class `carried`); classes `supports`, `opposes`, `neutral`.
 * @csspart stance-point - A stance observation's disc (a button, with a ✓/✗/– glyph): selects the observation.
 * @csspart titles - The canvas the event titles are drawn on beside their marks, in its `color` and font (`::part(titles) { color: …; font-size: … }`; the titles are placed for the font it has). The cluster counts are drawn on it too, in `counts`' style, so hiding or fading this part hides or fades them as well.
 * @csspart overview - The overview strip with the brush.
 * @csspart legend - The key (a `<details>` above the plot: a line on how to read the chart, then every glyph, date style, pill, tie and stance encoding drawn).
 * @csspart tooltip - The hover/focus tooltip.
 * @csspart pill-list - The list of a pill's events (a listbox under the pill).
 * @csspart wheel-hint - The "Use Ctrl + scroll to zoom" hint over the plot.
 * @csspart details - The selected event's panel.
 * @csspart side-card - The card of a side, opened from its lane label: actors, relations and stance history with quotes (Escape or × closes it).
 * @csspart details - The selected event's panel: beside the lanes on a wide host (960 px and more), a sheet under the plot on a narrower one. It has previous/next buttons, and opening it on an event says its title (polite live region) and scrolls it into view if need be.
 * @csspart quote - One evidence quote in the details.
 * @csspart error - The error panel.
 * @csspart progress - The progress bar of a `src` load or of a large `data` value being checked (`role="progressbar"`; its fill is `.progress-fill`).
 *
 * @cssproperty --syria-timeline-zoom-duration - How long a zoom or pan step animates, e.g. `200ms` (the default) or `0s` (none). Under `prefers-reduced-motion` steps never animate.
 * @cssproperty --syria-timeline-details-width - Width of the details side panel on a wide host (960 px and more; default clamp(16rem, 30%, 24rem)); on a narrower one the details are a sheet under the plot.
 * @cssproperty --syria-timeline-font - Font family.
 * @cssproperty --syria-timeline-bg - Background colour.
 * @cssproperty --syria-timeline-fg - Text colour.
 * @cssproperty --syria-timeline-muted - Secondary text (ticks, captions); keep ≥ 4.5:1 on the background.
 * @cssproperty --syria-timeline-grid - Grid lines and separators.
 * @cssproperty --syria-timeline-focus - Focus ring and brush colour.
 * @cssproperty --syria-timeline-panel-bg - Background of the details and error panels.
 * @cssproperty --syria-timeline-lane-height - Height of a lane in px (default 98: three rows of marks, one of clusters, and the stance band).
 * @cssproperty --syria-timeline-dark-lane-lift - How much white is mixed into lane colours in the dark theme (default 22%).
 * @cssproperty --syria-timeline-label-width - Width of the lane-label column (default 10rem; names wrap onto up to three lines).
 * @cssproperty --syria-timeline-lane-<id>-color - Colour of lane `<id>`, overriding the dataset's.
 * @cssproperty --syria-timeline-supports-color - Stance band: supports.
 * @cssproperty --syria-timeline-opposes-color - Stance band: opposes.
 * @cssproperty --syria-timeline-neutral-color - Stance band: neutral.
 */
export class SyriaTimeline extends LitElement {
  static override styles = timelineStyles;
  static {
    readInternals = (el) => ({ layout: el.#layout, model: el.#model });
  }

  /**
   * The data to show: a `Dataset` object (validated with `parseDataset`). Takes precedence over
   * `src`. `null` or `undefined` unsets it: the element then shows `src`, or the built-in dataset
   * when there is no `src` (any other value that is not a dataset is shown as an error). Treated as
   * immutable: to change the data, assign a new object (the same object again is not re-read).
   * A value set before the element is defined (a plain script that runs before the module loads)
   * is picked up when it is; the built-in dataset is only downloaded when no data has arrived by
   * the element's first frame. Data of 20,000 events or more is checked and prepared in time
   * slices, with a progress bar, so that the page stays responsive (`updateComplete` resolves once
   * it is drawn); smaller data is drawn in the update that sees it.
   */
  @property({ attribute: false }) data: Dataset | null | undefined = undefined;
  @property() src: string | undefined = undefined;
  @property() lanes: string | undefined = undefined;
  @property({ reflect: true }) issue: string | undefined = undefined;
  @property() start: string | undefined = undefined;
  @property() end: string | undefined = undefined;
  @property({ reflect: true }) selected: string | undefined = undefined;
  @property() locale = 'en';
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';
  /**
   * Interface text laid over the `locale`'s for this element only: any of the keys of
   * `TimelineMessages` (nested tables such as `types` merge key by key), e.g.
   * `el.messages = { zoomIn: 'Agrandir', types: { veto: 'Véto' } }`. Data is never translated.
   */
  @property({ attribute: false }) messages: TimelineMessagesOverride | undefined = undefined;

  /**
   * Adds an interface language for every `<syria-timeline>` on the page, or overrides part of a
   * built-in one: `SyriaTimeline.registerLocale('de', { zoomIn: 'Vergrößern', … })`, then
   * `locale="de"` (or 'de-AT': dates follow the full tag). `language` is a primary language
   * subtag; `dir` is 'rtl' for a right-to-left script. Keys left out fall back to the built-in
   * text of that language, else to English. Elements already shown update on their next render.
   */
  static registerLocale(language: string, messages: TimelineMessagesOverride, dir: 'ltr' | 'rtl' = 'ltr'): void {
    registerLocale(language, messages, dir);
  }
  /** A plain wheel zooms (as in a full-page app); by default it scrolls the page and Ctrl/⌘ + wheel zooms. */
  @property({ type: Boolean, attribute: 'wheel-zoom' }) wheelZoom = false;
  @property() axis: 'compressed' | 'linear' = 'compressed';
  /** The narrowest window one can zoom to, an ISO 8601 duration (`P1D`, `P2W`, `P6M`, `PT12H`; a year counts 365.25 days, a month a twelfth of that). Default 3 days; an unreadable value keeps it (a warning in development). */
  @property({ attribute: 'min-span' }) minSpan: string | undefined = undefined;
  /** The widest window one can zoom out to, an ISO 8601 duration (`P1Y`). Default: the whole extent. The first view and `resetZoom` show the widest window, centred; ignored (a warning in development) when unreadable or narrower than `min-span`. */
  @property({ attribute: 'max-span' }) maxSpan: string | undefined = undefined;
  /** The outer bounds of the view, an ISO 8601 interval of dates as `start`/`end` take them, the end inclusive (`2011/2015-06`; `..` leaves a side at the data's extent: `2012-03/..`). Default: the data's extent, padded by 5 %. The overview strip shows them. */
  @property() bounds: string | undefined = undefined;

  /** The window shown (UTC ms), set by the zoom controller. */
  readonly #view = new HostState<ViewDomain | null>(this, null);

  /** The lazy chunks of what the first paint does not draw (lazy-chunk.ts). */
  readonly #lazy = new LazyChunks(this, () => this.renderRoot);
  readonly #source = new DatasetController(
    this,
    () => ({ data: this.data, src: this.src }),
    (error) => this.dispatchEvent(new TimelineErrorEvent(error)),
  );
  readonly #text = new MessagesController(this);
  /** The locale and interface text of this update (see `MessagesController`). */
  #shown: ShownText = this.#text.shown('en');
  // The canvas of cluster counts takes colour and pixel ratio when drawn: redraw when they change.
  readonly #media = new MediaChangeController(this);
  readonly #size = new PlotSizeController(this, () => this.renderRoot.querySelector<HTMLElement>('.plot'));
  readonly #zoom = new ZoomController(this, {
    onFrame: (d) => (this.#view.value = d), onEnd: (d) => this.#commit(d), durationMs: () => zoomDuration(this),
    wheelZoom: () => this.wheelZoom, // A wheel that scrolls the lanes (a host of fixed height) is not a missed zoom: no hint then.
    onPlainWheel: (e) => this.#lanesScroll.scrolledBy(e) || this.#wheelHint.show(),
  });
  readonly #wheelHint = new LazyWheelHint(this, this.#lazy, deferredChunk);
  readonly #brush = new LazyOverviewBrush(this, this.#lazy, deferredChunk, (d) => this.#zoom.zoomTo(d));
  readonly #plot = new PlotInteractionController(this, {
    layout: () => this.#layout,
    root: () => this.renderRoot,
    activate: (key) => this.#activate(key),
    laneItems: (y) => this.#model?.laneItemsAt(y) ?? null,
    lanesTop: AXIS_HEIGHT,
    clear: () => this.selected && this.#select(null),
    zoom: (direction, key) => this.#zoomAround(direction, key),
    // A chunk that cannot load (offline) moves nothing.
    move: (from, move) => this.#navigator().then((n) => n.move(from, move), () => null),
    pan: (by, from) => this.#navigator().then((n) => n.pan(by, from), () => from),
    drawn: () => this.#drawn(),
  });
  /** Names of marks and pills in the interface language. */
  readonly #names = new MarkNames((id, start) => this.#model?.event(id, start), (lane) => {
    const box = this.#model?.laneBoxes.get(lane);
    // The context row's label is the interface's word for it ('Others'), not the layout's English one.
    return box?.context ? this.#shown.messages.others : (box?.label ?? lane);
  });
  /** An event chosen from a pill that has no mark of its own: a proxy on its pill stands for it. */
  readonly #pinned = new PinnedEvent(() => this.#layout, (id) => this.#model?.spanOf(id)?.start);
  #plotNavigator: PlotNavigator | null = null;
  /** The arrow-key moves, from their lazy chunk (a move pressed before it has arrived waits for it). */
  async #navigator(): Promise<PlotNavigator> {
    const { PlotNavigator } = await this.#lazy.wait(deferredChunk);
    return (this.#plotNavigator ??= new PlotNavigator({
      layout: () => this.#layout, prepared: () => this.#model?.prepared ?? null, startOf: (id) => this.#model?.spanOf(id)?.start,
      zoomTo: (d) => this.#zoom.zoomTo(d), panBy: (by) => this.#zoom.panBy(by), settle: () => this.#drawn().then(() => undefined), pinned: () => this.#pinned.stop(),
      markSize: DEFAULT_LAYOUT_OPTIONS.markSize,
    }));
  }
  /** An event chosen from a pill's list, on its way into view and focus. */
  #revealing: Promise<void> | null = null;
  readonly #pillList = new LazyPillList(this, this.#lazy, deferredChunk, {
    root: () => this.renderRoot,
    choose: (id, lane) => {
      // Tracked, so that `updateComplete` waits for the zoom and the focus that follow a choice.
      const done: Promise<void> = this.#reveal(id, lane).finally(() => {
        if (this.#revealing === done) this.#revealing = null;
      });
      this.#revealing = done;
    },
    returnTo: (key) => void this.#plot.focusOn(this.#model?.hasKey(key) ? key : this.#plot.activeKey),
    width: () => this.#layout?.width ?? 0,
  });
  readonly #story = new LazyStory(this, this.#lazy, panelsChunk, {
    order: () => this.#model?.prepared.orderIds ?? null,
    selected: () => this.selected ?? null,
    view: () => this.#zoom.domain,
    startOf: (id) => this.#model?.spanOf(id)?.start,
    go: (id) => void this.#showEvent(id),
    panel: () => {
      const node = this.renderRoot.querySelector<HTMLElement>('[part="details"]');
      return node && this.selected ? { id: this.selected, node, title: node.querySelector('h2')?.textContent ?? '' } : null;
    },
    liveRegion: () => this.renderRoot.querySelector<HTMLElement>('.announce'),
    announce: (title) => this.#shown.messages.detailsOpened(title),
    focusInPlot: () => this.#focusInPlot(),
    refocus: () => {
      // Only when it fell to the page, not when the user took it elsewhere.
      if (document.activeElement !== document.body && document.activeElement !== null) return;
      const mark = this.#layout?.marks.find((m) => m.eventId === this.selected);
      if (mark) this.#plot.setActive(mark.key);
      void this.updateComplete.then(() => this.#plot.focusActive());
    },
  });
  readonly #titles = new TitleLabels(() => this.renderRoot.querySelector('.plot'));
  readonly #tickLabels = new TickLabels(() => this.renderRoot.querySelector('.plot'));
  /** The first drawing of large data, in a few tasks (staged-first-draw.ts, in the sliced path's lazy chunk: made with the first large data). */
  #staged: StagedFirstDraw | null = null;
  /** Stops the idle-time layout of zoomed windows that readies a large dataset's first zoom (layout-warm-up.ts). */
  #cancelWarmUp: () => void = () => {};
  /** The legend as the reader left it; null until they toggle it (then: open unless the host is narrow). */
  readonly #legendOpen = new HostState<boolean | null>(this, null);
  get #legendOpenNow(): boolean {
    return this.#legendOpen.value ?? !this.hasAttribute('narrow');
  }
  /** A stance observation opened from the bands; opening one closes the selected event, and back. */
  readonly #stance = new StanceSelectionController(this, (id) => id && this.selected && this.#select(null));
  readonly #sides = new SideCardController(this, () => this.renderRoot);
  /** The lanes' scroll box in a host of fixed height: sticky axis, focus scrolled into view. */
  readonly #lanesScroll = new LaneScrollController(this, () => {
    const box = this.renderRoot.querySelector<HTMLElement>('.lanes');
    const overview = () => this.renderRoot.querySelector('[part="overview"]')?.getBoundingClientRect().height ?? 0;
    return box && { box, content: box.querySelector<HTMLElement>('.plot'), top: AXIS_HEIGHT, bottom: overview };
  });
  #model: TimelineModel | null = null;
  #layout: TimelineLayout | null = null;
  #layoutInputs: unknown[] = [];
  /** Drawing failed for this data: shown as an error until the data changes. */
  #failed: { data: Dataset | null; error: Error } | null = null;
  #pendingView: ViewDomain | null = null;
  /** The zoom limits `min-span`, `max-span` and `bounds` ask for, read when one of them changes (see `zoomLimits`). */
  #limits = zoomLimits(undefined, undefined, undefined);
  /** The zoom limits the zoom controller was configured with (their `key`; '' before the first configuration). */
  #limitsKey = '';
  #lastRange: ViewDomain | null = null;
  /** The live summary and the hidden list of events in view: they follow a window once it has been still for SUMMARY_DELAY_MS. */
  readonly #list = new EventListController(this, SUMMARY_DELAY_MS, (id) => void this.focusEvent(id));
  #overview: { key: string; template: unknown } | null = null;
  #plotSvg: SVGSVGElement | null = null;
  #brushGroup: SVGGElement | null = null;

  /** The window shown, or null before the first layout. Read-only; use `zoomTo` to change it. */
  get visibleRange(): { start: Date; end: Date } | null {
    const d = this.#layout?.domain;
    return d ? { start: new Date(d.start), end: new Date(d.end) } : null;
  }

  /**
   * Zooms to show `start`–`end`: a Date, UTC ms, or an ISO date (YYYY, YYYY-MM, YYYY-MM-DD). An ISO
   * `end` includes the whole year, month or day given: `zoomTo('2012-02', '2012-03')` shows February
   * and March. The view moves there in about 200 ms (at once under `prefers-reduced-motion`) and
   * `syria-timeline-range-change` fires once, when it arrives. Resolves once the view has settled
   * there, to the window shown (as `visibleRange`); a bound it cannot read, or an end not after the
   * start, changes nothing (it resolves to the window as it is).
   *
   * The zoom limits hold: a window narrower than `min-span` (default 3 days) is widened about its
   * middle, one wider than `max-span` (default: the whole extent) is narrowed about its middle, and
   * one reaching past the `bounds` (default: the data's extent, padded by 5 %) is moved inside them
   * (cut to them when wider). Nothing is thrown or warned: compare the resolved range with the
   * one asked for to see whether it was clamped. Spans are measured on the axis as drawn: on the
   * gap-compressed axis a window inside a folded stretch is widened to the narrowest zoom, which
   * then shows the break and its neighbours.
   */
  async zoomTo(start: TimeInput, end: TimeInput): Promise<{ start: Date; end: Date } | null> {
    const s = viewBound(start, 'start');
    const e = viewBound(end, 'end');
    if (s !== null && e !== null && e > s) {
      if (this.#zoom.domain) this.#zoom.zoomTo({ start: s, end: e });
      else this.#pendingView = { start: s, end: e };
    }
    await this.#settle();
    return this.visibleRange;
  }

  /**
   * The current view as a standalone SVG document (styles inlined, lane labels as text), for
   * saving or printing. Resolves once the view is drawn and the export code (a lazy chunk) has loaded.
   */
  async exportSvg(): Promise<string> {
    const [{ exportSvg }, { relationLine }] = await Promise.all([importExport(), panelsChunk.load()]);
    await this.#settle();
    return exportSvg(this, this.#exportFooter(relationLine));
  }

  /**
   * The current view as a PNG image, drawn from `exportSvg()` at `scale` × its CSS size (default: at
   * least 2). A view too large for a browser canvas at that scale (hundreds of lanes) is drawn at the
   * largest scale that fits. Rejects with a RangeError when `scale` is not a positive finite number.
   */
  async exportPng(scale?: number): Promise<Blob> {
    const [{ exportPng }, { relationLine }] = await Promise.all([importExport(), panelsChunk.load()]);
    await this.#settle();
    return exportPng(this, scale, this.#exportFooter(relationLine));
  }

  /** The relations of the shown sides, as lines of text under the exported image. */
  #exportFooter(relationLine: NonNullable<typeof panelsChunk.module>['relationLine']): string[] {
    const model = this.#model, layout = this.#layout;
    if (!model || !layout) return [];
    const { loc, messages: m } = this.#shown;
    const seen = new Set<string>();
    const lines = layout.lanes.flatMap((l) => model.side(l.id).relations)
      .filter((r) => !seen.has(r.id) && seen.add(r.id))
      .map((r) => relationLine(r, loc.dates, m));
    return lines.length ? [`${m.side.relations}:`, ...lines] : [];
  }

  /** The lane labels: buttons opening their side's card (see SideCardController). */
  #laneLabelOptions(): LaneLabelOptions {
    const m = this.#shown.messages;
    return {
      label: (l) => (l.context ? m.others : l.label),
      name: (label) => m.side.open(label),
      tabLane: this.#sides.focusLane,
      openLane: this.#sides.openLane,
      onClick: (lane) => void this.#sides.toggle(lane),
      onKeydown: (e) => this.#sides.onLabelKeydown(e, this.#layout?.lanes.map((l) => l.id) ?? []),
    };
  }

  /** The open side card, if its lane is shown (see templates/render-side-card.ts). */
  #renderSide(model: TimelineModel | null, layout: TimelineLayout | null): unknown {
    const lane = layout?.lanes.find((l) => l.id === this.#sides.openLane);
    const panels = model && lane ? this.#lazy.need(panelsChunk) : undefined;
    if (!model || !lane || !panels) return nothing;
    const { loc, messages: m } = this.#shown;
    return panels.renderSideCard({
      laneId: lane.id, label: lane.context ? m.others : lane.label, side: model.side(lane.id),
      actors: model.actors, sources: model.sources, issues: model.issues, locale: loc.dates, messages: m,
      onClose: () => void this.#sides.close(),
    });
  }

  /**
   * Shows the whole extent again (animated as `zoomTo`), or with `max-span` the widest window
   * allowed, centred in the extent; resolves once the view has settled.
   */
  async resetZoom(): Promise<void> {
    this.#zoom.reset();
    await this.#settle();
  }

  /**
   * Selects event `id`, zooming in until it has a mark of its own, and moves keyboard focus to a
   * control named after it (its mark; on a day too dense to draw apart even at the minimum zoom, a
   * stand-in on the pill holding it). Resolves to false when there is no such event. An event with
   * no participant in a lane is drawn in the context row (`others`); when its lanes are all hidden
   * (`lanes`) it has no mark: it is selected (its details open) without zooming or moving focus.
   */
  async focusEvent(id: string): Promise<boolean> {
    await this.#settle();
    if (!this.#model?.spanOf(id)) return false;
    await this.#reveal(id);
    return true;
  }

  /**
   * Selects event `id` and moves focus to a control named after it: its mark (in `laneId`, or
   * its first shown lane), zooming in until it has one; on a day too dense for that even at the
   * minimum zoom, a proxy on the pill that holds it. An event with no shown lane only opens.
   */
  async #reveal(id: string, laneId?: string): Promise<void> {
    const model = this.#model;
    const span = model?.spanOf(id);
    if (!model || !span) return;
    const shown = new Set(this.#layout?.lanes.map((l) => l.id));
    const lane = laneId ?? model.lanesOf(id).find((l) => shown.has(l));
    const key = `${id}@${lane}`;
    const markOf = () => this.#layout?.marks.find((m) => m.key === key);
    if (lane !== undefined) {
      // In the axis' units, as the plot is drawn: the middle of a range across a fold is on screen.
      const { axis } = this.#zoom;
      const start = axis.toAxis(span.start);
      const end = axis.toAxis(span.end);
      const centre = (start + end) / 2;
      const around = (w: number) => this.#zoom.zoomTo({ start: axis.fromAxis(centre - w / 2), end: axis.fromAxis(centre + w / 2) });
      const minSpan = this.#zoom.minSpanMs;
      let width = Math.max(end - start, minSpan) * 8;
      const view = this.#zoom.domain;
      if (!markOf() && view) {
        width = Math.min(width, axis.toAxis(view.end) - axis.toAxis(view.start));
        around(width);
        await this.#drawn();
      }
      // Dense data may still cluster it: keep zooming in, down to the minimum span.
      for (let i = 0; i < 8 && !markOf() && width > minSpan; i++) {
        width = Math.max(minSpan, width / 4);
        around(width);
        await this.#drawn();
      }
      if (!markOf()) this.#pinned.set(id, lane);
    }
    this.#select(id);
    if (lane === undefined) return;
    await this.#navigator().then((n) => n.reveal(key), () => undefined);
    await this.#plot.focusOn(key);
  }

  /**
   * Selects event `id` (previous/next), pans to it when it is out of view (keeping the zoom), and
   * hands it the plot's tab stop; focus follows when it was in the plot.
   */
  async #showEvent(id: string): Promise<void> {
    const span = this.#model?.spanOf(id);
    const view = this.#zoom.domain;
    this.#select(id);
    if (span && view && (span.start < view.start || span.end > view.end)) this.#zoom.bringIntoView(span);
    await this.#settle();
    const mark = this.#layout?.marks.find((m) => m.eventId === id);
    if (!mark) return;
    const inPlot = this.#focusInPlot();
    this.#plot.setActive(mark.key);
    await this.#settle();
    if (inPlot) this.#plot.focusActive();
  }

  #focusInPlot(): boolean {
    return this.renderRoot.querySelector('svg.main')?.contains((this.renderRoot as ShadowRoot).activeElement) ?? false;
  }

  /** Waits until no update is pending (zooms and resizes may chain one more). */
  async #settle(): Promise<void> {
    await this.updateComplete;
  }

  /**
   * `updateComplete` resolves once the element is drawn: measuring the plot after the first
   * update, applying a zoom, the arrival of a lazy chunk (the built-in dataset, a translation)
   * and a key move in progress (which may pan and then move focus) each chain one more update,
   * which this waits for too.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await this.#drawn();
    for (let i = 0; i < 8 && (this.#plot.moving || this.#revealing); i++) {
      await (this.#plot.moving ?? this.#revealing);
      result = await this.#drawn();
    }
    return result;
  }

  /** Resolves once drawn, lazy chunks included (not waiting for key moves: they wait for this). */
  async #drawn(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let i = 0; i < 8; i++) {
      const lazy = this.#source.loading ?? this.#staged?.loading ?? this.#text.loading ?? this.#lazy.loading ?? this.#zoom.animating;
      if (lazy) await lazy;
      else if (!this.isUpdatePending) break;
      result = await super.getUpdateComplete();
    }
    return result && !this.isUpdatePending;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('theme')) this.setAttribute('theme', this.theme);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelWarmUp();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.#shown = this.#text.shown(this.locale, this.messages);
    // Parsed when they change, not on every zoom frame.
    if (changed.has('minSpan') || changed.has('maxSpan') || changed.has('bounds')) this.#limits = zoomLimits(this.minSpan, this.maxSpan, this.bounds);
    const state = this.#source.state;
    if (state.status !== 'loading' || state.progress) stopCodeWarmUp(); // data to draw: the idle warm-up gives way for good
    // Large data is checked for a while: the chunk its first drawing asks for (the overview's brush) arrives meanwhile, not a frame after it.
    if (state.status === 'loading' && state.progress?.phase === 'checking') this.#lazy.prefetch(deferredChunk);
    const data = state.status === 'ready' ? state.data : null;
    if (data !== this.#model?.dataset && data !== this.#failed?.data) {
      this.#failed = null;
      try {
        this.#model = data ? new TimelineModel(data, preparedTimelineOf(data)) : null;
      } catch (e) {
        this.#fail(e, data);
      }
      this.#staged?.cancel();
      // Large data: this update lays out its first view; what the drawing reads next is readied in tasks of its own.
      const events = this.#model?.dataset.events.length ?? 0;
      if (events >= SLICED_MIN_EVENTS) (this.#staged ??= this.#source.stagedFirstDraw())?.begin(events, [() => this.#readyFirstDraw()]);
      this.#overview = null;
      this.#layout = null;
      this.#pendingView = this.#pendingView ?? this.#initialView();
      this.#view.value = null;
      this.#list.reset();
      this.#lastRange = null;
    } else if ((changed.has('start') || changed.has('end')) && this.#zoom.domain) {
      const v = this.#initialView();
      if (v) this.#zoom.zoomTo(v);
    }
    if (DEV_MODE) {
      const { issue, theme, locale, selected, start, end, axis, minSpan, maxSpan, bounds } = this;
      for (const w of attributeWarnings({ issue, theme, locale, selected, start, end, axis, minSpan, maxSpan, bounds }, this.#model?.dataset ?? null)) warnOnce(w.message);
    }
    if (this.selected && this.#model && !this.#model.event(this.selected)) {
      // An unknown id selects nothing rather than leaving a stale panel (checked once data is there).
      this.selected = undefined;
    }
    try {
      this.#updateLayout();
    } catch (e) {
      this.#fail(e, data);
    }
  }

  /** Anything thrown while drawing (a getter in the page's own data object) ends in the error panel, not uncaught. */
  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (e) {
      this.#fail(e, this.#model?.dataset ?? null);
      super.update(changed);
    }
  }

  /**
   * Data that passed validation but still cannot be drawn (a bug, or a dataset that skipped
   * validation): show the error panel and fire the error event, never throw from an update.
   */
  #fail(e: unknown, data: Dataset | null): void {
    const error = e instanceof Error ? e : new Error(String(e));
    this.#failed = { data, error };
    this.#model = null;
    this.#layout = null;
    this.dispatchEvent(new TimelineErrorEvent(error));
  }

  /** The `start`/`end` attributes as a window; either may be missing (then the extent's own end). */
  #initialView(): ViewDomain | null {
    const s = viewBound(this.start, 'start');
    const e = viewBound(this.end, 'end');
    if (s === null && e === null) return null;
    const full = this.#model?.fullDomain;
    const start = s ?? full?.start ?? NaN;
    const end = e ?? full?.end ?? NaN;
    return end > start ? { start, end } : null;
  }

  /** Lays out the view when anything it depends on changed; the only per-frame work of a zoom. */
  #updateLayout(): void {
    const model = this.#model;
    const { width, rowHeight } = this.#size;
    if (!model || width <= 0) return;
    const { loc, messages } = this.#shown;
    const options = {
      width,
      lanes: this.lanes?.trim() ? this.lanes.trim().split(/\s+/) : undefined,
      issue: this.issue === 'none' ? null : (this.issue ?? undefined),
      rowHeight,
      // Narrow hosts show each label on its lane: keep a strip free for it.
      headerHeight: this.hasAttribute('narrow') ? OVERLAY_LABEL_HEIGHT : 0,
      locale: loc.dates,
      words: labelWords(messages),
      axis: model.timeAxis(this.axis),
    };
    let full: TimelineLayout | null = null;
    const limits = this.#limits;
    if (!model.fullDomain || model.fullWidth !== width || model.fullAxis !== options.axis || limits.key !== this.#limitsKey) {
      // The unzoomed layout gives the padded extent (the zoom's limits), unless `bounds` sets them.
      full = layoutTimeline(model.prepared, stripUndefined(options));
      const extent = boundedExtent(full.domain, limits.bounds);
      if (extent !== full.domain) full = layoutTimeline(model.prepared, stripUndefined({ ...options, domain: extent }));
      model.setFull(full.domain, width, options.axis);
      const before = limits.key !== this.#limitsKey && this.#limitsKey !== '' ? this.#view.value : null;
      this.#limitsKey = limits.key;
      const interrupted = this.#zoom.configure(
        { extent: full.domain, minSpanMs: limits.minSpanMs, maxSpanMs: limits.maxSpanMs, width, height: Math.max(1, full.height), axis: options.axis },
        this.#pendingView,
      );
      this.#pendingView = null;
      this.#view.value = this.#zoom.domain;
      // New limits that move the window say so, as any other change of the window does; so does a step that a
      // resize (or new limits) ended on its way: it lands where it was headed, and is committed there.
      const moved = before && this.#view.value && (before.start !== this.#view.value.start || before.end !== this.#view.value.end);
      if (this.#view.value && (moved || interrupted)) this.#commit(this.#view.value);
      this.#cancelWarmUp();
      if (model.prepared.events.length >= WARM_UP_MIN_EVENTS) {
        const direction = this.#shown.loc.dir;
        this.#cancelWarmUp = warmUp(warmUpWindows(full.domain), (domain) => {
          const layout = layoutTimeline(model.prepared, stripUndefined({ ...options, domain }));
          // The element's own titles, in the canvas's font: the widths measured here are kept for the zoom.
          this.#titles.labels({ layout, selectedId: null, focusedKey: null, headerHeight: options.headerHeight, markSize: DEFAULT_LAYOUT_OPTIONS.markSize, direction, canvas: this.renderRoot.querySelector('canvas.titles') });
          warmPaint(layout, DEFAULT_LAYOUT_OPTIONS.markSize);
        });
      }
    }
    const view = this.#view.value ?? this.#zoom.domain;
    if (!view) return;
    const inputs = [model, width, view.start, view.end, options.lanes?.join(' '), options.issue, loc.dates, rowHeight, options.headerHeight, options.axis, messages];
    if (!this.#layout || inputs.some((v, i) => v !== this.#layoutInputs[i])) {
      if (!full && this.#layout && (view.start !== this.#layoutInputs[2] || view.end !== this.#layoutInputs[3])) {
        // A reader's own zoom or pan runs the code the idle warm-up would have readied: what is left of it
        // would only run between their first steps (and slow them). So would a first list still held back.
        this.#cancelWarmUp();
        this.#list.postpone();
      }
      this.#layoutInputs = inputs;
      // With no initial window the first view is the unzoomed one: reuse it, do not lay out twice.
      const same = full && full.domain.start === view.start && full.domain.end === view.end;
      this.#layout = same && full ? full : layoutTimeline(model.prepared, stripUndefined({ ...options, domain: view }));
      model.indexLayout(this.#layout);
      // A pill's list belongs to the view it was opened in: a zoom or pan closes it (focus back on the tab stop).
      if (this.#pillList.isOpen) this.#pillList.close(!!this.shadowRoot?.activeElement?.closest('.pill-list'));
      const active = this.#plot.activeKey;
      this.#pinned.update(active, this.selected);
      if (active === null || !(model.hasKey(active) || this.#pinned.stop()?.key === active)) this.#plot.activeKey = model.nearestKey(active);
    }
    // Large data: from the update that draws the text (the list is held back after it, as after small data's first drawing).
    if (!this.#staged?.textLater) this.#list.update({ model, layout: this.#layout, view, messages, locale: loc.dates, lang: loc.lang });
  }

  #countFormats = new Map<string, (n: number) => string>();

  /** `formatCount` in `locale`, the same function each time (the plot keeps its pills' counts while it is). */
  #countFormat(locale: string): (n: number) => string {
    let format = this.#countFormats.get(locale);
    if (!format) this.#countFormats.set(locale, (format = (n) => formatCount(n, locale)));
    return format;
  }

  #commit(domain: ViewDomain): void {
    this.#view.value = domain;
    // The live summary waits for the zooming to pause, so a screen reader hears one announcement.
    this.#list.settle(domain);
    const last = this.#lastRange;
    if (last && Math.abs(last.start - domain.start) < 1 && Math.abs(last.end - domain.end) < 1) return;
    this.#lastRange = domain;
    this.dispatchEvent(new TimelineRangeChangeEvent(new Date(domain.start), new Date(domain.end)));
  }

  override updated(): void {
    // Nodes the controllers bind to; looked up again only when Lit has replaced them (the plot
    // goes away while an error panel is shown).
    const live = <T extends Element>(node: T | null, selector: string) =>
      node?.isConnected ? node : this.renderRoot.querySelector<T>(selector);
    this.#plotSvg = live(this.#plotSvg, 'svg.main');
    this.#zoom.attach(this.#plotSvg);
    this.#brushGroup = live(this.#brushGroup, '[part="overview"] .brush');
    const layout = this.#staged?.pending ? null : this.#layout;
    const full = this.#model?.fullDomain;
    if (layout && full) this.#brush.update(this.#brushGroup, layout.width, OVERVIEW_BRUSH_HEIGHT, full, layout.domain);
    if (!this.#lastRange && layout) this.#lastRange = layout.domain;
    if (layout) this.#lazy.preloadWhenIdle([panelsChunk, deferredChunk]);
  }

  #select(id: string | null): void {
    const event = id ? (this.#model?.event(id) ?? null) : null;
    if (event) this.#stance.select(null);
    this.selected = event?.id;
    this.dispatchEvent(new TimelineSelectEvent(event, event?.evidence[0] ?? null));
  }

  /** Click, Enter or Space: a mark selects its event; a pill opens the list of its events (it never zooms). */
  #activate(key: string): void {
    const layout = this.#layout, model = this.#model;
    const cluster = layout?.clusters.find((c) => c.key === key);
    if (cluster && layout && model) {
      const names = this.#names.use(this.#shown.messages, this.#shown.loc.dates);
      const options = pillEvents(model.prepared, layout, cluster).map((id) => ({ id, name: names.option(id), title: model.event(id)?.title ?? '' }));
      const { x0, x1, y1 } = markBox(cluster, DEFAULT_LAYOUT_OPTIONS.markSize);
      this.#pillList.open({ key, laneId: cluster.laneId, label: names.pillList(cluster), options, x: (x0 + x1) / 2, y: AXIS_HEIGHT + y1 + 6 });
      return;
    }
    const pinned = this.#pinned.stop();
    if (pinned?.key === key) return this.#select(key.slice(0, key.lastIndexOf('@')));
    const mark = layout?.marks.find((m) => m.key === key);
    if (mark) this.#select(mark.eventId);
  }

  /** Escape anywhere in the element (the details, the toolbar) closes the details; focus goes back to the mark. */
  readonly #onRootKeydown = (e: KeyboardEvent): void => {
    this.#story.onKeydown(e); // , and . step through the events in time
    if (e.key !== 'Escape' || e.defaultPrevented || !this.selected) return;
    e.preventDefault();
    this.#closeDetails();
  };

  #closeDetails(): void {
    this.#select(null);
    void this.#plot.focusOn(this.#plot.activeKey);
  }

  /** Keyboard and toolbar zoom: by 2×, around the focused mark when there is one. */
  #zoomAround(direction: 'in' | 'out' | 'reset', key: string | null): void {
    if (direction === 'reset') return this.#zoom.reset();
    const centre = key === null ? undefined : this.#model?.timeOfKey(key);
    this.#zoom.zoomBy(direction === 'in' ? 2 : 0.5, centre);
  }

  /** The details of stance observation `id`, opened from a band (nothing for an unknown id). */
  #stanceDetails(model: TimelineModel, id: string): TemplateResult | typeof nothing {
    const stance = model.prepared.stanceById.get(id);
    const panels = stance ? this.#lazy.need(panelsChunk) : undefined;
    if (!stance || !panels) return nothing;
    const { loc, messages } = this.#shown;
    const lane = this.#layout?.stanceObservations.find((o) => o.stanceId === id)?.laneId;
    return panels.renderStanceDetails({
      stance, laneLabel: model.dataset.lanes.find((l) => l.id === lane)?.label ?? model.actors.get(stance.actor)?.name ?? stance.actor,
      issueLabel: model.dataset.issues.find((i) => i.id === stance.issue)?.label ?? stance.issue,
      actors: model.actors, sources: model.sources, locale: loc.dates, messages, dataLang: model.lang,
      onClose: () => this.#stance.select(null),
    });
  }

  /**
   * What the first drawing of large data reads, computed beforehand (cached): the overview's
   * density. (Not the titles: placed before their canvas is drawn, they would be measured in a
   * stand-in font, and placed again in its own.)
   */
  #readyFirstDraw(): void {
    const model = this.#model, layout = this.#layout;
    if (model && layout) this.#overviewOf(model, layout.width, this.#shown.loc.dates);
  }

  /** The overview strip changes only with the data or the width, not with the zoom. */
  #overviewOf(model: TimelineModel, width: number, locale: string): unknown {
    const full = model.fullDomain ?? model.prepared.extent;
    const key = `${full.start}:${full.end}:${width}:${locale}`;
    if (this.#overview?.key !== key) {
      this.#overview = { key, template: renderOverview(model.density(width), full, width, (y) => formatCount(y, locale)) };
    }
    return this.#overview.template;
  }

  override render(): TemplateResult {
    needForcedColors(this.#lazy);
    // Large data being readied for its first drawing: the progress bar stays until it is drawn.
    const staging = this.#staged?.pending && !this.#failed;
    const state = this.#failed ? { status: 'error' as const, error: this.#failed.error } : staging ? { status: 'loading' as const, progress: this.#staged?.progress } : this.#source.state;
    const { loc, messages: m } = this.#shown;
    if (state.status === 'error') {
      const { error } = state, count = (n: number) => n.toLocaleString(loc.dates);
      return html`<div class="error-state" dir=${loc.dir} lang=${loc.lang}><div part="error">${renderErrorSummary(error, m, count)}${
        isDatasetError(error) ? this.#lazy.need(errorChunk)?.renderProblemList(error.issues, m, count) : nothing}</div></div>`;
    }
    const layout = staging ? null : this.#layout, model = staging ? null : this.#model;
    const selected = this.selected ? model?.event(this.selected) : undefined;
    const range = layout ? rangeLabel(layout.domain, layout.level, loc.dates) : '';
    const tickLabels = layout ? this.#tickLabels.placed(layout) : NO_TICK_LABELS;
    const issue = this.issue === 'none' ? null : (this.issue ?? model?.dataset.issues[0]?.id ?? null);
    const names = this.#names.use(m, loc.dates);
    if (model) this.#pinned.update(this.#plot.activeKey, this.selected);
    const pinned = model ? this.#pinned.proxy((id, lane) => names.event(id, lane), (id) => model.event(id)?.when.basis ?? 'stated') : null;
    const place = selected ? this.#story.place(selected.id) : null;
    const previous = selected ? this.#story.neighbour(-1) : null;
    const next = selected ? this.#story.neighbour(1) : null;
    const panels = selected && model ? this.#lazy.need(panelsChunk) : undefined;
    // A named region: embedded in a page, the toolbar, live summary and legend sit in a landmark.
    return html`<div class="root" role="region" aria-label=${m.region} dir=${loc.dir} lang=${loc.lang} @keydown=${this.#onRootKeydown}>
      ${model && layout
        ? renderToolbar({
            issues: model.dataset.issues, issue, rangeLabel: range,
            onIssue: (id) => (this.issue = id ?? 'none'),
            onZoom: (d) => this.#zoomAround(d, null),
            canZoomIn: this.#zoom.canZoomIn, canZoomOut: this.#zoom.canZoomOut,
            messages: m, dataLang: model.lang,
          })
        : nothing}
      ${state.status === 'loading' ? renderLoading(state.progress, m, loc.dates) : nothing}
      ${layout && layout.lanes.length === 0 && model
          ? html`<p class="loading" role="status">${model.dataset.events.length === 0
              ? m.noEvents
              : m.noLane(this.lanes ?? '', model.dataset.lanes.map((l) => l.id).join(', '))}</p>`
          : nothing}
      ${model && layout
        ? renderLegend({
            types: model.eventTypes, facts: legendFacts(model.prepared, issue), stances: issue !== null && layout.lanes.length > 0,
            clusters: layout.clusters.length > 0, ties: layout.ties.length > 0, tieKinds: model.tieKinds, messages: m,
            observed: layout.stances.some((s) => !s.carried), carried: layout.stances.some((s) => s.carried),
            // Open at first where there is room for it, closed on narrow hosts; then as the reader leaves it.
            open: this.#legendOpenNow, onToggle: (open) => open !== this.#legendOpenNow && (this.#legendOpen.value = open),
          })
        : nothing}
      <div class=${(selected || this.#stance.selected) && model ? 'body with-details' : 'body'}>
        <div class="lanes" @focusin=${this.#lanesScroll.onFocusIn}>
        <div class="labels" lang=${ifDefined(model?.lang)}>${layout ? renderLaneLabels(layout.lanes, AXIS_HEIGHT, this.#laneLabelOptions()) : nothing}</div>
        <div class="plot">${layout && model
          ? html`${renderStickyAxis(layout, tickLabels, this.#lanesScroll.scrolls)}${renderPlot({
              layout, tickLabels, lanes: model.lanesWithMarks(layout), laneBoxes: model.laneBoxes,
              activeKey: this.#plot.activeKey, focusVisible: this.#plot.focusVisible, selectedId: this.selected ?? null,
              active: model.item(this.#plot.activeKey), hovered: model.item(this.#plot.hoverKey), selectedMarks: model.placesOf(this.selected, layout),
              markSize: DEFAULT_LAYOUT_OPTIONS.markSize, stanceHeight: DEFAULT_LAYOUT_OPTIONS.stanceHeight,
              label: m.timeline(range), roleDescription: m.plotRole,
              tooltip: model.tooltipFor(this.#plot.hoverKey ?? this.#plot.focusKey, layout, names),
              overview: this.#overviewOf(model, layout.width, loc.dates), pixelRatio: this.#media.pixelRatio,
              formatCount: this.#countFormat(loc.dates), dataLang: model.lang,
              empty: model.dataset.events.length === 0 && layout.lanes.length > 0 ? m.noEvents : undefined,
              titles: this.#staged?.textLater ? null : this.#titles.labels({
                layout, selectedId: this.selected ?? null,
                focusedKey: this.#plot.focusKey, headerHeight: this.hasAttribute('narrow') ? OVERLAY_LABEL_HEIGHT : 0, markSize: DEFAULT_LAYOUT_OPTIONS.markSize,
                direction: loc.dir, canvas: this.renderRoot.querySelector('canvas.titles'),
              }),
              stance: { selected: this.#stance.selected, tabStop: this.#stance.tabStop, label: m.observations, handlers: this.#stance.handlers },
              handlers: this.#plot.handlers, laneLabels: this.#laneLabelOptions(),
              names: { mark: (mk) => names.mark(mk), cluster: (c) => names.cluster(c), lane: (l) => m.navigation.laneGroup(l.context ? m.others : l.label) },
              descriptions: { basis: m.navigation.basis, emptyPlot: m.navigation.emptyPlot },
              expandedKey: this.#pillList.pillKey, pinned,
            })}${this.#pillList.render()}${this.#wheelHint.render((key) => m.navigation.wheelHint(key))}${
              this.#list.render()}`
          : nothing}</div>
        </div>
        ${selected && model && panels
          ? panels.renderDetails({
              event: selected, actors: model.actors, sources: model.sources, locale: loc.dates, messages: m, dataLang: model.lang,
              onClose: () => this.#closeDetails(),
              story: {
                position: place ? m.storyPosition(place.n, place.total) : '',
                previous: previous === null ? null : () => this.#story.step(-1),
                next: next === null ? null : () => this.#story.step(1),
              },
            })
          : nothing}
        ${!selected && model && this.#stance.selected ? this.#stanceDetails(model, this.#stance.selected) : nothing}
      </div>
      ${this.#renderSide(model, layout)}
      <p class="visually-hidden announce" role="status" aria-live="polite"></p>
    </div>`;
  }
}

/**
 * The layout and model of `el`, for the element's tests: nothing else can reach the element's
 * internals, and the package does not export this (index.ts re-exports only the class).
 * @internal
 */
export const timelineInternals = (el: SyriaTimeline): TimelineInternals => readInternals(el);

const stripUndefined = <T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
