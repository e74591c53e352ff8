import { describe, expect, it } from 'vitest';
import { LazyChunks, chunk } from './lazy-chunk.js';

/** A chunk whose import fails (offline, or a deploy removed the file) until `arrive` is set. */
function flakyChunk() {
  const state = { imports: 0, arrive: false };
  const c = chunk(async () => {
    state.imports++;
    if (!state.arrive) throw new TypeError('Failed to fetch dynamically imported module');
    return { ok: true };
  });
  return { c, state };
}

const host = () => ({ updates: 0, addController() {}, removeController() {}, requestUpdate() { this.updates++; }, updateComplete: Promise.resolve(true) });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('LazyChunks.prefetch', () => {
  it('asks for a chunk once per element, even after its import failed', async () => {
    const { c, state } = flakyChunk();
    const lazy = new LazyChunks(host());
    // The element prefetches at every update of a long check: one request, not one per update.
    for (let i = 0; i < 5; i++) {
      lazy.prefetch(c);
      await settle();
    }
    expect(state.imports).toBe(1);
  });

  it('leaves a failed chunk to be tried again when it is needed', async () => {
    const { c, state } = flakyChunk();
    const h = host();
    const lazy = new LazyChunks(h);
    lazy.prefetch(c);
    await settle();
    state.arrive = true;
    expect(lazy.need(c)).toBeUndefined();
    await lazy.loading;
    expect(state.imports).toBe(2);
    expect(lazy.need(c)).toEqual({ ok: true });
    expect(h.updates).toBeGreaterThan(0);
  });

  it('does not ask again for a chunk that has arrived', async () => {
    const { c, state } = flakyChunk();
    state.arrive = true;
    const lazy = new LazyChunks(host());
    await c.load();
    lazy.prefetch(c);
    expect(state.imports).toBe(1);
  });
});
