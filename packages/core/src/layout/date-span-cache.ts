import { readEdtfSpan } from './read-edtf-span.js';

/**
 * `readEdtfSpan` with a memory: each distinct date string is read once, and a repeat is one `Map`
 * look-up (real data repeats dates a lot: a million synthetic events use ~1,800 days).
 *
 * The look-up is also what keeps a large dataset small. A page's `JSON.parse` gives each date its
 * own string (24 bytes for '2012-02-08'); using it as a `Map` key makes V8 internalize it, turning
 * each repeat into a 16-byte pointer to the one shared copy: ~8 MiB less heap at a million events
 * (1.2 million dates; bench/heap.mjs) than reading the characters alone. It costs time (hashing and
 * internalizing each string): ~90 ms of `prepareTimeline` at a million events in Chromium, spread
 * over the time slices of `prepareTimelineSteps`.
 */
export class DateSpanCache {
  private readonly index = new Map<string, number>();
  /**
   * Per distinct date, in order of first use: first and last instant (UTC ms) at 2k and 2k + 1, and
   * `readEdtfSpan`'s bits at k. Typed arrays, grown by doubling: a plain array of numbers changes
   * its elements kind at the first double, which threw away code optimised before it.
   */
  private spans = new Float64Array(2 * 1024);
  private bits = new Int32Array(1024);
  private size = 0;

  /**
   * As `readEdtfSpan(edtf, out)`: writes the date's first and last instant to `out[0]`, `out[1]`
   * and returns its precision and flags.
   *
   * @throws EdtfError when the date is not of the profile (not remembered: it throws again).
   */
  read(edtf: string, out: Float64Array): number {
    const at = this.index.get(edtf);
    if (at !== undefined) {
      out[0] = this.spans[2 * at]!;
      out[1] = this.spans[2 * at + 1]!;
      return this.bits[at]!;
    }
    const bits = readEdtfSpan(edtf, out);
    const k = this.size++;
    if (k === this.bits.length) {
      const spans = new Float64Array(4 * k);
      spans.set(this.spans);
      this.spans = spans;
      const grown = new Int32Array(2 * k);
      grown.set(this.bits);
      this.bits = grown;
    }
    this.index.set(edtf, k);
    this.spans[2 * k] = out[0]!;
    this.spans[2 * k + 1] = out[1]!;
    this.bits[k] = bits;
    return bits;
  }
}
