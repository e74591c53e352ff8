import { formatWhen } from '../dates/index.js';
import { utcDateFormat } from '../dates/utc-date-format.js';
import type { DateBasis, Position, Stance, TimelineEvent, When } from '../model/index.js';

/** How a date was determined, in the few words an accessible name can afford. */
export const BASIS_WORDS: Readonly<Record<DateBasis, string>> = Object.freeze({
  stated: 'date stated',
  resolved: 'date resolved from the dateline',
  inferred: 'date inferred',
});

/** Accessible name of an event mark: 'Lavrov meets Assad, 7 Feb 2012 (date stated), Russia, Assad'. Plain text. */
export function eventMarkLabel(event: TimelineEvent, laneLabels: readonly string[], locale: string): string {
  return `${event.title}, ${formatWhen(event.when, { locale })} (${BASIS_WORDS[event.when.basis]}), ${laneLabels.join(', ')}`;
}

/**
 * Accessible name of a cluster: '12 events, 3 Feb 2012 – 28 Mar 2012, Russia'. Times are UTC ms;
 * `formatDay` formats one as a day in the locale ('3 Feb 2012') (the layout passes a memoised one).
 */
export function clusterLabel(
  count: number,
  start: number,
  end: number,
  laneLabel: string,
  locale: string,
  formatDay: (time: number, locale: string) => string = (t, l) => utcDateFormat(l, 'day').format(t),
): string {
  const from = formatDay(start, locale);
  const to = formatDay(end, locale);
  return `${count} ${count === 1 ? 'event' : 'events'}, ${from === to ? from : `${from} – ${to}`}, ${laneLabel}`;
}

/** Accessible name of a stance segment: 'Russia opposes: Assad should step down, from 4 Feb 2012'. */
export function stanceLabel(
  laneLabel: string,
  position: Position,
  condition: string | undefined,
  issueLabel: string,
  from: When,
  locale: string,
): string {
  const conditional = condition === undefined ? '' : ` (${condition})`;
  return `${laneLabel} ${position}${conditional}: ${issueLabel}, from ${formatWhen(from, { locale })}`;
}

/** Accessible name of a stance observation: 'Russia opposes: Assad should step down, 4 Feb 2012 (stated)'. */
export function stanceObservationLabel(laneLabel: string, stance: Stance, issueLabel: string, locale: string): string {
  const conditional = stance.condition === undefined ? '' : ` (${stance.condition})`;
  return `${laneLabel} ${stance.position}${conditional}: ${issueLabel}, ${formatWhen(stance.when, { locale })} (${stance.basis})`;
}
