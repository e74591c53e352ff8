/** An item of a collection, as the rules read it (fields may have any type: the rules run on broken data too). */
export type Item = Readonly<Record<string, unknown>>;

/** The collections of a dataset whose items have ids, in the order the rules visit them. */
export const COLLECTIONS = ['lanes', 'actors', 'issues', 'sources', 'events', 'stances', 'relations'] as const;

export type Collection = (typeof COLLECTIONS)[number];

/**
 * One rule between values (check-*.ts), as visits: `checkRules` walks each collection once and
 * shows every object item to every rule (one pass over 100,000 events rather than one per rule,
 * which cost more in memory traffic than the rules themselves), then calls `end`.
 */
export type DatasetRule = { readonly [C in Collection]: (item: Item, index: number) => void } & {
  readonly end: () => void;
  /** Readies the rule's tables in steps before the first visit (see `DatasetRules.ready`); nothing by default. */
  readonly ready: () => Generator<0, void>;
};

/** The `ready` of a rule with nothing to ready. */
function* noSteps(): Generator<0, void> {}

/** The visit of a rule that has nothing to do with a collection (`checkRules` skips it). */
export const NOTHING = (): void => {};

/** A rule from the visits it needs (the others do nothing); every rule has the same shape. */
export function datasetRule(visits: Partial<DatasetRule>): DatasetRule {
  return {
    lanes: visits.lanes ?? NOTHING,
    actors: visits.actors ?? NOTHING,
    issues: visits.issues ?? NOTHING,
    sources: visits.sources ?? NOTHING,
    events: visits.events ?? NOTHING,
    stances: visits.stances ?? NOTHING,
    relations: visits.relations ?? NOTHING,
    end: visits.end ?? NOTHING,
    ready: visits.ready ?? noSteps,
  };
}
