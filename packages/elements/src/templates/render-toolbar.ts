import { html, type TemplateResult } from 'lit';
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
}

/** The issue picker, zoom buttons (for pointer and touch users without a wheel) and the shown range. */
export function renderToolbar(p: ToolbarProps): TemplateResult {
  const m = p.messages;
  return html`<div part="toolbar" role="group" aria-label=${m.controls}>
    ${p.issues.length
      ? html`<label>${m.stanceOn}
          <select part="issue-picker" @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            p.onIssue(v === 'none' ? null : v);
          }}>
            ${p.issues.map((i) => html`<option value=${i.id} ?selected=${i.id === p.issue}>${i.label}</option>`)}
            <option value="none" ?selected=${p.issue === null}>${m.noIssue}</option>
          </select></label>`
      : ''}
    <span class="zoom-buttons">
      <button type="button" aria-label=${m.zoomIn} aria-disabled=${p.canZoomIn ? 'false' : 'true'}
        @click=${() => p.canZoomIn && p.onZoom('in')}>+</button>
      <button type="button" aria-label=${m.zoomOut} aria-disabled=${p.canZoomOut ? 'false' : 'true'}
        @click=${() => p.canZoomOut && p.onZoom('out')}>−</button>
      <button type="button" @click=${() => p.onZoom('reset')}>${m.reset}</button>
    </span>
    <span class="range-label">${p.rangeLabel}</span>
  </div>`;
}
