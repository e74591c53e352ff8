import { nothing, svg, type SVGTemplateResult } from 'lit';
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
const BAR_HALF = 4;

/**
 * One lane's event marks, keyed by `mark.key` so zoom frames move nodes instead of re-creating
 * them. Each mark is a `role="button"` with the layout's plain-text label; listeners are on the
 * plot (delegated), not on each mark.
 *
 * Kept lean because a zoom frame may create hundreds of marks: one class string carries the
 * date shape, glyph and style flags; the focus ring is drawn only on the mark that can take
 * focus (the roving tab stop) and on selected marks.
 */
export function renderMarks(marks: readonly EventMark[], state: MarkState): SVGTemplateResult {
  return svg`${repeat(marks, (m) => m.key, (m) => renderMark(m, state))}`;
}

function renderMark(m: EventMark, state: MarkState): SVGTemplateResult {
  const glyph = EVENT_GLYPHS[m.type] ?? 'hexagon';
  const r = state.markSize / 2;
  const selected = m.eventId === state.selectedId;
  const active = m.key === state.activeKey;
  const classes =
    `mark ${m.shape} glyph-${glyph}${m.approximate ? ' approximate' : ''}${m.uncertain ? ' uncertain' : ''}` +
    `${m.background ? ' background' : ''}${selected ? ' selected' : ''}`;
  const w = Math.max(0, m.x2 - m.x);
  const ring = active || selected;
  // Points and hollow marks are centred on x; ranges and spans start at x.
  const body =
    m.shape === 'range'
      ? svg`<rect class="bar" y=${-BAR_HALF} width=${w} height=${BAR_HALF * 2} rx="2"></rect><path class="glyph" d=${glyphPath(glyph, r)}></path>${
          ring ? svg`<rect class="ring" x=${-r - 3} y=${-r - 3} width=${w + 2 * r + 6} height=${2 * r + 6} rx="4"></rect>` : nothing}`
      : m.shape === 'span'
        ? svg`<rect class="span-bar" y=${-BAR_HALF - 1} width=${w} height=${BAR_HALF * 2 + 2} rx="3"></rect><path class="glyph" transform="translate(${w / 2},0)" d=${glyphPath(glyph, r * 0.8)}></path>${
            ring ? svg`<rect class="ring" x="-3" y=${-r - 3} width=${w + 6} height=${2 * r + 6} rx="4"></rect>` : nothing}`
        : svg`<path class="glyph" d=${glyphPath(glyph, r)}></path>${ring ? svg`<circle class="ring" r=${r + 3.5}></circle>` : nothing}`;
  return svg`<g part="mark" class=${classes} role="button" tabindex=${active ? 0 : -1} aria-label=${m.label}
    aria-pressed=${selected ? 'true' : 'false'} data-key=${m.key} transform="translate(${m.x},${m.y})">${body}</g>`;
}
