/**
 * A yes/no check that the ids of one large collection (events, stances) are slugs and all
 * different, without a `Set` of 100,000 strings: an open-addressing table of item positions in one
 * `Int32Array`, hashed while the id's characters are checked. At 100,000 events a `Set` (hashing
 * each fresh string, growing and rehashing its table) measured 2–3× slower than this.
 */
export class UniqueSlugs {
  private readonly table: Int32Array;
  private readonly mask: number;

  /** @param capacity how many ids will be added at most */
  constructor(private readonly items: readonly unknown[], capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.table = new Int32Array(size * 2); // slot s: [2s] position + 1 (0 = empty), [2s + 1] hash
    this.mask = size - 1;
  }

  /** True when `id` (the id of `items[index]`) is a slug not seen before; then it is remembered. */
  add(id: string, index: number): boolean {
    const n = id.length;
    if (n === 0) return false;
    let hash = 0x811c9dc5;
    for (let i = 0; i < n; i++) {
      const c = id.charCodeAt(i);
      if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c === 45 && i > 0))) return false; // as isSlug
      hash = Math.imul(hash ^ c, 0x01000193);
    }
    const table = this.table;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = table[2 * slot]!;
      if (held === 0) {
        table[2 * slot] = index + 1;
        table[2 * slot + 1] = hash;
        return true;
      }
      // The stored hash spares reading the other item (a cache miss) unless the hashes agree.
      if (table[2 * slot + 1] === hash && (this.items[held - 1] as { id: unknown }).id === id) return false;
    }
  }
}

