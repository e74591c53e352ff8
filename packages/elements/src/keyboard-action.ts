/** The moves `navigateMarks` understands. */
export type MarkMove = 'left' | 'right' | 'up' | 'down' | 'home' | 'end';

export type KeyboardAction =
  | { kind: 'move'; move: MarkMove }
  | { kind: 'activate' }
  | { kind: 'clear' }
  | { kind: 'zoom'; direction: 'in' | 'out' | 'reset' }
  /** Pan by `by` × the window's width (negative: back in time). */
  | { kind: 'pan'; by: number };

/** Shift+←/→ pan by this share of the window; Page Up/Down by `PAGE_PAN`. */
export const STEP_PAN = 0.25;
export const PAGE_PAN = 0.9;

/**
 * The plot's keyboard map. The plot is one composite widget with a single tab stop (WAI-ARIA APG,
 * "Keyboard Navigation Inside Components": roving tabindex), so arrows move between marks and Tab
 * leaves the plot. Returns null for keys the plot does not handle, which then keep their default.
 */
export function keyboardAction(e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'> & { shiftKey?: boolean }): KeyboardAction | null {
  // Leave browser and assistive-technology shortcuts alone.
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  // Panning has no APG rule either; Shift+arrows and Page Up/Down pan as in map and chart widgets
  // (time runs left to right in every locale, so ← is always earlier).
  if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
    return { kind: 'pan', by: e.key === 'ArrowLeft' ? -STEP_PAN : STEP_PAN };
  }
  switch (e.key) {
    case 'PageUp':
      return { kind: 'pan', by: -PAGE_PAN };
    case 'PageDown':
      return { kind: 'pan', by: PAGE_PAN };
    // APG grid/listbox pattern: Left/Right move to the previous/next item in the row (here: the lane, in time).
    case 'ArrowLeft':
      return { kind: 'move', move: 'left' };
    case 'ArrowRight':
      return { kind: 'move', move: 'right' };
    // APG grid pattern: Up/Down move to the adjacent row (here: the nearest mark in the lane above/below).
    case 'ArrowUp':
      return { kind: 'move', move: 'up' };
    case 'ArrowDown':
      return { kind: 'move', move: 'down' };
    // APG: Home/End move to the first/last item of the row.
    case 'Home':
      return { kind: 'move', move: 'home' };
    case 'End':
      return { kind: 'move', move: 'end' };
    // APG button pattern: Enter and Space activate (select the event, or open a pill's list).
    case 'Enter':
    case ' ':
      return { kind: 'activate' };
    // APG: Escape dismisses; here it clears the selection and closes the details panel.
    case 'Escape':
      return { kind: 'clear' };
    // No APG rule for zoom; +/−/0 follow map widgets and browser zoom conventions.
    case '+':
    case '=':
      return { kind: 'zoom', direction: 'in' };
    case '-':
    case '_':
      return { kind: 'zoom', direction: 'out' };
    case '0':
      return { kind: 'zoom', direction: 'reset' };
    default:
      return null;
  }
}
