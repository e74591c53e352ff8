import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatWhen, type Actor, type Source, type TimelineEvent } from '@syria-timeline/core';
import { howDated } from './render-how-dated.js';
import { renderQuote } from './render-quote.js';
import { eventTypeName } from './render-legend.js';
import type { TimelineMessages } from '../messages.js';

export interface DetailsProps {
  event: TimelineEvent;
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
  /** BCP 47 tag of the dates. */
  locale: string;
  /** The language of the data's text (the dataset's `lang`), put on it as `lang`. */
  dataLang?: string | undefined;
  onClose: () => void;
  messages: TimelineMessages;
  /** Previous/next in time order, and where this event is ('3 of 38'); a missing step is disabled. */
  story?: { position: string; previous: (() => void) | null; next: (() => void) | null };
}

/**
 * The selected event: title, date and how it was determined, participants with their roles,
 * summary, and every evidence quote with its source. Everything is text; a source link is drawn
 * only for http(s) URLs (`isSafeUrl`), never for `javascript:` and the like. Data text carries
 * the data's `lang` (a source's own `lang` for its quotes), interface text the interface's.
 * A section, not a dialog: the timeline stays usable while it is open.
 */
export function renderDetails(p: DetailsProps): TemplateResult {
  const e = p.event;
  const m = p.messages;
  const lang = p.dataLang;
  const name = (id: string) => p.actors.get(id)?.name ?? id;
  const s = p.story;
  return html`<section part="details" aria-labelledby="details-title">
    <div class="details-bar">
      ${s ? html`<span class="story-nav" dir="ltr"><button type="button" class="story-step" aria-label=${m.previousEvent} title=${`${m.previousEvent} (,)`}
          ?disabled=${!s.previous} @click=${() => s.previous?.()}><span aria-hidden="true">‹</span></button>
        <span class="story-position" dir="auto">${s.position}</span>
        <button type="button" class="story-step" aria-label=${m.nextEvent} title=${`${m.nextEvent} (.)`}
          ?disabled=${!s.next} @click=${() => s.next?.()}><span aria-hidden="true">›</span></button></span>` : ''}
      <button type="button" class="close" aria-label=${m.closeDetails} @click=${p.onClose}>×</button>
    </div>
    <h2 id="details-title" dir="auto" lang=${ifDefined(lang)}>${e.title}</h2>
    <dl>
      <dt>${m.date}</dt><dd>${formatWhen(e.when, { locale: p.locale })}</dd>
      <dt>${m.howDated}</dt><dd>${howDated(e.when, p.sources, m, p.dataLang)}</dd>
      <dt>${m.type}</dt><dd>${eventTypeName(e.type, m)}</dd>
      <dt>${m.participants}</dt>
      <dd>${e.participants.map(
        (pt, i) => html`${i ? m.separator : ''}<span dir="auto" lang=${ifDefined(lang)}>${name(pt.actor)}</span> (${m.roles[pt.role] ?? pt.role})`,
      )}</dd>
    </dl>
    ${e.summary ? html`<p class="summary" dir="auto" lang=${ifDefined(lang)}>${e.summary}</p>` : ''}
    ${e.evidence.map((ev) => renderQuote(ev, name, p.sources, lang))}
  </section>`;
}
