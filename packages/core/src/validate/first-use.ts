import { touch } from '../layout/touch-pages.js';

/**
 * The position of the first item with each id of one collection, for the unique-id rule, without
 * a `Map` of 100,000 strings: an open-addressing table of item positions in one `Int32Array`,
 * hashed from the id's characters. At 100,000 events a `Set` (hashing each fresh string, growing
 * and rehashing its table) measured 2–3× slower than this.
 */
export class FirstUse {
  /**
   * Two numbers a slot, side by side: the item's position + 1 (0 = empty), then its id's hash. A
   * probe reads one cache line, and an insert writes the same line: at 100,000 events and more the
   * table does not fit in cache, and two arrays (positions, hashes) cost a miss each (Chromium, first
   * check: 8–15 % less CPU at 100,000 and 1,000,000 events). An item is read (another miss) only
   * when the whole hash matches.
   */
  private readonly table: Int32Array;
  private readonly mask: number;

  /**
   * @param items the collection: an id added with position `i` is `items[i].id`
   * @param capacity how many ids will be added at most
   */
  constructor(private readonly items: readonly unknown[], capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.table = new Int32Array(size * 2); // 8 bytes a slot, so that the table stays small
    this.mask = size - 1;
  }

  /**
   * Writes the table's memory pages once, in steps (see `touch`), for a caller that checks in steps:
   * its first adds, at random places, would otherwise each fault in a fresh page (16 MB at a million
   * events: 20-60 ms in each of the check's first steps). Not needed for the table to work.
   */
  *ready(): Generator<0, void> {
    // A table of one step or less (16,384 ids) is left as it is: small data is checked without a yield.
    if (this.table.byteLength > 1 << 18) yield* touch(this.table);
  }

  /** -1 when `id` (the id of `items[index]`) was not added before, and then it is; else the position of its first use. */
  add(id: string, index: number): number {
    let hash = 0x811c9dc5 | 0;
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    const table = this.table;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot << 1;
      const held = table[at]!;
      if (held === 0) {
        table[at] = index + 1;
        table[at + 1] = hash;
        return -1;
      }
      if (table[at + 1] === hash && (this.items[held - 1] as { id: unknown }).id === id) return held - 1;
    }
  }
}
