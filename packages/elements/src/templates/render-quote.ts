import { html, type TemplateResult } from 'lit';
import { isSafeUrl, type Actor, type Evidence, type Source } from '@syria-timeline/core';

/**
 * One evidence quote: the words, then who said them (when the quote is their own) and the source,
 * linked only for an http(s) URL (`isSafeUrl`). Text only, never HTML. For the details panel and
 * the side card.
 */
export function renderQuote(ev: Evidence, actors: ReadonlyMap<string, Actor>, sources: ReadonlyMap<string, Source>): TemplateResult {
  const source = sources.get(ev.source);
  const speaker = ev.speaker === undefined ? '' : `${actors.get(ev.speaker)?.name ?? ev.speaker}, `;
  const label = source ? `${source.title}${source.publisher ? `, ${source.publisher}` : ''}` : ev.source;
  return html`<blockquote part="quote">
    <p dir="auto">“${ev.text}”</p>
    <footer dir="auto">— ${speaker}${source?.url !== undefined && isSafeUrl(source.url)
      ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer">${label}</a>`
      : label}</footer>
  </blockquote>`;
}
