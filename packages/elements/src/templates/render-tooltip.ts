import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

export interface TooltipProps {
  text: string;
  /** Anchor in px from the plot's top-left: the mark's centre, top edge. */
  x: number;
  y: number;
  /** Plot width, to keep the tip inside the element. */
  width: number;
}

/**
 * The tooltip of the hovered or focused mark (keyboard users get the same text as pointer users).
 * Text only. It repeats the mark's accessible name, so it is not also wired as a description.
 */
export function renderTooltip(p: TooltipProps): TemplateResult {
  // Keep the centred tip from overflowing either edge of a narrow plot.
  const x = Math.min(Math.max(p.x, 90), Math.max(90, p.width - 90));
  return html`<div part="tooltip" role="tooltip" id="tooltip" style=${styleMap({ left: `${x}px`, top: `${p.y}px` })}>${p.text}</div>`;
}
