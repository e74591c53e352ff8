/**
 * The field names one kind of object may have, for a yes/no check of unknown fields that
 * allocates nothing per object.
 *
 * Objects of one kind (parsed from one file) list their keys in the same order, so the k-th key
 * is usually the previous object's k-th key: one pointer comparison (keys are internalised)
 * instead of a set lookup. The set is consulted only when the order changes.
 */
export class KnownKeys {
  private readonly known: ReadonlySet<string>;
  private readonly last: string[] = [];

  constructor(names: readonly string[]) {
    this.known = new Set(names);
  }

  /**
   * How many keys `record` has as `for…in` sees them (own and inherited enumerable ones, which is
   * what valibot's strict objects look at), or -1 when one of them is not a known field.
   */
  count(record: object): number {
    const last = this.last;
    let k = 0;
    for (const key in record) {
      if (key !== last[k]) {
        if (!this.known.has(key)) return -1;
        last[k] = key;
      }
      k++;
    }
    return k;
  }
}
