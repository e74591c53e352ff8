import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The media queries the stylesheet's colours depend on. */
const QUERIES = ['(prefers-color-scheme: dark)', '(forced-colors: active)'];

/**
 * Updates the host when the colour scheme, forced colours or device pixel
 * ratio change (the browser zoom, a window moved to another screen). CSS follows these by itself;
 * the cluster counts drawn on a canvas (`canvasLabels`) take their colour and sharpness at drawing
 * time, so they are drawn again.
 */
export class MediaChangeController implements ReactiveController {
  private lists: MediaQueryList[] = [];
  private ratio: MediaQueryList | null = null;
  private readonly onChange = (): void => this.host.requestUpdate();
  private readonly onRatio = (): void => {
    this.watchRatio();
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Device pixels per CSS pixel now (1 where there is no window). */
  get pixelRatio(): number {
    return globalThis.devicePixelRatio || 1;
  }

  hostConnected(): void {
    // No matchMedia (jsdom, server rendering): nothing can change, so nothing to watch.
    if (typeof matchMedia !== 'function') return;
    this.lists = QUERIES.map((q) => matchMedia(q));
    for (const l of this.lists) l.addEventListener('change', this.onChange);
    this.watchRatio();
  }

  hostDisconnected(): void {
    for (const l of this.lists) l.removeEventListener('change', this.onChange);
    this.lists = [];
    this.ratio?.removeEventListener('change', this.onRatio);
    this.ratio = null;
  }

  /** A resolution query matches one ratio only: watch the current one, again after each change. */
  private watchRatio(): void {
    this.ratio?.removeEventListener('change', this.onRatio);
    this.ratio = matchMedia(`(resolution: ${this.pixelRatio}dppx)`);
    this.ratio.addEventListener('change', this.onRatio);
  }
}
