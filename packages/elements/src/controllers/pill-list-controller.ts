import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PillListProps } from '../templates/render-pill-list.js';

export interface OpenPill {
  /** The pill's key and lane. */
  key: string;
  laneId: string;
  label: string;
  options: { id: string; name: string; title: string }[];
  /** Anchor under the pill, px in the plot. */
  x: number;
  y: number;
}

export interface PillListOptions {
  /** The shadow root the list lives in. */
  root: () => ParentNode;
  /** An option was chosen (Enter, Space or a click). */
  choose: (eventId: string, laneId: string) => void;
  /** The list closed with Escape: focus goes back to the pill. */
  returnTo: (pillKey: string) => void;
  /** The plot's width, px. */
  width: () => number;
}

/**
 * The list a pill opens (Enter, Space or a click on it): its events as a listbox, one of which
 * the user picks. ↑/↓ (and ←/→) move, Home/End jump, Enter/Space/click choose, Escape closes and
 * puts focus back on the pill, and leaving the list (Tab, a click elsewhere) closes it.
 */
export class PillListController implements ReactiveController {
  private current: (OpenPill & { active: number }) | null = null;
  private focusPending = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PillListOptions,
  ) {
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  /** The key of the pill whose list is open. */
  get pillKey(): string | null {
    return this.current?.key ?? null;
  }

  /** Opens the list and moves focus to `active` (default: its first option). */
  open(pill: OpenPill, active = 0): void {
    this.current = { ...pill, active: Math.max(0, Math.min(active, pill.options.length - 1)) };
    this.focusPending = true;
    this.host.requestUpdate();
  }

  close(returnFocus: boolean): void {
    const pill = this.current;
    if (!pill) return;
    this.current = null;
    this.host.requestUpdate();
    if (returnFocus) this.options.returnTo(pill.key);
  }

  hostUpdated(): void {
    if (!this.focusPending || !this.current) return;
    this.focusPending = false;
    this.options.root().querySelector<HTMLElement>(`#pill-option-${this.current.active}`)?.focus({ preventScroll: true });
  }

  /** What to draw, or null when closed. */
  props(): PillListProps | null {
    const c = this.current;
    if (!c) return null;
    return {
      label: c.label, options: c.options, active: c.active, x: c.x, y: c.y, width: this.options.width(),
      onKeydown: this.onKeydown, onClick: this.onClick, onFocusout: this.onFocusout,
    };
  }

  private move(to: number): void {
    const c = this.current!;
    c.active = Math.max(0, Math.min(to, c.options.length - 1));
    this.focusPending = true;
    this.host.requestUpdate();
  }

  private pick(index: number): void {
    const c = this.current;
    const option = c?.options[index];
    if (!c || !option) return;
    this.current = null;
    this.host.requestUpdate();
    this.options.choose(option.id, c.laneId);
  }

  private readonly onKeydown = (e: KeyboardEvent): void => {
    const c = this.current;
    if (!c || e.altKey || e.ctrlKey || e.metaKey) return;
    const handled = ((): boolean => {
      switch (e.key) {
        case 'ArrowDown':
        case 'ArrowRight':
          this.move(c.active + 1);
          return true;
        case 'ArrowUp':
        case 'ArrowLeft':
          this.move(c.active - 1);
          return true;
        case 'Home':
          this.move(0);
          return true;
        case 'End':
          this.move(c.options.length - 1);
          return true;
        case 'Enter':
        case ' ':
          this.pick(c.active);
          return true;
        case 'Escape':
          this.close(true);
          return true;
        default:
          return false;
      }
    })();
    if (handled) {
      e.preventDefault();
      // Escape must not also clear the selection (the element's own Escape handler).
      e.stopPropagation();
    }
  };

  private readonly onClick = (e: MouseEvent): void => {
    const option = (e.target as Element | null)?.closest?.('[role="option"]');
    const index = option ? Number(option.id.replace('pill-option-', '')) : -1;
    if (index >= 0) this.pick(index);
  };

  private readonly onFocusout = (e: FocusEvent): void => {
    const next = e.relatedTarget as Node | null;
    const list = e.currentTarget as Element | null;
    // Focus moving between options stays; leaving the list (Tab, a click outside) closes it.
    if (next && list?.contains(next)) return;
    if (next === null && this.focusPending) return;
    this.close(false);
  };
}
