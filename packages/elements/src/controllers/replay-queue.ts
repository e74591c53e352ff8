/**
 * Pointer events that arrive on `target` before the code that handles them (a lazy chunk): kept
 * in order, then dispatched again, as copies, on the node the real handlers listen on. A drag
 * started in the moment before the chunk lands is then carried out, not lost.
 */
export class ReplayQueue {
  static readonly TYPES = ['pointerdown', 'pointermove', 'pointerup', 'pointercancel'] as const;
  #events: PointerEvent[] = [];
  #listening: AbortController | null = null;
  #target: Element | null = null;

  /** Listens on `target` (a new target drops what the old one queued). */
  listen(target: Element | null): void {
    if (target === this.#target) return;
    this.stop();
    this.#target = target;
    if (!target) return;
    this.#listening = new AbortController();
    const keep = (e: Event) => {
      // Moves before a press are hovering: nothing to replay.
      if (!(e instanceof PointerEvent) || (this.#events.length === 0 && e.type !== 'pointerdown')) return;
      this.#events.push(e);
    };
    for (const type of ReplayQueue.TYPES) target.addEventListener(type, keep, { signal: this.#listening.signal });
  }

  /** Stops listening, and dispatches what was queued on `to` (nothing when null). */
  replay(to: Element | null): void {
    const events = this.#events;
    this.stop();
    if (!to) return;
    // Not bubbling: the page and the element's other listeners heard them the first time.
    for (const e of events) {
      const { pointerId, pointerType, isPrimary, button, buttons, clientX, clientY, screenX, screenY, shiftKey, ctrlKey, altKey, metaKey } = e;
      to.dispatchEvent(new PointerEvent(e.type, {
        pointerId, pointerType, isPrimary, button, buttons, clientX, clientY, screenX, screenY, shiftKey, ctrlKey, altKey, metaKey,
        bubbles: false, cancelable: true,
      }));
    }
  }

  stop(): void {
    this.#listening?.abort();
    this.#listening = null;
    this.#target = null;
    this.#events = [];
  }
}
