import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Issue } from '@syria-timeline/core';
import type { TimelineMessages } from '../messages.js';

export interface ToolbarProps {
  issues: readonly Issue[];
  /** The issue shown, or null for none. */
  issue: string | null;
  rangeLabel: string;
  onIssue: (issue: string | null) => void;
  onZoom: (direction: 'in' | 'out' | 'reset') => void;
  /** False at the zoom limits: the button is then `aria-disabled` (it keeps focus, so a keyboard user is not thrown out). */
  canZoomIn: boolean;
  canZoomOut: boolean;
  messages: TimelineMessages;
  /** The language of the data's text (the issue labels). */
  dataLang?: string | undefined;
}

/**
 * The issue picker, zoom buttons (for pointer and touch users without a wheel) and the shown range.
 * The + and − buttons are named by hidden text, not `aria-label`, so that the name holds what is
 * shown (WCAG 2.5.3, axe `label-content-name-mismatch`); `title` shows the name on hover.
 */
export function renderToolbar(p: ToolbarProps): TemplateResult {
  const m = p.messages;
  return html`<div part="toolbar" role="group" aria-label=${m.controls}>
    ${p.issues.length
      ? html`<label>${m.stanceOn}
          <select part="issue-picker" @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            p.onIssue(v === 'none' ? null : v);
          }}>
            ${p.issues.map((i) => html`<option value=${i.id} ?selected=${i.id === p.issue} lang=${ifDefined(p.dataLang)}>${i.label}</option>`)}
            <option value="none" ?selected=${p.issue === null}>${m.noIssue}</option>
          </select></label>`
      : ''}
    <span class="zoom-buttons">
      <button type="button" title=${m.zoomIn} aria-disabled=${p.canZoomIn ? 'false' : 'true'}
        @click=${() => p.canZoomIn && p.onZoom('in')}><span aria-hidden="true">+</span><span class="visually-hidden">${m.zoomIn}</span></button>
      <button type="button" title=${m.zoomOut} aria-disabled=${p.canZoomOut ? 'false' : 'true'}
        @click=${() => p.canZoomOut && p.onZoom('out')}><span aria-hidden="true">−</span><span class="visually-hidden">${m.zoomOut}</span></button>
      <button type="button" @click=${() => p.onZoom('reset')}>${m.reset}</button>
    </span>
    <span class="range-label">${p.rangeLabel}</span>
  </div>`;
}
