import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { storyDirection } from './story-direction.js';

export interface StoryOptions {
  /** Every event id in time order (the story), or null before the data is there. */
  order: () => readonly string[] | null;
  /** The selected event's id, if any. */
  selected: () => string | null;
  /** The window shown, UTC ms (where stepping starts when nothing is selected), and each event's start. */
  view: () => { start: number; end: number } | null;
  startOf: (id: string) => number | undefined;
  /** Selects event `id` and brings it into view. */
  go: (id: string) => void;
  /** The details panel on screen with its heading's text, or null while it is closed. */
  panel: () => { id: string; node: HTMLElement; title: string } | null;
  /** The live region the opening is said in (its text is this controller's). */
  liveRegion: () => HTMLElement | null;
  /** What is said when the panel opens for `title`. */
  announce: (title: string) => string;
  /** Whether keyboard focus is on the plot; and putting it back on the selected event's mark (or the nearest). */
  focusInPlot: () => boolean;
  refocus: () => void;
}

/**
 * The story beside the picture: previous/next event in time order (as TimelineJS3 steps through
 * its slides), from the buttons in the details or the keys `,` and `.` (also `<` and `>`) anywhere
 * in the element, and the panel's arrival: when it opens on a new event its heading is said in a
 * polite live region, and it is scrolled into view if need be (`block: 'nearest'`: no scroll when
 * it is already on screen, such as the side panel of a wide host).
 *
 * Keys: `,` and `.` clash with nothing in the keyboard map (arrows, Home/End, Enter/Space, Escape,
 * + − 0, Shift+arrows, PageUp/PageDown) and sit unshifted on US, French and Russian layouts alike.
 */
export class StoryController implements ReactiveController {
  private shownId: string | null = null;
  private positions: { order: readonly string[]; index: Map<string, number> } | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: StoryOptions,
  ) {
    host.addController(this);
  }

  /** The event before (`-1`) or after (`1`) the selection; with none, the first in view (or last, going back). */
  neighbour(direction: -1 | 1): string | null {
    const order = this.options.order();
    if (!order?.length) return null;
    const selected = this.options.selected();
    const at = selected === null ? undefined : this.position(selected);
    if (at !== undefined) return order[at + direction] ?? null;
    const view = this.options.view();
    if (!view) return direction === 1 ? order[0]! : order[order.length - 1]!;
    if (direction === 1) return order.find((id) => (this.options.startOf(id) ?? -Infinity) >= view.start) ?? order[0]!;
    for (let i = order.length - 1; i >= 0; i--) if ((this.options.startOf(order[i]!) ?? Infinity) <= view.end) return order[i]!;
    return order[order.length - 1]!;
  }

  /** 1-based place of event `id` in the story, and the story's length. */
  place(id: string): { n: number; total: number } | null {
    const at = this.position(id);
    const order = this.options.order();
    return at === undefined || !order ? null : { n: at + 1, total: order.length };
  }

  step(direction: -1 | 1): void {
    const id = this.neighbour(direction);
    if (id !== null) this.options.go(id);
  }

  /** On the element's root: `,`/`<` previous, `.`/`>` next, unless typing in a field or with a modifier. */
  readonly onKeydown = (e: KeyboardEvent): void => {
    const direction = storyDirection(e);
    if (!direction) return;
    e.preventDefault();
    this.step(direction);
  };

  hostUpdated(): void {
    const panel = this.options.panel();
    const id = panel?.id ?? null;
    if (id === this.shownId) return;
    this.shownId = id;
    if (!panel) return;
    const live = this.options.liveRegion();
    if (live) live.textContent = this.options.announce(panel.title);
    panel.node.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (this.options.focusInPlot()) void this.keepFocus();
  }

  /**
   * The side panel narrows the plot (measured again a frame later), which may redraw or cluster
   * the mark that has keyboard focus: focus must not fall to the page. Watches a few frames.
   */
  private async keepFocus(): Promise<void> {
    for (let i = 0; i < 4 && typeof requestAnimationFrame === 'function'; i++) {
      await new Promise(requestAnimationFrame);
      if (!this.options.focusInPlot()) {
        this.options.refocus();
        return;
      }
    }
  }

  private position(id: string): number | undefined {
    const order = this.options.order();
    if (!order) return undefined;
    if (this.positions?.order !== order) this.positions = { order, index: new Map(order.map((x, i) => [x, i])) };
    return this.positions.index.get(id);
  }
}
