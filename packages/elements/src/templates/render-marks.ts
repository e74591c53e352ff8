import type { EventMark, Id } from '@syria-timeline/core';
import { EVENT_GLYPHS, glyphPath } from '../event-glyphs.js';
import type { KeyedSpec, NodeSpec } from '../keyed-layer.js';

export interface MarkState {
  /** Key of the mark holding the single tab stop (roving tabindex). */
  activeKey: string | null;
  /** Id of the selected event: every mark of it is pressed. */
  selectedId: Id | null;
  /** Glyph diameter, px. */
  markSize: number;
}

/** Half the height of a range or span bar, px. */
export const BAR_HALF = 4;
/** Background events are drawn smaller (and fainter, in CSS). */
const BACKGROUND_SCALE = 0.75;

/**
 * One lane's event marks as keyed element specs (drawn by `keyedLayer`), so zoom frames keep and
 * move the nodes of marks still in view instead of re-creating them. Each mark is a
 * `role="button"` with the layout's plain-text label; listeners are on the plot (delegated), not
 * on each mark.
 *
 * Kept lean because a zoom step may create and restyle hundreds of marks: a point is a single
 * `<path>` (ranges and spans a group of two), one class string carries the date shape, glyph and
 * style flags, and focus and selection rings are drawn once, over the marks (render-rings.ts).
 */
export function markSpecs(marks: readonly EventMark[], state: MarkState): KeyedSpec[] {
  return marks.map((m) => markSpec(m, state));
}

// Shared by every mark of a kind (see NodeSpec.statics).
const MARK_STATICS = ['part', 'mark', 'role', 'button'];
const BAR_STATICS = ['class', 'bar', 'y', String(-BAR_HALF), 'height', String(BAR_HALF * 2), 'rx', '2'];
const SPAN_BAR_STATICS = ['class', 'span-bar', 'y', String(-BAR_HALF - 1), 'height', String(BAR_HALF * 2 + 2), 'rx', '3'];
const GLYPH_STATICS = ['class', 'glyph'];

function markSpec(m: EventMark, state: MarkState): KeyedSpec {
  const glyph = EVENT_GLYPHS[m.type] ?? 'hexagon';
  const r = (state.markSize / 2) * (m.background ? BACKGROUND_SCALE : 1);
  const selected = m.eventId === state.selectedId;
  const classes =
    `mark ${m.shape} glyph-${glyph}${m.approximate ? ' approximate' : ''}${m.uncertain ? ' uncertain' : ''}` +
    `${m.background ? ' background' : ''}${selected ? ' selected' : ''}`;
  const tabindex = m.key === state.activeKey ? 0 : -1;
  const pressed = selected ? 'true' : 'false';
  const transform = `translate(${m.x},${m.y})`;
  if (m.shape === 'point' || m.shape === 'hollow') {
    // Centred on x: the glyph itself is the button.
    return { key: m.key, tag: 'path', statics: MARK_STATICS, attrs: [
      'class', `${classes} glyph`, 'tabindex', tabindex, 'aria-label', m.label,
      'aria-pressed', pressed, 'data-key', m.key, 'transform', transform, 'd', glyphPath(glyph, r),
    ] };
  }
  // Ranges and spans start at x: a bar over the interval, with the glyph at its start (range) or middle (span).
  const w = Math.max(0, m.x2 - m.x);
  const children: NodeSpec[] =
    m.shape === 'range'
      ? [
          { tag: 'rect', statics: BAR_STATICS, attrs: ['width', w] },
          { tag: 'path', statics: GLYPH_STATICS, attrs: ['d', glyphPath(glyph, r)] },
        ]
      : [
          { tag: 'rect', statics: SPAN_BAR_STATICS, attrs: ['width', w] },
          { tag: 'path', statics: GLYPH_STATICS, attrs: ['transform', `translate(${w / 2},0)`, 'd', glyphPath(glyph, r * 0.8)] },
        ];
  return { key: m.key, tag: 'g', statics: MARK_STATICS, attrs: [
    'class', classes, 'tabindex', tabindex, 'aria-label', m.label,
    'aria-pressed', pressed, 'data-key', m.key, 'transform', transform,
  ], children };
}
