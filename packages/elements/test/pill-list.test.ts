import { afterEach, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { builtinDataset } from '@syria-timeline/core';
import { mount } from './support/mount.js';
import { timelineInternals } from '../src/syria-timeline-element.js';
import { click } from './support/real-input.js';
import { focusedName } from './support/focused-name.js';
import type { TimelineHarness } from '../src/testing/timeline-harness.js';

afterEach(() => document.body.replaceChildren());

const PILL = /^(\d+) events, 8 Feb 2012, Russia lane; Enter lists them$/;

/** The built-in data at the minimum zoom on 8 Feb 2012, where Russia's lane still has a pill. */
async function denseDay(width = 1000): Promise<{ h: TimelineHarness; pill: SVGElement }> {
  const h = await mount({ width });
  await h.element.zoomTo('2012-02-07', '2012-02-09');
  await h.settle();
  const pill = [...h.element.shadowRoot!.querySelectorAll<SVGElement>('[part~="cluster"]')].find((c) => PILL.test(c.getAttribute('aria-label') ?? ''));
  if (!pill) throw new Error('no Russia pill on 8 Feb 2012');
  return { h, pill };
}

const press = async (h: TimelineHarness, key: string) => {
  await h.pressKey(key);
  return focusedName(h.element);
};
const role = (h: TimelineHarness) => h.element.shadowRoot!.activeElement?.getAttribute('role');
const listbox = (h: TimelineHarness) => h.element.shadowRoot!.querySelector('[role="listbox"]');

describe('a pill opens the list of its events', () => {
  it('Enter lists the events of a dense day (keyboard): arrows, Home/End, Escape back to the pill, Enter chooses', async () => {
    const { h, pill } = await denseDay();
    pill.focus();
    await h.settle();
    const pillName = focusedName(h.element)!;
    const count = Number(PILL.exec(pillName)![1]);
    expect(count).toBeGreaterThanOrEqual(4);
    expect(pill.getAttribute('aria-haspopup')).toBe('listbox');
    const range = h.visibleRange();

    const first = await press(h, 'Enter');
    // Enter never zooms: the window is the same, and focus is on the list's first option.
    expect(h.visibleRange()).toEqual(range);
    expect(role(h)).toBe('option');
    expect(listbox(h)?.getAttribute('aria-label')).toBe(pillName.replace('; Enter lists them', ''));
    expect(pill.getAttribute('aria-expanded')).toBe('true');
    expect(first).toMatch(/^[A-Z][a-z ]+: .+, 8 Feb 2012$/);
    const options = [...listbox(h)!.querySelectorAll('[role="option"]')].map((o) => o.textContent!.trim());
    expect(options).toHaveLength(count);
    expect(new Set(options).size).toBe(count);
    expect(await press(h, 'ArrowDown')).toBe(options[1]);
    expect(await press(h, 'End')).toBe(options[count - 1]);
    expect(await press(h, 'Home')).toBe(options[0]);
    expect(await press(h, 'Escape')).toBe(pillName);
    expect(listbox(h)).toBeNull();

    expect(await press(h, 'Enter')).toBe(options[0]);
    expect(await press(h, 'ArrowDown')).toBe(options[1]);
    const chosen = await press(h, 'Enter');
    // Focus goes to a control named after the chosen event (its mark, or a stand-in on the pill), which is selected.
    expect(listbox(h)).toBeNull();
    expect(chosen).toBe(`${options[1]}, Russia lane`);
    expect(h.element.shadowRoot!.activeElement?.getAttribute('aria-pressed')).toBe('true');
    expect(h.details()?.title).toBe(options[1]!.replace(/^[^:]+: /, '').replace(/, 8 Feb 2012$/, ''));
    expect(h.visibleRange().end.getTime() - h.visibleRange().start.getTime()).toBeLessThanOrEqual(range.end.getTime() - range.start.getTime());
    // And the arrows go on from there.
    expect(await press(h, 'ArrowRight')).toMatch(/Russia lane/);
  });

  it('a zoom while the list is open closes it and puts focus back in the plot', async () => {
    const { h, pill } = await denseDay();
    pill.focus();
    await h.settle();
    await h.pressKey('Enter');
    expect(listbox(h)).not.toBeNull();
    await h.wheel(300);
    expect(listbox(h)).toBeNull();
    expect(focusedName(h.element)).toMatch(/ lane(; Enter lists them)?$/);
  });

  it('a click on a pill opens the list; a click on an option selects its event', async () => {
    const { h, pill } = await denseDay();
    await click(await h.markCentre(pill.getAttribute('aria-label')!));
    await h.settle();
    expect(listbox(h)).not.toBeNull();
    const option = listbox(h)!.querySelectorAll<HTMLElement>('[role="option"]')[2]!;
    option.scrollIntoView({ block: 'center' });
    const box = option.getBoundingClientRect();
    expect(box.height).toBeGreaterThanOrEqual(24);
    await click({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    await h.settle();
    expect(listbox(h)).toBeNull();
    expect(focusedName(h.element)).toBe(`${option.textContent!.trim()}, Russia lane`);
    expect(h.element.getAttribute('selected')).toBe(option.dataset['event']);
  });

  it('focusEvent focuses a control named after the event, for every event drawn in a lane', async () => {
    const h = await mount({ width: 1000 });
    const lanesOf = (id: string) => timelineInternals(h.element).model!.lanesOf(id);
    let drawn = 0;
    for (const e of builtinDataset.events) {
      expect(await h.element.focusEvent(e.id)).toBe(true);
      if (lanesOf(e.id).length === 0) continue;
      drawn++;
      const name = focusedName(h.element);
      expect(name, e.id).toContain(e.title);
      expect(name, e.id).toMatch(/ lane$/);
      expect(h.element.getAttribute('selected')).toBe(e.id);
    }
    expect(drawn).toBeGreaterThanOrEqual(30);
  });

  it('axe finds nothing with the list open, nor on a pinned event', async () => {
    const { h, pill } = await denseDay();
    const violations = async () => (await axe.run(document.body, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    pill.focus();
    await h.settle();
    await h.pressKey('Enter');
    expect(await violations()).toEqual([]);
    await h.pressKey('ArrowDown');
    await h.pressKey('Enter');
    expect(focusedName(h.element)).toMatch(/, 8 Feb 2012, Russia lane$/);
    expect(await violations()).toEqual([]);
  });
});
