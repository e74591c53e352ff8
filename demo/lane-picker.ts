import type { Lane } from '@syria-timeline/core';

export interface LaneChoice {
  lane: Lane;
  shown: boolean;
}

/**
 * The lane control: one row per lane with a "shown" checkbox and buttons to move it up or down.
 * Built with DOM calls and `textContent` only (lane labels come from data).
 * `onChange` receives the ids of the shown lanes, in display order.
 */
export function renderLanePicker(list: HTMLOListElement, choices: LaneChoice[], onChange: (ids: string[]) => void): void {
  const emit = () => onChange(choices.filter((c) => c.shown).map((c) => c.lane.id));
  const draw = (focusId?: string, focusWhich?: 'up' | 'down') => {
    list.replaceChildren(
      ...choices.map((choice, index) => {
        const item = document.createElement('li');
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.checked = choice.shown;
        box.addEventListener('change', () => {
          choice.shown = box.checked;
          emit();
        });
        const swatch = document.createElement('span');
        swatch.className = 'swatch';
        swatch.style.background = choice.lane.color;
        label.append(box, swatch, document.createTextNode(` ${choice.lane.label}`));
        const move = (which: 'up' | 'down', delta: number, text: string) => {
          const button = document.createElement('button');
          button.type = 'button';
          button.textContent = text;
          button.setAttribute('aria-label', `Move ${choice.lane.label} ${which}`);
          button.disabled = index + delta < 0 || index + delta >= choices.length;
          button.dataset['lane'] = choice.lane.id;
          button.dataset['which'] = which;
          button.addEventListener('click', () => {
            const [moved] = choices.splice(index, 1);
            if (moved) choices.splice(index + delta, 0, moved);
            // Redrawing replaces the buttons: keep keyboard focus on the same lane's button.
            draw(choice.lane.id, which);
            emit();
          });
          return button;
        };
        item.append(label, move('up', -1, '↑'), move('down', 1, '↓'));
        return item;
      }),
    );
    if (focusId) {
      const target = list.querySelector<HTMLButtonElement>(`button[data-lane="${focusId}"][data-which="${focusWhich}"]`);
      (target && !target.disabled ? target : list.querySelector<HTMLInputElement>('input'))?.focus();
    }
  };
  draw();
}

/** Orders lane choices: the lanes named in `ids` first, in that order and shown; the rest after, hidden. */
export function laneChoices(lanes: readonly Lane[], ids: readonly string[] | undefined): LaneChoice[] {
  const byOrder = [...lanes].sort((a, b) => a.order - b.order);
  if (!ids) return byOrder.map((lane) => ({ lane, shown: true }));
  const named = ids.flatMap((id) => byOrder.filter((l) => l.id === id)).map((lane) => ({ lane, shown: true }));
  const rest = byOrder.filter((l) => !ids.includes(l.id)).map((lane) => ({ lane, shown: false }));
  return [...named, ...rest];
}
