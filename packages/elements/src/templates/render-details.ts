import { html, type TemplateResult } from 'lit';
import type { Locale } from 'date-fns';
import { describeBasis, formatWhen, isSafeUrl, type Actor, type Role, type Source, type TimelineEvent } from '@syria-timeline/core';
import { eventTypeName } from './render-legend.js';

export interface DetailsProps {
  event: TimelineEvent;
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
  locale: Locale;
  onClose: () => void;
}

const ROLE_NAMES: Readonly<Record<Role, string>> = { actor: 'actor', recipient: 'recipient', object: 'about' };

/**
 * The selected event: title, date and how it was determined, participants with their roles,
 * summary, and every evidence quote with its source. Everything is text; a source link is drawn
 * only for http(s) URLs (`isSafeUrl`), never for `javascript:` and the like.
 * An aside, not a dialog: the timeline stays usable while it is open.
 */
export function renderDetails(p: DetailsProps): TemplateResult {
  const e = p.event;
  const name = (id: string) => p.actors.get(id)?.name ?? id;
  const sourceName = (id: string) => p.sources.get(id)?.title;
  return html`<aside part="details" aria-labelledby="details-title">
    <button type="button" class="close" aria-label="Close details" @click=${p.onClose}>×</button>
    <h2 id="details-title" dir="auto">${e.title}</h2>
    <dl>
      <dt>Date</dt><dd>${formatWhen(e.when, { locale: p.locale })}</dd>
      <dt>How dated</dt><dd dir="auto">${describeBasis(e.when, { anchorName: sourceName })}</dd>
      <dt>Type</dt><dd>${eventTypeName(e.type)}</dd>
      <dt>Participants</dt>
      <dd dir="auto">${e.participants.map(
        (pt, i) => html`${i ? ', ' : ''}${name(pt.actor)} (${ROLE_NAMES[pt.role] ?? pt.role})`,
      )}</dd>
    </dl>
    ${e.summary ? html`<p class="summary" dir="auto">${e.summary}</p>` : ''}
    ${e.evidence.map((ev) => {
      const source = p.sources.get(ev.source);
      const speaker = ev.speaker === undefined ? '' : `${name(ev.speaker)}, `;
      const label = source ? `${source.title}${source.publisher ? `, ${source.publisher}` : ''}` : ev.source;
      return html`<blockquote part="quote">
        <p dir="auto">“${ev.text}”</p>
        <footer dir="auto">— ${speaker}${source?.url !== undefined && isSafeUrl(source.url)
          ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer">${label}</a>`
          : label}</footer>
      </blockquote>`;
    })}
  </aside>`;
}
