import { DEFAULT_DATE_LOCALE, DEFAULT_LAYOUT_OPTIONS, layoutTimeline, type Dataset, type TimelineLayout } from '@syria-timeline/core';
import { labelWords } from './label-words.js';
import { legendFacts } from './legend-facts.js';
import { englishMessages } from './messages.js';
import { preparedTimelineOf } from './prepared-timelines.js';
import { rangeLabel } from './range-label.js';
import { TimelineModel } from './timeline-model.js';
import { TitleLabels } from './title-labels.js';
import { warmPaint } from './layout-warm-up.js';

/** Longest a step may take, ms: it runs only in an idle period with at least this much left. */
const STEP_MS = 15;
/** The family the element's CSS gives its canvases (syria-timeline.css: `--syria-timeline-font`'s fallback). */
const FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

let asked = false;
let stopped = false;
let left = 0;

/**
 * Stops the warm-up for good: an element has data to draw (or is checking it), and from now on
 * the code runs on real data, where warming would only compete with it.
 */
export function stopCodeWarmUp(): void {
  stopped = true;
}

/**
 * A small dataset of the shapes real data has, parsed from JSON as fetched data is (so that the
 * objects have the same hidden classes): four lanes, actors in a `partOf` chain, two issues, 24
 * events of every date profile (day, month, year, `XX`, qualifiers, ranges), one and two
 * participants, issues, background, stances and a relation. Built here, not shipped as JSON.
 */
function warmData(): Dataset {
  const sides = ['ru', 'sy', 'op', 'we'];
  const ev = [{ source: 'a', start: 0, end: 4, text: 'warm' }];
  const dates = ['2012-02-07', '2012-03', '2013', '2012-XX', '2012-05-XX', '2013-06~', '2014?', '2012-08-01%'];
  const types = ['meeting', 'statement', 'veto', 'sanction', 'agreement', 'demand', 'offer', 'appeal'];
  return JSON.parse(JSON.stringify({
    version: 1,
    lanes: sides.map((id, order) => ({ id, label: id, order, color: '#3a7bd5' })),
    actors: sides.flatMap((id, i) => [
      { id, name: id, kind: i === 3 ? 'bloc' : 'state', lane: id },
      { id: `${id}-b`, name: id, kind: 'body', partOf: id },
      { id: `${id}-p`, name: id, kind: 'person', partOf: `${id}-b` },
    ]),
    issues: [{ id: 'i', label: 'Issue' }, { id: 'j', label: 'Other issue' }],
    sources: [{ id: 'a', file: 'a.txt', title: 'A', dateline: { start: '2011-01-01', basis: 'stated' } }],
    events: Array.from({ length: 24 }, (_, i) => ({
      id: `e-${i}`, type: types[i % 8], title: `Talks on the draft resolution ${i}`,
      // Every fourth a range; the first others each of a profile; the rest days.
      when: i % 4 === 3 ? { start: `2013-0${1 + (i % 9)}-1${i % 10}`, end: `2014-0${1 + (i % 8)}-2${i % 9}`, basis: 'stated' }
        : { start: i < 10 ? dates[i - (i >> 2)] : `201${1 + (i % 5)}-${10 + (i % 3)}-${10 + (i % 18)}`, basis: 'stated' },
      participants: i % 2 ? [{ actor: `${sides[i % 4]}-p`, role: 'actor' }, { actor: sides[(i + 1) % 4], role: 'recipient' }]
        : [{ actor: `${sides[i % 4]}-b`, role: 'actor' }],
      evidence: ev,
      ...(i % 3 ? { issues: ['i'] } : {}),
      ...(i % 7 ? {} : { background: true }),
    })),
    stances: sides.flatMap((actor, i) => ['i', 'j'].map((issue, k) => ({
      id: `s-${i}-${k}`, actor, issue, position: ['supports', 'opposes', 'neutral'][(i + k) % 3],
      when: { start: `201${2 + k}-0${1 + i}-01`, basis: 'stated' }, basis: 'stated', evidence: ev,
    }))),
    relations: [{ id: 'r', kind: 'arms-supply', from: 'ru', to: 'sy', label: 'r', start: '2011', basis: 'stated', evidence: ev }],
  })) as Dataset;
}

