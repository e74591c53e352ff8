import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

export interface TooltipProps {
  text: string;
  /** Anchor in px from the plot's top-left: the mark's centre, top edge (bottom edge when `below`). */
  x: number;
  y: number;
  /** Hang the tip under the anchor (marks near the top), not above it. */
  below?: boolean;
  /** Plot width, to keep the tip inside the element. */
  width: number;
}

/**
 * The tooltip of the hovered or focused mark (keyboard users get the same text as pointer users).
 * Text only. It repeats the mark's accessible name, so it is not also wired as a description.
 */
export function renderTooltip(p: TooltipProps): TemplateResult {
  // Near an edge the tip hangs inwards from the mark instead of centring on it, so it stays inside.
  const align = p.x < p.width / 3 ? 'start' : p.x > (2 * p.width) / 3 ? 'end' : 'middle';
  return html`<div part="tooltip" role="tooltip" id="tooltip" dir="auto" class=${`tip-${align}${p.below ? ' tip-below' : ''}`}
    style=${styleMap({ left: `${p.x}px`, top: `${p.y}px` })}>${p.text}</div>`;
}
