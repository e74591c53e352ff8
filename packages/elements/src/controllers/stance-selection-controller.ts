import type { ReactiveControllerHost } from 'lit';

/**
 * Selecting stance observations: a click on a stance segment or on an observation's disc, or
 * Enter/Space on a focused disc, opens that observation (`selected`, an observation id). The
 * discs share one tab stop (roving tabindex, like the marks): the arrow keys move between them
 * in lane order then time, Home/End to the first or last, Escape closes the observation.
 * Handlers stop the events they handle, so the plot's own (marks) handlers do not act on them too.
 */
export class StanceSelectionController {
  /** The observation shown in the details panel. */
  selected: string | null = null;
  /** The disc holding the discs' tab stop. */
  tabStop: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onSelect: (id: string | null) => void,
  ) {}

  /** Opens (or, with null, closes) an observation. */
  select(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    if (id !== null) this.tabStop = id;
    this.onSelect(id);
    this.host.requestUpdate();
  }

  readonly handlers = {
    click: (e: MouseEvent): void => {
      const id = (e.target as Element | null)?.closest?.('[data-stance]')?.getAttribute('data-stance');
      if (!id) return;
      e.stopPropagation();
      this.select(id);
    },
    keydown: (e: KeyboardEvent): void => {
      const here = (e.target as Element | null)?.closest?.<SVGGElement>('[data-stance]');
      const all = [...(here?.parentElement?.querySelectorAll<SVGGElement>(':scope > [data-stance]') ?? [])];
      const at = here ? all.indexOf(here) : -1;
      if (!here || at < 0) return;
      const to = (i: number) => {
        const next = all[Math.max(0, Math.min(all.length - 1, i))]!;
        this.tabStop = next.dataset['stance'] ?? null;
        for (const node of all) node.setAttribute('tabindex', node === next ? '0' : '-1');
        next.focus();
      };
      switch (e.key) {
        case 'ArrowRight': case 'ArrowDown': to(at + 1); break;
        case 'ArrowLeft': case 'ArrowUp': to(at - 1); break;
        case 'Home': to(0); break;
        case 'End': to(all.length - 1); break;
        case 'Enter': case ' ': this.select(here.dataset['stance'] ?? null); break;
        case 'Escape': this.select(null); break;
        default: return;
      }
      e.preventDefault();
      e.stopPropagation();
    },
  };
}