/**
 * Measures and draws (halo, then text) a line of letters and digits once, on a canvas no one sees,
 * in the canvas fonts the element uses (the titles' and the counts'): the first text a page measures
 * or draws on a canvas readies the font and its glyphs (tens of ms in Chromium).
 */
function warmCanvasText(): void {
  const text = 'The draft resolution: talks, vetoes & sanctions (MQXYZ) 0123456789';
  const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(64, 16) : document.createElement('canvas');
  const context = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!context) return;
  const ratio = devicePixelRatio > 0 ? devicePixelRatio : 1;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.textBaseline = 'middle';
  context.lineWidth = 3;
  context.lineJoin = 'round';
  for (const weight of ['400', '600']) {
    context.font = `normal ${weight} 11px ${FAMILY}`;
    context.measureText(text);
    context.strokeText(text, 0, 8);
    context.fillText(text, 0, 8);
  }
}

/**
 * The code a first drawing runs, run once per page on a small dataset in the page's idle periods
 * before any element has data: the core's preparation and layout, the model's indexes, title
 * placement with measured widths, the marks' paint and canvas text. A
 * first drawing otherwise runs all of it cold (compiling each function on its first call, with
 * no type feedback yet): about half of its CPU at 10,000 events. Each step runs in an idle
 * period with `STEP_MS` left (several periods if needed); nothing is drawn, attached to the
 * page, fetched or kept (but compiled code, the canvas fonts' caches and `preparedTimelineOf`'s
 * weak entry for a dataset no one holds). Stops for good once an element has data (`stopCodeWarmUp`);
 * where there is no `requestIdleCallback` (Safari), nothing is done.
 */
export function warmCodeWhenIdle(): void {
  if (asked || typeof requestIdleCallback !== 'function') return;
  asked = true;
  let model: TimelineModel | undefined;
  let layout: TimelineLayout | undefined;
  const options = { width: 800, rowHeight: DEFAULT_LAYOUT_OPTIONS.rowHeight, headerHeight: 0, locale: DEFAULT_DATE_LOCALE, words: labelWords(englishMessages) };
  const steps: (() => void)[] = [
    warmCanvasText,
    () => {
      const data = warmData();
      model = new TimelineModel(data, preparedTimelineOf(data));
    },
    () => {
      const m = model!;
      const axis = m.timeAxis('compressed');
      layout = layoutTimeline(m.prepared, { ...options, axis });
      m.setFull(layout.domain, options.width, axis);
      m.density(options.width);
      m.indexLayout(layout);
      m.lanesWithMarks(layout);
      m.nearestKey(null);
      legendFacts(m.prepared, 'i');
      rangeLabel(layout.domain, layout.level, DEFAULT_DATE_LOCALE);
    },
    () => {
      new TitleLabels().labels({ layout: layout!, selectedId: null, focusedKey: null, headerHeight: 0, markSize: DEFAULT_LAYOUT_OPTIONS.markSize, direction: 'ltr', canvas: null });
      warmPaint(layout!, DEFAULT_LAYOUT_OPTIONS.markSize);
    },
  ];
  const next = (deadline: IdleDeadline): void => {
    // Steps of 5–15 ms: a second one only if the first was short and the period has room for it.
    const from = performance.now();
    while (!stopped && steps.length > 0 && performance.now() - from < 10 && deadline.timeRemaining() >= STEP_MS) steps.shift()!();
    left = steps.length;
    if (!stopped && left > 0) requestIdleCallback(next);
  };
  left = steps.length;
  requestIdleCallback(next);
}

/** How many steps of the warm-up have not run (yet, or ever once stopped), for tests. */
export function codeWarmUpLeft(): number {
  return left;
}
