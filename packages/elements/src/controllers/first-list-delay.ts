import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Holds back the hidden list of events in view (for screen readers) at a dataset's first drawing,
 * so that the first paint carries the plot only: the list's ~600 elements (200 items of a button
 * and a span), the dates of its items and their style and layout cost about a tenth of a first
 * render. `allows(dataset)` says no the first time it is asked about a dataset and asks the host
 * for an update `delayMs` later, when it says yes: the list then arrives as it does after every
 * zoom, once the view has been still for that long (the live summary, which is cheap, is not held
 * back). A new dataset waits again; disconnecting cancels the wait (reconnecting asks anew).
 */
export class FirstListDelay implements ReactiveController {
  /** The dataset whose list may be shown; the one waited for. */
  #ready: object | null = null;
  #waiting: object | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined = undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs: number,
  ) {
    host.addController(this);
  }

  /** Whether the list of `dataset` may be filled now. */
  allows(dataset: object): boolean {
    if (this.#ready === dataset) return true;
    if (this.#waiting !== dataset) {
      this.#waiting = dataset;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => {
        this.#ready = dataset;
        this.#waiting = null;
        this.host.requestUpdate();
      }, this.delayMs);
    }
    return false;
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#waiting = null;
  }
}
