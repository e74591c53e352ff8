import { html, svg, type TemplateResult } from 'lit';
import type { EventType, TieKind } from '@syria-timeline/core';
import { EVENT_GLYPHS, glyphPath } from '../event-glyphs.js';
import { englishMessages, type TimelineMessages } from '../messages.js';

/**
 * Readable name of an event type, for the legend, the tooltip and the details panel; English
 * unless a locale's messages are given. Unknown types (data that skipped validation) show as is.
 */
export const eventTypeName = (type: EventType, messages: TimelineMessages = englishMessages): string =>
  messages.types[type] ?? type;

const icon = (d: string, extra = '') =>
  svg`<svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path d=${d} fill="currentColor" ${extra}></path></svg>`;

/** A tie of `kind` in small, left to right, as render-ties.ts draws it (same classes, so the same styles). */
const tieIcon = (kind: TieKind) => {
  const end = kind === 'about'
    ? svg`<circle class="tie-end about" cx="21" cy="7" r="3"></circle>`
    : svg`<path class=${`tie-end ${kind}`} d=${`M25,7L17,3L17,11Z${kind === 'against' ? 'M25,1.5L25,12.5' : ''}`}></path>`;
  return svg`<svg class="tie-icon" width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">
    <path class=${`tie-arc ${kind}`} d="M1,7L18,7"></path>${end}</svg>`;
};

/**
 * The key to the glyphs (only the types present), the mark styles, the kinds of tie present, and
 * the stance colours. `showStances` is false when no issue is shown.
 */
export function renderLegend(
  types: readonly EventType[], showStances: boolean, m: TimelineMessages, tieKinds: readonly TieKind[] = [],
): TemplateResult {
  return html`<ul part="legend" aria-label=${m.legend}>
    ${types.map((t) => html`<li>${icon(glyphPath(EVENT_GLYPHS[t], 6))}${eventTypeName(t, m)}</li>`)}
    ${tieKinds.map((k) => html`<li data-tie=${k}>${tieIcon(k)}${m.ties[k]}</li>`)}
    <li><svg width="22" height="10" aria-hidden="true"><rect x="1" y="2" width="20" height="6" rx="2" fill="currentColor"></rect></svg>${m.range}</li>
    <li><svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><circle r="5" fill="none" stroke="currentColor" stroke-width="1.75"></circle></svg>${m.monthOrYear}</li>
    <li><svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><circle r="5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2 1.5"></circle></svg>${m.approximate}</li>
    ${showStances
      ? html`<li><span class="legend-swatch supports" aria-hidden="true"></span>${m.supports}</li>
          <li><span class="legend-swatch opposes" aria-hidden="true"></span>${m.opposes}</li>
          <li><span class="legend-swatch neutral" aria-hidden="true"></span>${m.neutral}</li>
          <li><span class="legend-swatch conditional" aria-hidden="true"></span>${m.conditional}</li>`
      : ''}
  </ul>`;
}
