import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long the hint stays after the last plain wheel turn over the plot, ms. */
export const WHEEL_HINT_MS = 1800;

/** 'Ctrl', or '⌘' on Apple systems, where Command + wheel zooms. */
export function zoomModifierKey(): string {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  const platform = nav.userAgentData?.platform || nav.platform || '';
  return /mac|iphone|ipad/i.test(platform) ? '⌘' : 'Ctrl';
}

/**
 * The "Use Ctrl + scroll to zoom" hint, as maps show it: a plain wheel over the plot scrolls the
 * page, and the first time (and again at each new plain scroll over it) the hint says how to
 * zoom, then fades after `WHEEL_HINT_MS`.
 */
export class WheelHintController implements ReactiveController {
  visible = false;
  private timer: ReturnType<typeof setTimeout> | undefined = undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  show(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.visible = false;
      this.host.requestUpdate();
    }, WHEEL_HINT_MS);
    if (this.visible) return;
    this.visible = true;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.visible = false;
  }
}
