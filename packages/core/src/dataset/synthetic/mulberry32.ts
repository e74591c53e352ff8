/**
 * A seeded PRNG: mulberry32 (Tommy Ettinger, public domain). Tiny, fast and good enough for test
 * data; it keeps core free of a dependency. Same seed → same sequence, on every engine, because it
 * only uses 32-bit integer maths (`Math.imul`, `>>>`).
 *
 * @returns a function giving floats in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
