import { html, type TemplateResult } from 'lit';
import type { DatasetError } from '@syria-timeline/core';
import type { TimelineMessages } from '../messages.js';

/** Longest error message shown, in UTF-16 units (a thrown message may carry a whole data file). */
const MESSAGE_LIMIT = 1000;

/** `text` cut to `max` UTF-16 units, with an ellipsis when cut. */
export const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The error panel's alert: what went wrong in one heading and one line (how many problems the data
 * has, or the error's message), complete from the first frame. It is the panel's only live region:
 * the list of problems (render-error.ts, a lazy chunk) arrives beside it, not inside it, so that a
 * screen reader announces the failure once, not again when the list lands. Text only: the message
 * is technical English, marked `lang="en"`.
 */
export function renderErrorSummary(
  error: Error, m: TimelineMessages, formatCount: (n: number) => string,
): TemplateResult {
  const issues = isDatasetError(error) ? error.issues : null;
  return html`<div class="error-summary" role="alert">
    <h2>${issues ? m.invalidData : m.cannotShow}</h2>
    ${issues
      ? html`<p>${m.problemsFound(issues.length, formatCount(issues.length))}</p>`
      : html`<p lang="en" dir="ltr">${clip(String(error.message), MESSAGE_LIMIT)}</p>`}
  </div>`;
}

/**
 * Whether `error` lists a dataset's problems: a `DatasetError`, recognised by its name and issue
 * list rather than with `instanceof`, so that the class (in core's lazy validator chunk) stays out of the first load.
 */
export function isDatasetError(error: Error): error is DatasetError {
  return error.name === 'DatasetError' && Array.isArray((error as Partial<DatasetError>).issues);
}
