import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatWhen, type Actor, type Source, type Stance } from '@syria-timeline/core';
import { howDated } from './render-how-dated.js';
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
  /** The language of the data's text (the dataset's `lang`). */
  dataLang?: string | undefined;
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
  const lang = p.dataLang;
  return html`<section part="details" class="stance-details" aria-labelledby="details-title">
    <button type="button" class="close" aria-label=${m.closeDetails} @click=${p.onClose}>×</button>
    <h2 id="details-title">${m.stanceHeading(p.laneLabel, position)}</h2>
    <dl>
      <dt>${m.issue}</dt><dd><span dir="auto" lang=${ifDefined(lang)}>${p.issueLabel}</span></dd>
      <dt>${m.heldBy}</dt><dd><span dir="auto" lang=${ifDefined(lang)}>${name(s.actor)}</span></dd>
      ${s.condition === undefined ? '' : html`<dt>${m.condition}</dt><dd><span dir="auto" lang=${ifDefined(lang)}>${s.condition}</span></dd>`}
      <dt>${m.date}</dt><dd>${formatWhen(s.when, { locale: p.locale })}</dd>
      <dt>${m.howDated}</dt><dd>${howDated(s.when, p.sources, m, lang)}</dd>
      <dt>${m.stanceBasis}</dt><dd>${m.bases[s.basis] ?? s.basis}</dd>
    </dl>
    ${s.evidence.map((ev) => renderQuote(ev, name, p.sources, lang))}
  </section>`;
}
