import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

export interface PillListProps {
  /** The list's accessible name: '6 events, 30 Jan – 8 Feb 2012, Russia lane'. */
  label: string;
  /** Each option's name, and the event's title inside it (isolated, so a title in another script keeps its order). */
  options: readonly { id: string; name: string; title: string }[];
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
 * Text only; the option reads in the interface's direction, and the title inside it in its own
 * (`<bdi>`), so an English title in the Arabic interface does not scramble the line.
 */
export function renderPillList(p: PillListProps): TemplateResult {
  const width = Math.min(360, Math.max(200, p.width - 16));
  const left = Math.max(8, Math.min(p.x - width / 2, p.width - width - 8));
  return html`<div class="pill-list" part="pill-list" style=${styleMap({ left: `${left}px`, top: `${p.y}px`, width: `${width}px` })}>
    <ul role="listbox" aria-label=${p.label} @keydown=${p.onKeydown} @click=${p.onClick} @focusout=${p.onFocusout}>
      ${p.options.map((o, i) => html`<li role="option" id=${`pill-option-${i}`} data-event=${o.id}
        tabindex=${i === p.active ? 0 : -1} aria-selected=${i === p.active ? 'true' : 'false'}>${isolated(o.name, o.title)}</li>`)}
    </ul>
  </div>`;
}

/** `name` with its `title` part wrapped in `<bdi>` (the text stays the same). */
function isolated(name: string, title: string): unknown {
  const at = title ? name.indexOf(title) : -1;
  if (at < 0) return name;
  return html`${name.slice(0, at)}<bdi>${title}</bdi>${name.slice(at + title.length)}`;
}
