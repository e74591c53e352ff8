import { html, type TemplateResult } from 'lit';
import { describeBasis, formatWhen, type Actor, type Source, type TimelineEvent } from '@syria-timeline/core';
import { renderQuote } from './render-quote.js';
import { eventTypeName } from './render-legend.js';
import type { TimelineMessages } from '../messages.js';

export interface DetailsProps {
  event: TimelineEvent;
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
  /** BCP 47 tag of the dates. */
  locale: string;
  onClose: () => void;
  messages: TimelineMessages;
  /** Previous/next in time order, and where this event is ('3 of 38'); a missing step is disabled. */
  story?: { position: string; previous: (() => void) | null; next: (() => void) | null };
}

/**
 * The selected event: title, date and how it was determined, participants with their roles,
 * summary, and every evidence quote with its source. Everything is text; a source link is drawn
 * only for http(s) URLs (`isSafeUrl`), never for `javascript:` and the like.
 * An aside, not a dialog: the timeline stays usable while it is open.
 */
export function renderDetails(p: DetailsProps): TemplateResult {
  const e = p.event;
  const m = p.messages;
  const name = (id: string) => p.actors.get(id)?.name ?? id;
  const sourceName = (id: string) => p.sources.get(id)?.title;
  const s = p.story;
  return html`<aside part="details" aria-labelledby="details-title">
    <div class="details-bar">
      ${s ? html`<span class="story-nav" dir="ltr"><button type="button" class="story-step" aria-label=${m.previousEvent} title=${`${m.previousEvent} (,)`}
          ?disabled=${!s.previous} @click=${() => s.previous?.()}><span aria-hidden="true">‹</span></button>
        <span class="story-position" dir="auto">${s.position}</span>
        <button type="button" class="story-step" aria-label=${m.nextEvent} title=${`${m.nextEvent} (.)`}
          ?disabled=${!s.next} @click=${() => s.next?.()}><span aria-hidden="true">›</span></button></span>` : ''}
      <button type="button" class="close" aria-label=${m.closeDetails} @click=${p.onClose}>×</button>
    </div>
    <h2 id="details-title" dir="auto">${e.title}</h2>
    <dl>
      <dt>${m.date}</dt><dd>${formatWhen(e.when, { locale: p.locale })}</dd>
      <dt>${m.howDated}</dt><dd dir="auto">${describeBasis(e.when, { anchorName: sourceName, sources: p.sources, phrases: m.basis })}</dd>
      <dt>${m.type}</dt><dd>${eventTypeName(e.type, m)}</dd>
      <dt>${m.participants}</dt>
      <dd dir="auto">${e.participants.map(
        (pt, i) => html`${i ? ', ' : ''}${name(pt.actor)} (${m.roles[pt.role] ?? pt.role})`,
      )}</dd>
    </dl>
    ${e.summary ? html`<p class="summary" dir="auto">${e.summary}</p>` : ''}
    ${e.evidence.map((ev) => renderQuote(ev, name, p.sources))}
  </aside>`;
}
