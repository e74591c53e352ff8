import type { DateBasis, Position, Stance } from '../model/index.js';

/**
 * The words of the accessible names the layout writes, in one language. The layout passes each
 * function the parts already formatted for the locale (dates, and counts in the locale's digits)
 * and the data's own text (titles, lane and issue labels) as given; the element builds one from
 * its interface messages so that every name is in the interface's language.
 */
export interface LabelWords {
  /** Name of an event mark: 'Lavrov meets Assad, 7 Feb 2012 (date stated), Russia, Assad'. */
  event(title: string, date: string, basis: DateBasis, lanes: readonly string[]): string;
  /** Name of a cluster: `count` is the number, `countText` the same in the locale's digits. */
  cluster(count: number, countText: string, dates: string, lane: string): string;
  /** Name of a stance band: 'Russia opposes: Assad should step down, from 4 Feb 2012'. */
  stance(lane: string, position: Position, condition: string | undefined, issue: string, from: string): string;
  /** Name of one stance observation: 'Russia opposes: Assad should step down, 4 Feb 2012 (stated)'. */
  observation(lane: string, position: Position, condition: string | undefined, issue: string, date: string, basis: Stance['basis']): string;
}

/** How a date was determined, in the few words an accessible name can afford. */
export const BASIS_WORDS: Readonly<Record<DateBasis, string>> = Object.freeze({
  stated: 'date stated',
  resolved: 'date resolved from the dateline',
  inferred: 'date inferred',
});

/** The English names (the layout's default). */
export const ENGLISH_LABEL_WORDS: LabelWords = Object.freeze({
  event: (title: string, date: string, basis: DateBasis, lanes: readonly string[]) =>
    `${title}, ${date} (${BASIS_WORDS[basis]}), ${lanes.join(', ')}`,
  cluster: (count: number, countText: string, dates: string, lane: string) =>
    `${countText} ${count === 1 ? 'event' : 'events'}, ${dates}, ${lane}`,
  stance: (lane: string, position: Position, condition: string | undefined, issue: string, from: string) =>
    `${lane} ${position}${condition === undefined ? '' : ` (${condition})`}: ${issue}, from ${from}`,
  observation: (lane: string, position: Position, condition: string | undefined, issue: string, date: string, basis: Stance['basis']) =>
    `${lane} ${position}${condition === undefined ? '' : ` (${condition})`}: ${issue}, ${date} (${basis})`,
});
