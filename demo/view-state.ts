/**
 * The part of the view that a link keeps: the query string of the demo page.
 * `?start=2012-01-01&end=2012-06-30&lanes=russia+west&issue=assad-must-go&locale=ru&theme=dark&selected=<event id>&axis=linear`
 */
export interface ViewState {
  start?: string;
  end?: string;
  /** Lane ids in display order; absent = every lane in the dataset's order. */
  lanes?: string[];
  issue?: string;
  locale?: DemoLocale;
  theme?: DemoTheme;
  selected?: string;
  /** 'linear' turns the gap-compressed time axis off; absent = the element's default. */
  axis?: 'linear';
}

export const DEMO_LOCALES = ['en', 'ru', 'fr', 'ar'] as const;
export type DemoLocale = (typeof DEMO_LOCALES)[number];
export const DEMO_THEMES = ['light', 'dark'] as const;
export type DemoTheme = (typeof DEMO_THEMES)[number];

// A link may come from anywhere: keep only values of the expected shape, drop the rest silently.
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

/** Reads a query string (`location.search`) into a view state, ignoring malformed values. */
export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const state: ViewState = {};
  const start = params.get('start');
  const end = params.get('end');
  if (start && PARTIAL_DATE.test(start)) state.start = start;
  if (end && PARTIAL_DATE.test(end)) state.end = end;
  const lanes = params.get('lanes')?.split(/[\s,]+/).filter((id) => SLUG.test(id));
  if (lanes && lanes.length > 0) state.lanes = lanes;
  const issue = params.get('issue');
  if (issue && SLUG.test(issue)) state.issue = issue;
  const locale = oneOf(DEMO_LOCALES, params.get('locale'));
  if (locale) state.locale = locale;
  const theme = oneOf(DEMO_THEMES, params.get('theme'));
  if (theme) state.theme = theme;
  const selected = params.get('selected');
  if (selected && SLUG.test(selected)) state.selected = selected;
  if (params.get('axis') === 'linear') state.axis = 'linear';
  return state;
}

/** Writes a view state as a query string (with its leading `?`, or '' when there is nothing to keep). */
export function writeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.start) params.set('start', state.start);
  if (state.end) params.set('end', state.end);
  if (state.lanes && state.lanes.length > 0) params.set('lanes', state.lanes.join(' '));
  if (state.issue) params.set('issue', state.issue);
  if (state.locale && state.locale !== 'en') params.set('locale', state.locale);
  if (state.theme && state.theme !== 'light') params.set('theme', state.theme);
  if (state.selected) params.set('selected', state.selected);
  if (state.axis) params.set('axis', state.axis);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * A date as the day it falls on in UTC, `YYYY-MM-DD`: the precision a shared link needs. A link's
 * `end` is the last day shown (the element reads it as inclusive): pass an exclusive end minus 1 ms.
 */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
