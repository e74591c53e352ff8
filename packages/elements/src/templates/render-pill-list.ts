import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

export interface PillListProps {
  /** The list's accessible name: '6 events, 30 Jan – 8 Feb 2012, Russia lane'. */
  label: string;
  options: readonly { id: string; name: string }[];
  /** Index of the option holding the list's tab stop. */
  active: number;
  /** Anchor under the pill, px in the plot. */
  x: number;
  y: number;
  width: number;
  onKeydown: (e: KeyboardEvent) => void;
  onClick: (e: MouseEvent) => void;
  onFocusout: (e: FocusEvent) => void;
}

/**
 * The events of a pill, as a listbox under it (WAI-ARIA APG listbox pattern, focus on the
 * options with a roving tabindex): each option is named after its event and selects it.
 * Text only; titles keep their own direction (`dir="auto"`).
 */
export function renderPillList(p: PillListProps): TemplateResult {
  const width = Math.min(360, Math.max(200, p.width - 16));
  const left = Math.max(8, Math.min(p.x - width / 2, p.width - width - 8));
  return html`<div class="pill-list" part="pill-list" style=${styleMap({ left: `${left}px`, top: `${p.y}px`, width: `${width}px` })}>
    <ul role="listbox" aria-label=${p.label} @keydown=${p.onKeydown} @click=${p.onClick} @focusout=${p.onFocusout}>
      ${p.options.map((o, i) => html`<li role="option" id=${`pill-option-${i}`} data-event=${o.id} dir="auto"
        tabindex=${i === p.active ? 0 : -1} aria-selected=${i === p.active ? 'true' : 'false'}>${o.name}</li>`)}
    </ul>
  </div>`;
}
