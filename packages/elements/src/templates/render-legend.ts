import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { EventType, Position, TieKind } from '@syria-timeline/core';
import { EVENT_GLYPHS, glyphPath } from '../event-glyphs.js';
import { englishMessages, type TimelineMessages } from '../messages.js';
import type { LegendFacts } from '../legend-facts.js';
import { POSITION_GLYPHS } from './render-stances.js';

/**
 * Readable name of an event type, for the legend, the tooltip and the details panel; English
 * unless a locale's messages are given. Unknown types (data that skipped validation) show as is.
 */
export const eventTypeName = (type: EventType, messages: TimelineMessages = englishMessages): string =>
  messages.types[type] ?? type;

export interface LegendProps {
  /** Event types present, in vocabulary order. */
  types: readonly EventType[];
  facts: LegendFacts;
  /** Stance bands are shown (an issue is chosen). */
  stances: boolean;
  /** The view has cluster pills; ties; stance stretches observed (solid) and carried forward (dashed). */
  clusters: boolean;
  ties: boolean;
  observed: boolean;
  carried: boolean;
  /** The kinds of tie the data has (to, against, about): one entry each; without them, ties get one generic entry. */
  tieKinds?: readonly TieKind[];
  messages: TimelineMessages;
  /** Whether the key is open (the summary line always shows), and what a toggle by the reader does. */
  open: boolean;
  onToggle: (open: boolean) => void;
}

const icon = (content: SVGTemplateResult, width = 14) =>
  html`<svg width=${width} height="14" viewBox=${`${-width / 2} -7 ${width} 14`} aria-hidden="true">${content}</svg>`;
const entry = (picture: TemplateResult, text: string, cls = '') => html`<li class=${cls}>${picture}<span>${text}</span></li>`;

/** A stance swatch: a stretch of band with an observation's disc and its glyph. */
const stanceIcon = (position: Position) => icon(svg`<g class=${`legend-stance ${position}`}>
  <rect x="-11" y="-2" width="22" height="5" class="band"></rect>
  <circle r="5.5" class="disc"></circle><path d=${POSITION_GLYPHS[position]} class="glyph-mark"></path></g>`, 24);

/** A tie of `kind` in small, left to right, as render-ties.ts draws it (same classes, so the same styles). */
const tieIcon = (kind: TieKind) => {
  const end = kind === 'about'
    ? svg`<circle class="tie-end about" cx="21" cy="7" r="3"></circle>`
    : svg`<path class=${`tie-end ${kind}`} d=${`M25,7L17,3L17,11Z${kind === 'against' ? 'M25,1.5L25,12.5' : ''}`}></path>`;
  return svg`<svg class="tie-icon" width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">
    <path class=${`tie-arc ${kind}`} d="M1,7L18,7"></path>${end}</svg>`;
};

/**
 * The key, above the plot, collapsible (a `<details>`; the element opens it at first on wide hosts), with a one-line "how to
 * read this". It lists only what the data draws: the glyphs of the types present, the date styles
 * used, background events, pills and ties when the view has them, and the stance encodings of the
 * chosen issue (position with its glyph, conditional hatching, observed and carried-forward
 * stretches, change ticks).
 */
export function renderLegend(p: LegendProps): TemplateResult {
  const { facts: f, messages: m } = p;
  return html`<details part="legend" class="legend" .open=${p.open}
    @toggle=${(e: Event) => p.onToggle((e.currentTarget as HTMLDetailsElement).open)}>
    <summary><span class="legend-title">${m.legend}</span> <span class="how-to-read">${m.howToRead}</span></summary>
    <ul aria-label=${m.legend}>
      ${p.types.map((t) => entry(icon(svg`<path d=${glyphPath(EVENT_GLYPHS[t], 6)} fill="currentColor"></path>`), eventTypeName(t, m), 'glyph'))}
      ${f.ranges ? entry(icon(svg`<rect x="-10" y="-3" width="20" height="6" rx="2" fill="currentColor"></rect>`, 22), m.range) : ''}
      ${f.monthOrYear ? entry(icon(svg`<circle r="5" fill="none" stroke="currentColor" stroke-width="1.75"></circle>`), m.monthOrYear) : ''}
      ${f.approximate ? entry(icon(svg`<circle r="5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2 1.5"></circle>`), m.approximate) : ''}
      ${f.uncertain ? entry(icon(svg`<circle r="5" fill="currentColor" fill-opacity="0.45" stroke="currentColor" stroke-dasharray="1 2"></circle>`), m.uncertain) : ''}
      ${f.background ? entry(icon(svg`<circle r="4.5" fill="currentColor" class="faint"></circle>`), m.background) : ''}
      ${p.clusters ? entry(icon(svg`<rect x="-11" y="-6.5" width="22" height="13" rx="6.5" fill="none" stroke="currentColor" stroke-width="1.5"></rect>
          <text x="0" y="0.5" text-anchor="middle" dominant-baseline="middle" font-size="9" font-weight="600" fill="currentColor">3</text>`, 24), m.cluster) : ''}
      ${p.ties
        ? (p.tieKinds?.length
          ? p.tieKinds.map((k) => html`<li class="tie" data-tie=${k}>${tieIcon(k)}<span>${m.ties[k]}</span></li>`)
          : [entry(icon(svg`<path d="M-9,5 Q0,-9 8,3" fill="none" stroke="currentColor" stroke-width="1.25"></path><path d="M8,3 l-4.5,-1 l3,-3.5z" fill="currentColor"></path>`, 20), m.tie, 'tie')])
        : ''}
      ${p.stances
        ? html`${f.positions.map((pos) => entry(stanceIcon(pos), m[pos], 'stance'))}
          ${f.conditional ? entry(html`<span class="legend-swatch conditional" aria-hidden="true"></span>`, m.conditional, 'stance') : ''}
          ${p.observed ? entry(icon(svg`<g class="legend-stance neutral"><rect x="-11" y="-2.5" width="22" height="5" class="band"></rect>
              <circle cx="-8" r="3.5" class="disc"></circle><circle cx="8" r="3.5" class="disc"></circle></g>`, 24), m.observed, 'stance') : ''}
          ${p.carried ? entry(icon(svg`<g class="legend-stance neutral"><line x1="-11" x2="11" y1="0" y2="0" class="carried"></line></g>`, 24), m.carried, 'stance') : ''}
          ${f.changes ? entry(icon(svg`<line x1="0" x2="0" y1="-6" y2="6" class="stance-change"></line>`, 10), m.stanceChange, 'stance') : ''}`
        : ''}
    </ul>
  </details>`;
}
