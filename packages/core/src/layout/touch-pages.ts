/** Bytes written between two yields of `touch`: 64 pages of 4 KiB, ~1 ms of page faults on the slowest machines seen. */
const TOUCH_BYTES = 1 << 18;

/**
 * Writes each memory page of `array` once, in steps of `TOUCH_BYTES`. A large typed array's memory
 * comes from the system untouched, and the first write to each page costs a page fault (10-20 µs on
 * a virtual machine): the preparation's pass 3 writes its arrays in start order, at random places,
 * so its first step faulted on ~4,000 pages an array (77 ms of one task at 1,000,000 events, in
 * Chromium), and one `fill` of an 8 MB array was 15-95 ms of one step; so did the first steps of the
 * dataset check's table of ids (`FirstUse`). In order and in steps, they spread out.
 */
export function* touch(array: Int32Array | Float64Array | Uint8Array): Generator<0, void> {
  const per = TOUCH_BYTES / array.BYTES_PER_ELEMENT;
  for (let i = 0; i < array.length; i += per) {
    array.fill(0, i, i + per);
    yield 0;
  }
}

/**
 * `source` copied into `copy` (a new array of its length) in steps of `TOUCH_BYTES`, as `touch`
 * writes, so that the page faults of the copy's first writes spread out: `copy`, once done.
 */
export function* copyInSteps<T extends Int32Array | Uint8Array>(source: T, copy: T): Generator<0, T> {
  const per = TOUCH_BYTES / source.BYTES_PER_ELEMENT;
  for (let i = 0; i < source.length; i += per) {
    copy.set(source.subarray(i, i + per), i);
    yield 0;
  }
  return copy;
}
