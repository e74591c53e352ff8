import { html, type TemplateResult } from 'lit';
import { DatasetError } from '@syria-timeline/core';
import type { TimelineMessages } from '../messages.js';

const show = (value: unknown, nothing: string): string => {
  if (value === undefined) return nothing;
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
 * as JSON-quoted strings, never as markup. The frame is in the interface's language; the
 * validator's paths, values and expectations, and other errors' messages, are technical text
 * written in English and marked `lang="en"`.
 */
export function renderError(error: Error, m: TimelineMessages, formatCount: (n: number) => string = String): TemplateResult {
  const issues = error instanceof DatasetError ? error.issues : null;
  return html`<div part="error" role="alert">
    <h2>${issues ? m.invalidData : m.cannotShow}</h2>
    ${issues
      ? html`<p>${m.problems(issues.length, formatCount(issues.length))}</p>
          <ul>${issues.map(
            (i) => html`<li>${i.path ? html`<code lang="en" dir="ltr">${i.path}</code>` : m.problem.root}:
              ${m.problem.got} ${i.value === undefined ? m.problem.nothing : html`<code lang="en" dir="ltr">${show(i.value, '')}</code>`},
              ${m.problem.expected} <span lang="en" dir="ltr">${i.expected}</span></li>`,
          )}</ul>`
      : html`<p lang="en" dir="ltr">${error.message}</p>`}
  </div>`;
}
