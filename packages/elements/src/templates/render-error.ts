import { html, type TemplateResult } from 'lit';
import { DatasetError } from '@syria-timeline/core';
import type { TimelineMessages } from '../messages.js';

const show = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}…` : text;
  } catch {
    return String(value);
  }
};

/**
 * The readable failure state: what went wrong, and for invalid data every issue with its path,
 * the value found and what was expected. Text only: values come from the data and are shown
 * as JSON-quoted strings, never as markup.
 */
export function renderError(error: Error, m: TimelineMessages): TemplateResult {
  const issues = error instanceof DatasetError ? error.issues : null;
  return html`<div part="error" role="alert">
    <h2>${issues ? m.invalidData : m.cannotShow}</h2>
    ${issues
      ? html`<p>${issues.length === 1 ? '1 problem' : `${issues.length} problems`} found:</p>
          <ul>${issues.map(
            (i) => html`<li><code>${i.path || '(root)'}</code>: got <code>${show(i.value)}</code>, expected ${i.expected}</li>`,
          )}</ul>`
      : html`<p>${error.message}</p>`}
  </div>`;
}
