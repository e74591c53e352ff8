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
  /** Per distinct date, in order of first use: first and last instant (UTC ms) and `readEdtfSpan`'s bits. */
  private readonly firsts: number[] = [];
  private readonly lasts: number[] = [];
  private readonly bits: number[] = [];

  /**
   * As `readEdtfSpan(edtf, out)`: writes the date's first and last instant to `out[0]`, `out[1]`
   * and returns its precision and flags.
   *
   * @throws EdtfError when the date is not of the profile (not remembered: it throws again).
   */
  read(edtf: string, out: Float64Array): number {
    const at = this.index.get(edtf);
    if (at !== undefined) {
      out[0] = this.firsts[at]!;
      out[1] = this.lasts[at]!;
      return this.bits[at]!;
    }
    const bits = readEdtfSpan(edtf, out);
    this.index.set(edtf, this.bits.length);
    this.firsts.push(out[0]!);
    this.lasts.push(out[1]!);
    this.bits.push(bits);
    return bits;
  }
}
