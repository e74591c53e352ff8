import { EVENT_FLAG, type Id, type Position, type PreparedTimeline } from '@syria-timeline/core';

/** What the data can draw, for a legend that lists only that. */
export interface LegendFacts {
  ranges: boolean;
  monthOrYear: boolean;
  approximate: boolean;
  uncertain: boolean;
  background: boolean;
  /** Positions the issue's stance bands show, in this order: supports, opposes, neutral. */
  positions: readonly Position[];
  conditional: boolean;
  /** More than one position follows another in some lane (a change tick is drawn). */
  changes: boolean;
}

const byDataset = new WeakMap<PreparedTimeline, Map<Id | null, LegendFacts>>();
const POSITIONS: readonly Position[] = ['supports', 'opposes', 'neutral'];

/** The legend's facts for a prepared dataset and an issue (null: none shown); computed once per pair. */
export function legendFacts(prepared: PreparedTimeline, issue: Id | null): LegendFacts {
  let facts = byDataset.get(prepared);
  if (facts === undefined) byDataset.set(prepared, (facts = new Map()));
  let f = facts.get(issue);
  if (f === undefined) {
    let bits = 0;
    let partial = false;
    for (let i = 0; i < prepared.flags.length; i++) {
      bits |= prepared.flags[i]!;
      if (prepared.precision[i]! > 0) partial = true;
    }
    const periods = issue === null ? [] : (prepared.stanceTracks.get(issue) ?? []).flat();
    const present = new Set(periods.map((p) => p.position));
    f = {
      ranges: (bits & EVENT_FLAG.RANGE) !== 0,
      monthOrYear: partial,
      approximate: (bits & EVENT_FLAG.APPROXIMATE) !== 0,
      uncertain: (bits & EVENT_FLAG.UNCERTAIN) !== 0,
      background: (bits & EVENT_FLAG.BACKGROUND) !== 0,
      positions: POSITIONS.filter((p) => present.has(p)),
      conditional: periods.some((p) => p.condition !== undefined),
      changes: (prepared.stanceTracks.get(issue ?? '') ?? []).some((lane) => lane.length > 1),
    };
    facts.set(issue, f);
  }
  return f;
}
