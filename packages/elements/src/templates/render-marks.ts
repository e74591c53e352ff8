import { svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { EventMark, Id } from '@syria-timeline/core';
import { EVENT_GLYPHS, glyphPath } from '../event-glyphs.js';

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
 * One lane's event marks, keyed by `mark.key` so zoom frames move nodes instead of re-creating
 * them. Each mark is a `role="button"` with the layout's plain-text label; listeners are on the
 * plot (delegated), not on each mark.
 *
 * Kept lean because a zoom frame may create and restyle hundreds of marks: a point is a single
 * `<path>` (ranges and spans a group of two), one class string carries the date shape, glyph and
 * style flags, and focus and selection rings are drawn once, over the marks (render-rings.ts).
 */
export function renderMarks(marks: readonly EventMark[], state: MarkState): SVGTemplateResult {
  return svg`${repeat(marks, (m) => m.key, (m) => renderMark(m, state))}`;
}

function renderMark(m: EventMark, state: MarkState): SVGTemplateResult {
  const glyph = EVENT_GLYPHS[m.type] ?? 'hexagon';
  const r = (state.markSize / 2) * (m.background ? BACKGROUND_SCALE : 1);
  const selected = m.eventId === state.selectedId;
  const classes =
    `mark ${m.shape} glyph-${glyph}${m.approximate ? ' approximate' : ''}${m.uncertain ? ' uncertain' : ''}` +
    `${m.background ? ' background' : ''}${selected ? ' selected' : ''}`;
  const tabindex = m.key === state.activeKey ? 0 : -1;
  const pressed = selected ? 'true' : 'false';
  if (m.shape === 'point' || m.shape === 'hollow') {
    // Centred on x: the glyph itself is the button.
    return svg`<path part="mark" class=${`${classes} glyph`} role="button" tabindex=${tabindex} aria-label=${m.label}
      aria-pressed=${pressed} data-key=${m.key} transform="translate(${m.x},${m.y})" d=${glyphPath(glyph, r)}></path>`;
  }
  // Ranges and spans start at x: a bar over the interval, with the glyph at its start (range) or middle (span).
  const w = Math.max(0, m.x2 - m.x);
  const body =
    m.shape === 'range'
      ? svg`<rect class="bar" y=${-BAR_HALF} width=${w} height=${BAR_HALF * 2} rx="2"></rect><path class="glyph" d=${glyphPath(glyph, r)}></path>`
      : svg`<rect class="span-bar" y=${-BAR_HALF - 1} width=${w} height=${BAR_HALF * 2 + 2} rx="3"></rect><path class="glyph" transform="translate(${w / 2},0)" d=${glyphPath(glyph, r * 0.8)}></path>`;
  return svg`<g part="mark" class=${classes} role="button" tabindex=${tabindex} aria-label=${m.label}
    aria-pressed=${pressed} data-key=${m.key} transform="translate(${m.x},${m.y})">${body}</g>`;
}
