import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isSafeUrl, type Evidence, type Source } from '@syria-timeline/core';

/**
 * One evidence quote with its speaker and source, as text; the source is a link only for http(s)
 * URLs (`isSafeUrl`), in the source's `lang`, else the data's (`dataLang`). Used by the event and the
 * stance-observation details. A quote from a source known only by its URL (no offsets) is shown
 * the same way: its text, and the link to the page.
 */
export function renderQuote(
  ev: Evidence, name: (actorId: string) => string, sources: ReadonlyMap<string, Source>, dataLang?: string,
): TemplateResult {
  const source = sources.get(ev.source);
  const lang = source?.lang ?? dataLang;
  const speaker = ev.speaker === undefined ? '' : `${name(ev.speaker)}, `;
  const label = source ? `${source.title}${source.publisher ? `, ${source.publisher}` : ''}` : ev.source;
  return html`<blockquote part="quote">
    <p dir="auto" lang=${ifDefined(lang)}>“${ev.text}”</p>
    <footer dir="auto" lang=${ifDefined(lang)}>— ${speaker}${source?.url !== undefined && isSafeUrl(source.url)
      ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer">${label}</a>`
      : label}</footer>
  </blockquote>`;
}
