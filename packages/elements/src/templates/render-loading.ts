import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { LoadProgress } from '../load-progress.js';
import type { TimelineMessages } from '../messages.js';

/**
 * The loading state: the status line, and while a `src` loads or a large `data` value is checked
 * a progress bar (`role="progressbar"`, named, with `aria-valuenow` in per cent when the total is
 * known and `aria-valuetext` in words, also shown under the bar): the bytes (of the Content-Length
 * when known), the check, then the events as they arrive from the dataset worker or are prepared.
 * Without a total (no Content-Length, or while a worker checks the data) the bar is
 * indeterminate: no `aria-valuenow`.
 */
export function renderLoading(progress: LoadProgress | undefined, m: TimelineMessages, locale: string): TemplateResult {
  const bar = progress ? progressValue(progress, m, locale) : null;
  return html`<div class="loading">
    <p role="status">${m.loading}</p>
    ${bar
      ? html`<div class="progress" part="progress" role="progressbar" aria-label=${m.progress.label}
          aria-valuemin="0" aria-valuemax="100" aria-valuenow=${bar.percent ?? nothing} aria-valuetext=${bar.text}>
          <div class=${bar.percent === undefined ? 'progress-fill indeterminate' : 'progress-fill'}
            style=${styleMap(bar.percent === undefined ? {} : { width: `${bar.percent}%` })}></div>
        </div>
        <p class="progress-text" aria-hidden="true">${bar.text}</p>`
      : nothing}
  </div>`;
}

/** The bar's fill in per cent (undefined: indeterminate) and its value in words. */
function progressValue(p: LoadProgress, m: TimelineMessages, locale: string): { percent: number | undefined; text: string } {
  const percent = (done: number, total: number) => Math.min(100, Math.floor((done / total) * 100));
  switch (p.phase) {
    case 'bytes':
      return {
        percent: p.total ? percent(p.loaded, p.total) : undefined,
        text: m.progress.bytes(megabytes(p.loaded, locale), p.total ? megabytes(p.total, locale) : undefined),
      };
    case 'checking':
      return { percent: p.total ? percent(p.loaded ?? 0, p.total) : undefined, text: m.progress.checking };
    case 'events':
      return {
        percent: p.total ? percent(p.loaded, p.total) : 100,
        text: m.progress.events(p.loaded, p.total, new Intl.NumberFormat(locale).format(p.loaded), new Intl.NumberFormat(locale).format(p.total)),
      };
  }
}

/** Bytes in the locale's digits and unit: kilobytes under a megabyte, else megabytes ('850 kB', '12.3 MB', '12,3 Mo', '12,3 МБ'). */
function megabytes(bytes: number, locale: string): string {
  const [unit, n] = bytes < 1_000_000 ? ['kilobyte', bytes / 1000] : ['megabyte', bytes / 1_000_000];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: n < 10 ? 1 : 0 }).format(n);
}
