/**
 * The largest dataset `parseDataset` and `isValidDataset` accept, and the longest texts. Over a
 * limit is a `DatasetError` naming the limit: a clear refusal rather than a tab that runs out of
 * memory or a page that lays out a megabyte of title. Generous for real data (the built-in dataset
 * is under 1% of each), small enough that a browser can hold and draw what is accepted.
 * Documented in docs/SECURITY.md.
 */
export const DATASET_LIMITS = Object.freeze({
  /** Items of `events`: one million draw (slowly); ten million are refused at once. */
  events: 1_000_000,
  stances: 1_000_000,
  actors: 1_000_000,
  issues: 1_000_000,
  sources: 1_000_000,
  relations: 1_000_000,
  /** Items of `lanes`: each is a swimlane on screen. */
  lanes: 1_000,
  /** Items of every list inside an item: participants, evidence, aliases, titles, an event's issues, PLOVER context. */
  listItems: 1_000,
  /** UTF-16 code units of ids, names, labels, titles, aliases, phrases, codes, file paths, conditions and colours. */
  shortText: 1_000,
  /** UTF-16 code units of summaries, descriptions, notes, quotes (`evidence[].text`) and URLs. */
  longText: 10_000,
  /** The years a date may have: 0000 to 9999 (the profile's four digits), all of them drawn. */
  firstYear: 0,
  lastYear: 9999,
});

/** `1000000` → `'1,000,000'` (the same in every runtime and locale). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
