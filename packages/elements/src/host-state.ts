import type { ReactiveControllerHost } from 'lit';

/**
 * A value of the element's own that asks it to update when it changes: what Lit's `@state()` does,
 * for the element's `#` fields, which no decorator can reach (`readonly #view = new HostState(this, null)`,
 * then `this.#view.value`).
 */
export class HostState<T> {
  constructor(
    private readonly host: ReactiveControllerHost,
    private current: T,
  ) {}

  get value(): T {
    return this.current;
  }

  set value(next: T) {
    if (next === this.current) return;
    this.current = next;
    this.host.requestUpdate();
  }
}
