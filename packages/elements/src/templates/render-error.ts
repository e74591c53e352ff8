import { html, type TemplateResult } from 'lit';
import type { DatasetIssue } from '@syria-timeline/core';
import type { TimelineMessages } from '../messages.js';
import { clip } from './render-error-summary.js';

/**
 * Most problems the panel lists; the rest are counted ("and 99,950 more"). All of them stay on the
 * `DatasetError` and in the `syria-timeline-error` event: 100,000 list items would freeze the page.
 */
export const ERROR_LIST_LIMIT = 50;

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
 * The error panel's list of an invalid dataset's problems, below its alert (render-error-summary.ts):
 * the first `ERROR_LIST_LIMIT` issues with their path, the value found and what was expected. Text
 * only: values come from the data and are shown as JSON-quoted strings, never as markup. The frame
 * is in the interface's language; the validator's paths, values and expectations are technical text
 * written in English and marked `lang="en"`.
 */
export function renderProblemList(
  issues: readonly DatasetIssue[], m: TimelineMessages, formatCount: (n: number) => string,
): TemplateResult {
  const listed = issues.slice(0, ERROR_LIST_LIMIT);
  const rest = issues.length - listed.length;
  return html`<ul>${listed.map(
    (i) => html`<li>${i.path ? html`<code lang="en" dir="ltr">${i.path}</code>` : m.problem.root}:
      ${m.problem.got} ${i.value === undefined ? m.problem.nothing : html`<code lang="en" dir="ltr">${show(i.value)}</code>`},
      ${m.problem.expected} <span lang="en" dir="ltr">${i.expected}</span></li>`,
  )}</ul>
  ${rest > 0 ? html`<p class="more-problems">${m.moreProblems(rest, formatCount(rest))}</p>` : ''}`;
}
