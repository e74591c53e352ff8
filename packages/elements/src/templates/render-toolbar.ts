import { html, type TemplateResult } from 'lit';
import type { Issue } from '@syria-timeline/core';

export interface ToolbarProps {
  issues: readonly Issue[];
  /** The issue shown, or null for none. */
  issue: string | null;
  rangeLabel: string;
  onIssue: (issue: string | null) => void;
  onZoom: (direction: 'in' | 'out' | 'reset') => void;
}

/** The issue picker, zoom buttons (for pointer and touch users without a wheel) and the shown range. */
export function renderToolbar(p: ToolbarProps): TemplateResult {
  return html`<div part="toolbar" role="group" aria-label="Timeline controls">
    ${p.issues.length
      ? html`<label>Stance on
          <select part="issue-picker" @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            p.onIssue(v === 'none' ? null : v);
          }}>
            ${p.issues.map((i) => html`<option value=${i.id} ?selected=${i.id === p.issue}>${i.label}</option>`)}
            <option value="none" ?selected=${p.issue === null}>None</option>
          </select></label>`
      : ''}
    <span class="zoom-buttons">
      <button type="button" aria-label="Zoom in" @click=${() => p.onZoom('in')}>+</button>
      <button type="button" aria-label="Zoom out" @click=${() => p.onZoom('out')}>−</button>
      <button type="button" @click=${() => p.onZoom('reset')}>Reset</button>
    </span>
    <span class="range-label">${p.rangeLabel}</span>
  </div>`;
}
