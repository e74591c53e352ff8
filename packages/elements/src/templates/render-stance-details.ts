import { html, type TemplateResult } from 'lit';
import { describeBasis, formatWhen, type Actor, type Source, type Stance } from '@syria-timeline/core';
import type { TimelineMessages } from '../messages.js';
import { renderQuote } from './render-quote.js';

export interface StanceDetailsProps {
  stance: Stance;
  /** The lane the observation is drawn in, and the issue's label. */
  laneLabel: string;
  issueLabel: string;
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
  /** BCP 47 tag of the dates. */
  locale: string;
  onClose: () => void;
  messages: TimelineMessages;
}

/**
 * One stance observation, opened from the band: position (heading, in words), issue, whose
 * position, condition, date and how it was dated, the basis, and every evidence quote with its
 * source. Text only, in the same panel (`part="details"`) as an event's details.
 */
export function renderStanceDetails(p: StanceDetailsProps): TemplateResult {
  const s = p.stance;
  const m = p.messages;
  const name = (id: string) => p.actors.get(id)?.name ?? id;
  const position = m[s.position];
  return html`<aside part="details" class="stance-details" aria-labelledby="details-title">
    <button type="button" class="close" aria-label=${m.closeDetails} @click=${p.onClose}>×</button>
    <h2 id="details-title">${m.stanceHeading(p.laneLabel, position)}</h2>
    <dl>
      <dt>${m.issue}</dt><dd dir="auto">${p.issueLabel}</dd>
      <dt>${m.heldBy}</dt><dd dir="auto">${name(s.actor)}</dd>
      ${s.condition === undefined ? '' : html`<dt>${m.condition}</dt><dd dir="auto">${s.condition}</dd>`}
      <dt>${m.date}</dt><dd>${formatWhen(s.when, { locale: p.locale })}</dd>
      <dt>${m.howDated}</dt><dd dir="auto">${describeBasis(s.when, { anchorName: (id) => p.sources.get(id)?.title })}</dd>
      <dt>${m.basis}</dt><dd>${m.bases[s.basis] ?? s.basis}</dd>
    </dl>
    ${s.evidence.map((ev) => renderQuote(ev, name, p.sources))}
  </aside>`;
}
