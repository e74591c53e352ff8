/**
 * A lazy chunk held back as on a slow network, for the lazy-* tests: `hold` is a `vi.mock` factory's
 * body that counts the requests for the module and gives it once the test calls `open`.
 *
 *   const gate = await vi.hoisted(async () => (await import('./support/chunk-gate.js')).chunkGate());
 *   vi.mock('../src/templates/panels.js', (importOriginal) => gate.hold(importOriginal));
 */
export interface ChunkGate {
  /** How many times the module was asked for. */
  readonly requests: number;
  open(): void;
  hold<T>(importOriginal: () => Promise<T>): Promise<T>;
}

export function chunkGate(): ChunkGate {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  let requests = 0;
  return {
    get requests() {
      return requests;
    },
    open,
    async hold(importOriginal) {
      requests++;
      await opened;
      return importOriginal();
    },
  };
}
