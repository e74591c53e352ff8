import { html, nothing, type TemplateResult } from 'lit';
import type { TickLabelPlace, TimelineLayout } from '@syria-timeline/core';
import { AXIS_HEIGHT, renderAxis } from './render-axis.js';
import { renderBreaks } from './render-breaks.js';

/**
 * The axis' label strip again, stuck to the top of the lanes' scroll box while the lanes scroll
 * under it (drawn only then: see `LaneScrollController`). It lies exactly over the plot's own strip,
 * which scrolls away with the lanes; hidden from assistive technology like the axis.
 */
export function renderStickyAxis(layout: TimelineLayout, tickLabels: ReadonlyMap<string, TickLabelPlace>, scrolls: boolean): TemplateResult | typeof nothing {
  if (!scrolls) return nothing;
  return html`<svg class="sticky-axis" width=${layout.width} height=${AXIS_HEIGHT} aria-hidden="true">${renderAxis(layout.ticks, tickLabels, 0)}${
    layout.breaks.length ? renderBreaks(layout.breaks, 0, 'bands', layout.width) : nothing}</svg>`;
}
