import { html, svg, type TemplateResult } from 'lit';
import type { EventType } from '@syria-timeline/core';
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

/**
 * The key to the glyphs (only the types present), the mark styles, and the stance colours.
 * `showStances` is false when no issue is shown.
 */
export function renderLegend(types: readonly EventType[], showStances: boolean, m: TimelineMessages): TemplateResult {
  // No events, no stances: nothing is drawn, so there is nothing to explain.
  if (!types.length && !showStances) return html``;
  return html`<ul part="legend" aria-label=${m.legend}>
    ${types.map((t) => html`<li>${icon(glyphPath(EVENT_GLYPHS[t], 6))}${eventTypeName(t, m)}</li>`)}
    ${types.length ? html`<li><svg width="22" height="10" aria-hidden="true"><rect x="1" y="2" width="20" height="6" rx="2" fill="currentColor"></rect></svg>${m.range}</li>
    <li><svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><circle r="5" fill="none" stroke="currentColor" stroke-width="1.75"></circle></svg>${m.monthOrYear}</li>
    <li><svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><circle r="5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2 1.5"></circle></svg>${m.approximate}</li>` : ''}
    ${showStances
      ? html`<li><span class="legend-swatch supports" aria-hidden="true"></span>${m.supports}</li>
          <li><span class="legend-swatch opposes" aria-hidden="true"></span>${m.opposes}</li>
          <li><span class="legend-swatch neutral" aria-hidden="true"></span>${m.neutral}</li>
          <li><span class="legend-swatch conditional" aria-hidden="true"></span>${m.conditional}</li>`
      : ''}
  </ul>`;
}
