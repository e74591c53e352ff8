import { html, nothing, type TemplateResult } from 'lit';
import {
  formatEdtf, formatWhen, type Actor, type Issue, type Relation, type SideOfLane, type Source, type Stance,
} from '@syria-timeline/core';
import { renderQuote } from './render-quote.js';
import type { TimelineMessages } from '../messages.js';

export interface SideCardProps {
  laneId: string;
  /** The lane's label as shown. */
  label: string;
  side: SideOfLane;
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
  issues: ReadonlyMap<string, Issue>;
  /** BCP 47 tag of the dates. */
  locale: string;
  messages: TimelineMessages;
  onClose: () => void;
}

/** 'Arms supply: Russia supplies arms to the Syrian government (from 2011)': one relation in one line of text. */
export function relationLine(r: Relation, locale: string, m: TimelineMessages): string {
  return `${m.side.kinds[r.kind] ?? r.kind}: ${r.label} (${relationSpan(r, locale, m)})`;
}

function relationSpan(r: Relation, locale: string, m: TimelineMessages): string {
  const date = (edtf: string | undefined) => (edtf === undefined ? undefined : formatEdtf(edtf, { locale }));
  return m.side.span(date(r.start), date(r.end));
}

/**
 * The card of one side, opened from its lane label: its actors, their standing relations (kind,
 * span, label, quotes with their sources) and their stance history, one disclosure per issue (its
 * positions as a row of swatches; opened: each observation's date, position and quotes).
 * Everything is text from the data, never HTML; links only http(s). Escape or × closes it (the
 * element returns focus to the lane label). An aside, like the details: the timeline stays usable.
 */
export function renderSideCard(p: SideCardProps): TemplateResult {
  const m = p.messages;
  const name = (id: string) => p.actors.get(id)?.name ?? id;
  const position = { supports: m.supports, opposes: m.opposes, neutral: m.neutral } as const;
  const onKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    p.onClose();
  };
  const { actors, relations, stances } = p.side;
  return html`<aside part="side-card" id="side-card" data-lane=${p.laneId} aria-labelledby="side-card-title" @keydown=${onKeydown}>
    <button type="button" class="close" aria-label=${m.side.close} @click=${p.onClose}>×</button>
    <h2 id="side-card-title" tabindex="-1" dir="auto">${p.label}</h2>
    <h3>${m.side.actors}</h3>
    ${actors.length
      ? html`<ul class="side-actors">${actors.map((a) => html`<li dir="auto">${a.name}</li>`)}</ul>`
      : html`<p class="none">${m.side.none}</p>`}
    <h3>${m.side.relations}</h3>
    ${relations.length
      ? html`<ul class="side-relations">${relations.map((r) => html`<li data-relation=${r.id}>
          <p dir="auto"><strong>${m.side.kinds[r.kind] ?? r.kind}</strong> · ${relationSpan(r, p.locale, m)}</p>
          <p dir="auto">${r.label} <span class="side-who">(${name(r.from)} → ${name(r.to)})</span></p>
          ${r.evidence.map((ev) => renderQuote(ev, (id) => p.actors.get(id)?.name ?? id, p.sources))}
        </li>`)}</ul>`
      : html`<p class="none">${m.side.none}</p>`}
    <h3>${m.side.positions}</h3>
    ${stances.length
      ? byIssue(stances).map(([issue, list]) => html`<details class="side-issue" data-issue=${issue}>
          <summary><span dir="auto">${p.issues.get(issue)?.label ?? issue}</span>
            <span class="side-track" aria-hidden="true">${list.map((s) => html`<span class=${`legend-swatch ${s.position}`}></span>`)}</span>
            <span class="side-count">(${list.length})</span></summary>
          <ul class="side-stances">${list.map((s) => html`<li data-stance=${s.id}>
            <p dir="auto"><span class=${`legend-swatch ${s.position}`} aria-hidden="true"></span>
              ${formatWhen(s.when, { locale: p.locale })} · ${name(s.actor)}: <strong>${position[s.position] ?? s.position}</strong>
              ${p.issues.get(s.issue)?.label ?? s.issue}${s.condition ? html` (${s.condition})` : nothing}</p>
            ${s.evidence.map((ev) => renderQuote(ev, (id) => p.actors.get(id)?.name ?? id, p.sources))}
          </li>`)}</ul>
        </details>`)
      : html`<p class="none">${m.side.none}</p>`}
  </aside>`;
}

/** Stances grouped by issue, issues in the order of their first observation, each group in date order. */
function byIssue(stances: readonly Stance[]): [string, Stance[]][] {
  const groups = new Map<string, Stance[]>();
  for (const s of stances) {
    const list = groups.get(s.issue);
    if (list) list.push(s);
    else groups.set(s.issue, [s]);
  }
  return [...groups];
}
