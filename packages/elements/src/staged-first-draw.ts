import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadProgress } from './load-progress.js';
import { yieldToEventLoop } from './run-in-slices.js';

/** Where a staged first drawing is, in order; null once it is done (or there is none). */
type Phase = 'readying' | 'drawing' | null;
const PHASES: readonly Phase[] = ['readying', 'drawing', null];

/**
 * The first drawing of large data (see `SLICED_MIN_EVENTS`) as a few tasks instead of one: the
 * update that sees the data builds the model and lays out the first view; then each of the host's
 * `steps` runs in a task of its own (filling the caches the drawing reads: the overview's
 * density); then an update draws (Lit renders and commits) all but the text on the
 * plot's canvases (`textLater`: the titles, the pills' counts); an update in a task of its own adds
 * the text (the canvases read the computed style, and draw a few hundred haloed titles). The hidden
 * list of events in view follows later, as after any first drawing (event-list-controller.ts).
 * Meanwhile (`pending`) the host keeps showing its progress bar, full (`progress`). `loading` is
 * the work in flight, for `updateComplete` to wait for. Small data never comes here: it is drawn
 * in the update that sees it.
 */
export class StagedFirstDraw implements ReactiveController {
  #job: Promise<void> | null = null;
  #phase: Phase = null;
  #run = 0;
  #progress: LoadProgress | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** True from `begin` until its last step has run: the host draws its loading state meanwhile. */
  get pending(): boolean {
    return this.#phase === 'readying';
  }

  /** True until the text's update (the last): the host draws neither the titles on the plot nor the pills' counts. */
  get textLater(): boolean {
    return this.#phase !== null;
  }

  /** What the loading state shows meanwhile: every event prepared. */
  get progress(): LoadProgress | undefined {
    return this.#progress;
  }

  /** The steps in flight, then the update that draws (null when none are). */
  get loading(): Promise<void> | null {
    return this.#job;
  }

  /**
   * Runs `steps` in tasks of their own, after the current one; then asks the host to draw, and in
   * a later task to add the text. A later
   * `begin` or `cancel` stops the steps not yet run. A step that throws ends the staging at once
   * (the host's drawing then does the step's work itself, and reports what fails).
   */
  begin(events: number, steps: readonly (() => void)[]): void {
    const run = ++this.#run;
    this.#progress = { phase: 'events', loaded: events, total: events };
    this.#phase = 'readying';
    const job: Promise<void> = (async () => {
      try {
        for (const step of steps) {
          await yieldToEventLoop();
          if (run !== this.#run) return;
          step();
        }
      } catch {
        // The drawing does it again, in the open (the error panel says what went wrong).
      }
      for (const phase of PHASES.slice(1)) {
        await yieldToEventLoop();
        if (run !== this.#run) return;
        this.#phase = phase;
        this.host.requestUpdate();
      }
      this.#job = null;
    })();
    this.#job = job;
  }

  /** Stops the steps not yet run (the data changed, or went). */
  cancel(): void {
    this.#run++;
    this.#job = null;
    this.#phase = null;
  }

  hostDisconnected(): void {
    // A reconnection draws at once (the model and layout are there; the caches fill as it draws).
    if (this.#job) {
      this.cancel();
      this.host.requestUpdate();
    }
  }
}
