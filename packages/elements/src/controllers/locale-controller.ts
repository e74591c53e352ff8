import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadLocale } from '../locales.js';

/**
 * Loads the date-fns locale the host's `locale` asks for (ru, fr and ar are lazy chunks) and
 * updates the host when it arrives, so tick labels and dates switch from the English fallback.
 * `loading` lets the host's `updateComplete` wait for that update.
 */
export class LocaleController implements ReactiveController {
  private waiting: Promise<void> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly locale: () => string | null | undefined,
  ) {
    host.addController(this);
  }

  /** Settles after the host has been asked to update with the arrived locale; null when none is loading. */
  get loading(): Promise<void> | null {
    return this.waiting;
  }

  hostUpdate(): void {
    const pending = loadLocale(this.locale());
    if (!pending || this.waiting) return;
    const waiting = pending.then(() => {
      if (this.waiting === waiting) this.waiting = null;
      this.host.requestUpdate();
    });
    this.waiting = waiting;
  }
}
