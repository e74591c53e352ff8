// Public API of core/layout: named re-exports only.
export type {
  DetailLevel, ViewDomain, LayoutOptions, LaneBox, Tick, MarkShape, EventMark, ClusterMark, TieMark, TieKind,
  StanceSegment, StanceChange, StanceObservation, TimelineLayout, AxisBreak,
} from './types.js';
export { LINEAR_TIME_AXIS, foldedTimeAxis, type TimeAxis, type AxisFold } from './time-axis.js';
export { compressTimeAxis, compressTimeAxisSteps, COMPRESS_STEP, LONG_EVENT_MS, type CompressTimeAxisOptions } from './compress-time-axis.js';
export { foldLabel } from './fold-label.js';
export { DEFAULT_LAYOUT_OPTIONS, type LayoutDefaults } from './default-layout-options.js';
export {
  prepareTimeline, prepareTimelineSteps, EMPTY_EXTENT, EVENT_FLAG, OTHERS_LANE, TIE_KINDS, type PreparedTimeline, type PreparedLane,
} from './prepare-timeline.js';
export { layoutTimeline } from './layout-timeline.js';
export { levelOfDetail, DAY_LEVEL_PX_PER_DAY, MONTH_LEVEL_PX_PER_DAY } from './level-of-detail.js';
export { axisTicks, TICK_MIN_SPACING_PX } from './axis-ticks.js';
export { placeTickLabels, estimateTickLabelWidth, TICK_LABEL_GAP_PX, type TickLabelPlace } from './place-tick-labels.js';
export { createTimeScale, type TimeScale } from './time-scale.js';
export { zoomDomain, panDomain, clampDomain, paddedExtent, MIN_VIEW_SPAN_MS, EXTENT_PADDING } from './view-domain.js';
export { navigateMarks, type MarkMove } from './navigate-marks.js';
export { BAR_HALF, PILL_HEIGHT, MIN_PILL_WIDTH, BACKGROUND_SCALE, pillBox, glyphRadius, markBox, type MarkBox } from './mark-geometry.js';
export { hitTest } from './hit-test.js';
export { ENGLISH_LABEL_WORDS, type LabelWords } from './label-words.js';
export { formatCount } from './format-count.js';
export { placeLabels, TYPE_IMPORTANCE, type LabelBox, type PlaceLabelsOptions } from './place-labels.js';
export { shortenText } from './shorten-text.js';
export { textDirection } from './text-direction.js';
export {
  clampTransform, domainOfTransform, maxZoomOf, minZoomOf, transformOfDomain, wheelZoomFactor, zoomAndPan, IDENTITY_TRANSFORM,
  type ViewGeometry, type ViewTransform,
} from './view-transform.js';
export { eventIndexAt, eventIndicesInOrder } from './event-indices-in-order.js';
