import type { Position, Stance } from '../model/index.js';

/**
 * The words of the accessible names the layout writes, in one language. The layout passes each
 * function the parts already formatted for the locale (dates, and counts in the locale's digits)
 * and the data's own text (titles, lane and issue labels) as given; the element builds one from
 * its interface messages so that every name is in the interface's language.
 */
export interface LabelWords {
  /** Name of a stance band: 'Russia opposes: Assad should step down, from 4 Feb 2012'. */
  stance(lane: string, position: Position, condition: string | undefined, issue: string, from: string): string;
  /** Name of one stance observation: 'Russia opposes: Assad should step down, 4 Feb 2012 (stated)'. */
  observation(lane: string, position: Position, condition: string | undefined, issue: string, date: string, basis: Stance['basis']): string;
}

/** The English names (the layout's default). */
export const ENGLISH_LABEL_WORDS: LabelWords = Object.freeze({
  stance: (lane: string, position: Position, condition: string | undefined, issue: string, from: string) =>
    `${lane} ${position}${condition === undefined ? '' : ` (${condition})`}: ${issue}, from ${from}`,
  observation: (lane: string, position: Position, condition: string | undefined, issue: string, date: string, basis: Stance['basis']) =>
    `${lane} ${position}${condition === undefined ? '' : ` (${condition})`}: ${issue}, ${date} (${basis})`,
});
