import { html, svg, type TemplateResult } from 'lit';
import type { EventType } from '@syria-timeline/core';
import { EVENT_GLYPHS, glyphPath } from '../event-glyphs.js';

const TYPE_NAMES: Readonly<Record<EventType, string>> = {
  statement: 'Statement', appeal: 'Appeal', demand: 'Demand', offer: 'Offer', meeting: 'Meeting',
  call: 'Phone call', agreement: 'Agreement', support: 'Support', criticism: 'Criticism',
  accusation: 'Accusation', rejection: 'Rejection', veto: 'Veto', sanction: 'Sanction',
  violence: 'Violence', other: 'Other',
};

/** Readable name of an event type, for the legend, the tooltip and the details panel. */
export const eventTypeName = (type: EventType): string => TYPE_NAMES[type] ?? type;

const icon = (d: string, extra = '') =>
  svg`<svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path d=${d} fill="currentColor" ${extra}></path></svg>`;

/**
 * The key to the glyphs (only the types present), the mark styles, and the stance colours.
 * `showStances` is false when no issue is shown.
 */
export function renderLegend(types: readonly EventType[], showStances: boolean): TemplateResult {
  return html`<ul part="legend" aria-label="Legend">
    ${types.map((t) => html`<li>${icon(glyphPath(EVENT_GLYPHS[t], 6))}${eventTypeName(t)}</li>`)}
    <li><svg width="22" height="10" aria-hidden="true"><rect x="1" y="2" width="20" height="6" rx="2" fill="currentColor"></rect></svg>Range</li>
    <li><svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><circle r="5" fill="none" stroke="currentColor" stroke-width="1.75"></circle></svg>Month or year only</li>
    <li><svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><circle r="5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2 1.5"></circle></svg>Approximate date</li>
    ${showStances
      ? html`<li><span class="legend-swatch supports" aria-hidden="true"></span>Supports</li>
          <li><span class="legend-swatch opposes" aria-hidden="true"></span>Opposes</li>
          <li><span class="legend-swatch neutral" aria-hidden="true"></span>Neutral</li>
          <li><span class="legend-swatch conditional" aria-hidden="true"></span>Conditional</li>`
      : ''}
  </ul>`;
}
