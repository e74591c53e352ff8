import { MIN_VIEW_SPAN_MS, type Dataset } from '@syria-timeline/core';
import { resolveLocale } from './locales.js';
import { viewBound } from './view-bound.js';
import { spanMs, viewBounds } from './zoom-limits.js';

/** The attributes whose values the element checks against what it can use. */
export interface CheckedAttributes {
  issue: string | undefined;
  theme: string;
  locale: string;
  selected: string | undefined;
  start: string | undefined;
  end: string | undefined;
  axis: string;
  minSpan?: string | undefined;
  maxSpan?: string | undefined;
  bounds?: string | undefined;
}

export interface AttributeWarning {
  attribute: keyof CheckedAttributes;
  value: string;
  message: string;
}

/** The attribute of each checked property whose name differs. */
const ATTRIBUTE_NAMES: Partial<Record<keyof CheckedAttributes, string>> = { minSpan: 'min-span', maxSpan: 'max-span' };

const THEMES = ['auto', 'light', 'dark'];
const AXES = ['compressed', 'linear'];
const listed = (ids: readonly string[]): string => {
  const shown = ids.slice(0, 12).map((id) => JSON.stringify(id)).join(', ');
  return ids.length > 12 ? `${shown}, … (${ids.length} in all)` : shown || '(none)';
};

/**
 * What is wrong with the attribute values, for a developer: each value that the element ignores or
 * falls back from, with what it allows. `dataset` is the data drawn (null while loading: the checks
 * that need it wait). Pure; the element prints each warning once, in development builds only.
 */
export function attributeWarnings(values: CheckedAttributes, dataset: Dataset | null): AttributeWarning[] {
  const warnings: AttributeWarning[] = [];
  const warn = (attribute: keyof CheckedAttributes, value: string, message: string) =>
    warnings.push({ attribute, value, message: `${ATTRIBUTE_NAMES[attribute] ?? attribute}=${JSON.stringify(value)}: ${message}` });
  if (!THEMES.includes(values.theme)) warn('theme', values.theme, `not a theme; expected ${listed(THEMES)} (shown as "auto")`);
  if (!AXES.includes(values.axis)) warn('axis', values.axis, `not a time axis; expected ${listed(AXES)} (shown as "compressed")`);
  const locale = values.locale;
  let tag = true;
  try {
    Intl.getCanonicalLocales(locale.replace(/_/g, '-'));
  } catch {
    tag = false;
  }
  if (!tag) warn('locale', locale, 'not a BCP 47 language tag (such as "fr", "ar-SY"); the element shows English');
  else if (resolveLocale(locale).id === 'en' && !/^en\b/i.test(locale)) {
    warn('locale', locale, 'no interface text in that language: the text is English (translated: "en", "ru", "fr", "ar" and any added with SyriaTimeline.registerLocale), the dates use the locale');
  }
  for (const side of ['start', 'end'] as const) {
    const value = values[side];
    if (value !== undefined && viewBound(value, side) === null) {
      warn(side, value, 'not a date; expected YYYY, YYYY-MM or YYYY-MM-DD (or a full ISO timestamp); ignored');
    }
  }
  for (const side of ['minSpan', 'maxSpan'] as const) {
    const value = values[side];
    if (value !== undefined && spanMs(value) === null) {
      warn(side, value, 'not a span; expected an ISO 8601 duration such as "P1D", "P2W", "P6M", "P1Y"; ignored');
    }
  }
  const min = spanMs(values.minSpan);
  const max = spanMs(values.maxSpan);
  if (max !== null && max < (min ?? MIN_VIEW_SPAN_MS)) {
    warn('maxSpan', values.maxSpan!, 'narrower than min-span (default P3D); ignored');
  }
  if (values.bounds !== undefined && viewBounds(values.bounds) === null) {
    warn('bounds', values.bounds, 'not an interval of dates; expected START/END such as "2011/2015" or "2012-03/.."; ignored');
  }
  if (dataset) {
    const issues = dataset.issues.map((i) => i.id);
    if (values.issue !== undefined && values.issue !== 'none' && !issues.includes(values.issue)) {
      warn('issue', values.issue, `not an issue of the data; expected "none" or one of ${listed(issues)}`);
    }
    if (values.selected !== undefined && values.selected !== '' && !dataset.events.some((e) => e.id === values.selected)) {
      warn('selected', values.selected, 'not the id of an event of the data; nothing is selected');
    }
  }
  return warnings;
}
