import type { ReactiveControllerHost } from 'lit';

/**
 * Which side's card is open (opened from its lane label), and which lane label holds the tab stop
 * of the label column (roving tabindex: one stop, ↑/↓/Home/End move along the lanes). Closing the
 * card returns focus to the label that opened it.
 */
export class SideCardController {
  /** Lane id of the open card, or null. */
  openLane: string | null = null;
  /** Lane id of the label holding the tab stop (null: the first shown). */
  focusLane: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { updateComplete: Promise<boolean> },
    /** The shadow root the labels and the card are in. */
    private readonly root: () => ParentNode,
  ) {}

  /** Opens the card of `lane` (toggles it when it is open already) and focuses its heading. */
  async toggle(lane: string): Promise<void> {
    this.focusLane = lane;
    this.openLane = this.openLane === lane ? null : lane;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (this.openLane !== null) this.root().querySelector<HTMLElement>('[part="side-card"] h2')?.focus();
  }

  /** Closes the card and returns focus to the label of its lane. */
  async close(): Promise<void> {
    const lane = this.openLane;
    if (lane === null) return;
    this.openLane = null;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.focusLabel(lane);
  }

  /** The lane label keys: ↑/↓ (and ←/→) the previous/next lane, Home/End the first/last; Escape closes the card. */
  onLabelKeydown(e: KeyboardEvent, lanes: readonly string[]): void {
    const at = lanes.indexOf((e.currentTarget as HTMLElement).dataset['lane'] ?? '');
    let next = -1;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') next = Math.min(lanes.length - 1, at + 1);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') next = Math.max(0, at - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = lanes.length - 1;
    else if (e.key === 'Escape' && this.openLane !== null) {
      e.preventDefault();
      void this.close();
      return;
    }
    if (next < 0 || at < 0) return;
    e.preventDefault();
    this.focusLane = lanes[next]!;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.focusLabel(lanes[next]!));
  }

  /** Focuses the visible label button of `lane` (the column's, or the one on the lane when narrow). */
  private focusLabel(lane: string): void {
    for (const button of this.root().querySelectorAll<HTMLElement>('[part~="lane-label"]')) {
      if (button.dataset['lane'] === lane && button.checkVisibility()) {
        button.focus();
        return;
      }
    }
  }
}
