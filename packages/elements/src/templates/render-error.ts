import { html, type TemplateResult } from 'lit';
import type { DatasetError } from '@syria-timeline/core';
import type { TimelineMessages } from '../messages.js';

/**
 * Most problems the panel lists; the rest are counted ("and 99,950 more"). All of them stay on the
 * `DatasetError` and in the `syria-timeline-error` event: 100,000 list items would freeze the page.
 */
export const ERROR_LIST_LIMIT = 50;

/** Longest error message shown, in UTF-16 units (a thrown message may carry a whole data file). */
const MESSAGE_LIMIT = 1000;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A value from the data as short JSON text; never throws (a throwing `toJSON` or a Proxy gives a placeholder). */
const show = (value: unknown): string => {
  if (value === undefined) return '';
  try {
    return clip(JSON.stringify(value) ?? String(value), 80);
  } catch {
    try {
      return clip(String(value), 80);
    } catch {
      return `(a ${typeof value} that cannot be shown)`;
    }
  }
};

/**
 * The readable failure state: what went wrong, and for invalid data the first `ERROR_LIST_LIMIT`
 * issues with their path, the value found and what was expected. Text only: values come from
 * the data and are shown as JSON-quoted strings, never as markup. The frame is in the interface's language;
 * the validator's paths, values and expectations, and other errors' messages, are technical text
 * written in English and marked `lang="en"`.
 */
export function renderError(
  error: Error, m: TimelineMessages, formatCount: (n: number) => string = (n) => n.toLocaleString('en-GB'),
): TemplateResult {
  const issues = isDatasetError(error) ? error.issues : null;
  const listed = issues?.slice(0, ERROR_LIST_LIMIT) ?? [];
  const rest = (issues?.length ?? 0) - listed.length;
  return html`<div part="error" role="alert">
    <h2>${issues ? m.invalidData : m.cannotShow}</h2>
    ${issues
      ? html`<p>${m.problemsFound(issues.length, formatCount(issues.length))}</p>
          <ul>${listed.map(
            (i) => html`<li>${i.path ? html`<code lang="en" dir="ltr">${i.path}</code>` : m.problem.root}:
              ${m.problem.got} ${i.value === undefined ? m.problem.nothing : html`<code lang="en" dir="ltr">${show(i.value)}</code>`},
              ${m.problem.expected} <span lang="en" dir="ltr">${i.expected}</span></li>`,
          )}</ul>
          ${rest > 0 ? html`<p class="more-problems">${m.moreProblems(rest, formatCount(rest))}</p>` : ''}`
      : html`<p lang="en" dir="ltr">${clip(String(error.message), MESSAGE_LIMIT)}</p>`}
  </div>`;
}

/**
 * Whether `error` lists a dataset's problems: a `DatasetError`, recognised by its name and issue
 * list rather than with `instanceof`, so that the class (in core's lazy validator chunk) stays out of the first load.
 */
function isDatasetError(error: Error): error is DatasetError {
  return error.name === 'DatasetError' && Array.isArray((error as Partial<DatasetError>).issues);
}
