import { afterEach, describe, expect, it } from 'vitest';
import { builtinDataset, compressTimeAxis, prepareTimeline } from '@syria-timeline/core';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';
import { focusedKey, focusedName, layoutOf } from './support/focused-name.js';
import type { TimelineHarness } from '../src/testing/timeline-harness.js';

afterEach(() => document.body.replaceChildren());

/** The element's default axis for the built-in data. */
const axis = compressTimeAxis(prepareTimeline(builtinDataset));
const VETO = 'Veto: Russia and China veto the UN draft on Syria, 4 Feb 2012, Russia lane';
const PILL = /^\d+ events, .+, Russia lane; Enter lists them$/;

/** Presses `key` and returns the focused element's name (the walk a screen-reader user hears). */
async function press(h: TimelineHarness, key: string): Promise<string | null> {
  await h.pressKey(key);
  return focusedName(h.element);
}

/** Start (UTC ms) of the stop with `key` in the layout on screen. */
const startOf = (h: TimelineHarness, key: string | null) => {
  const layout = layoutOf(h.element);
  return [...layout.marks, ...layout.clusters].find((s) => s.key === key)?.start ?? NaN;
};

/** The focused proxy lies whole inside the plot (not half clipped at an edge); one wider than the plot starts inside it. */
function focusedInsidePlot(h: TimelineHarness): boolean {
  const root = h.element.shadowRoot!;
  const box = root.activeElement!.getBoundingClientRect();
  const plot = root.querySelector('svg.main')!.getBoundingClientRect();
  return box.width > 0 && box.left >= plot.left && (box.right <= plot.right || box.width > plot.width);
}

describe('names a listener can use', () => {
  it('names a mark by type, title, date and lane; the date basis is its description', async () => {
    const h = await mount({ attrs: { start: '2012-02', end: '2012-02' }, width: 1200 });
    await h.element.focusEvent('russia-china-veto-2012-02-04');
    expect(focusedName(h.element)).toBe(VETO);
    const root = h.element.shadowRoot!;
    const described = root.getElementById(root.activeElement!.getAttribute('aria-describedby')!);
    expect(described?.textContent).toBe('Date worked out from the article’s dateline.');
    expect(focusedName(h.element)).not.toMatch(/dateline/);
  });

  it('groups the marks of each lane under the lane’s name', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { start: '2012-01', end: '2012-06' } });
    const groups = [...h.element.shadowRoot!.querySelectorAll('svg.main [role="group"][aria-label$=" lane"]')];
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['North lane', 'South lane']);
    expect(groups[1]!.querySelector('[aria-label^="Veto: South vetoes"]')).not.toBeNull();
  });

  it('the hidden list’s items select their event and move focus to it', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { start: '2012-01', end: '2012-06' } });
    await new Promise((r) => setTimeout(r, 400)); // the list follows settled windows
    await h.settle();
    const item = [...h.element.shadowRoot!.querySelectorAll<HTMLButtonElement>('ol button')].find((b) => b.textContent?.includes('South vetoes'))!;
    expect(item.tabIndex).toBe(-1);
    item.click();
    await h.settle();
    expect(h.element.getAttribute('selected')).toBe('s-veto');
    expect(focusedName(h.element)).toBe('Veto: South vetoes, 14 Feb 2012, South lane');
  });
});

describe('focus is never lost', () => {
  it('−, − , −, −, 0 from the veto keep focus on the veto or the pill holding it', async () => {
    const h = await mount({ attrs: { start: '2012-02', end: '2012-02' }, width: 1000 });
    await h.element.focusEvent('russia-china-veto-2012-02-04');
    expect(focusedName(h.element)).toBe(VETO);
    const heard: (string | null)[] = [];
    for (const key of ['-', '-', '-', '-', '0']) {
      const name = await press(h, key);
      heard.push(name);
      // Always on the veto, or on the Russia pill that now holds it.
      expect(name === VETO || PILL.test(name ?? ''), `${key} → ${name}`).toBe(true);
    }
    expect(heard.some((n) => PILL.test(n ?? ''))).toBe(true);
    // The arrows still work from there.
    const before = focusedKey(h.element);
    const next = await press(h, 'ArrowRight');
    expect(next).not.toBeNull();
    expect(focusedKey(h.element)).not.toBe(before);
  });

  it('a Ctrl + wheel zoom-out that merges the focused mark leaves focus on the pill holding it', async () => {
    const h = await mount({ attrs: { start: '2012-02', end: '2012-02' }, width: 1000 });
    await h.element.focusEvent('russia-china-veto-2012-02-04');
    const heard: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      await h.wheel(400);
      heard.push(focusedName(h.element));
      expect(heard.at(-1) === VETO || PILL.test(heard.at(-1) ?? ''), String(heard.at(-1))).toBe(true);
    }
    expect(heard.some((n) => PILL.test(n ?? ''))).toBe(true);
  });

  it('with no mark in view the plot itself is the one tab stop, and it pans into marks with the keys', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { start: '2012-03-10', end: '2012-03-20' } });
    const root = h.element.shadowRoot!;
    const svg = root.querySelector('svg.main')!;
    expect(root.querySelectorAll('svg.main [tabindex="0"]').length).toBe(0);
    expect(svg.getAttribute('tabindex')).toBe('0');
    const buttons = root.querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button');
    buttons[buttons.length - 1]!.focus();
    // Tab on (past the legend's toggle, if any) until focus enters the plot: the plot itself is the stop.
    let name = await press(h, 'Tab');
    for (let i = 0; i < 4 && !root.activeElement?.closest('svg.main'); i++) name = await press(h, 'Tab');
    expect(name).toMatch(/^Timeline, /);
    expect(root.getElementById(svg.getAttribute('aria-describedby')!)?.textContent).toMatch(/No events in this window/);
    // Page Up goes back in time until North meets South (5 Mar) comes into view, which then takes focus.
    name = await press(h, 'PageUp');
    for (let i = 0; i < 3 && /^Timeline/.test(name ?? ''); i++) name = await press(h, 'PageUp');
    expect(name).toMatch(/^(Meeting: North meets South, 5 Mar 2012, (North|South) lane|Veto: South vetoes, 14 Feb 2012, South lane)$/);
    expect(h.tabStops()).toBe(1);
  });
});

describe('keyboard pan', () => {
  it('Shift+→, Page Down, Shift+← and Page Up pan the window; focus stays on a mark in view', async () => {
    const h = await mount({ attrs: { start: '2012-02', end: '2012-02' }, width: 1000 });
    await h.element.focusEvent('russia-china-veto-2012-02-04');
    // Measured along the axis as drawn (the default folds the empty stretches): a pan moves the plot by a share of its width.
    const at = () => axis.toAxis(h.visibleRange().start.getTime());
    const span = () => axis.toAxis(h.visibleRange().end.getTime()) - at();
    const steps: [string, number][] = [['Shift+ArrowRight', 0.25], ['PageDown', 0.9], ['Shift+ArrowLeft', -0.25], ['PageUp', -0.9]];
    for (const [key, share] of steps) {
      const from = at();
      const width = span();
      await h.pressKey(key === 'Shift+ArrowRight' ? '{Shift>}{ArrowRight}{/Shift}' : key === 'Shift+ArrowLeft' ? '{Shift>}{ArrowLeft}{/Shift}' : key);
      expect((at() - from) / width, key).toBeCloseTo(share, 2);
      const name = focusedName(h.element);
      // A mark or pill whole on screen; or, in a window with none, the plot itself.
      expect(name, key).toMatch(/lane(; Enter lists them)?$|^Timeline, /);
      if (name?.startsWith('Timeline')) {
        expect(layoutOf(h.element).marks.filter((m) => m.x > 0 && m.x < layoutOf(h.element).width)).toEqual([]);
        continue;
      }
      expect(focusedInsidePlot(h), `${key} → ${name}`).toBe(true);
    }
  });

  it('End and Home go to the lane’s last and first events, panning so the mark is whole on screen', async () => {
    const h = await mount({ attrs: { start: '2012-02', end: '2012-02' }, width: 1000 });
    await h.element.focusEvent('russia-china-veto-2012-02-04');
    expect(await press(h, 'End')).toMatch(/ 2015, Russia lane$/);
    expect(focusedInsidePlot(h)).toBe(true);
    expect(h.visibleRange().start.getUTCFullYear()).toBe(2015);
    // The lane's first event in the data: 27 Jan 2012 (the built-in dataset has no earlier Russian act).
    expect(await press(h, 'Home')).toMatch(/27 Jan 2012, Russia lane$/);
    expect(focusedInsidePlot(h)).toBe(true);
    expect(h.visibleRange().start.getTime()).toBeLessThanOrEqual(Date.UTC(2012, 0, 27));
    expect(h.visibleRange().end.getTime()).toBeGreaterThan(Date.UTC(2012, 0, 27));
    expect(h.visibleRange().end.getUTCFullYear()).toBeLessThan(2015);
  });

  it('→ walks a lane strictly in time order (pills by their start), past the window’s edge', async () => {
    const h = await mount({ attrs: { start: '2012-01-20', end: '2012-02-10' }, width: 700 });
    await h.element.focusEvent('russia-china-veto-2012-02-04');
    await h.pressKey('Home');
    let last = startOf(h, focusedKey(h.element));
    const names: (string | null)[] = [];
    for (let i = 0; i < 14; i++) {
      const name = await press(h, 'ArrowRight');
      names.push(name);
      expect(name, `step ${i}`).toMatch(/Russia lane/);
      const start = startOf(h, focusedKey(h.element));
      expect(start, `${names.at(-2)} → ${name}`).toBeGreaterThanOrEqual(last);
      expect(focusedInsidePlot(h), name!).toBe(true);
      last = start;
    }
    // It left the first window: → reaches events after 10 Feb 2012.
    expect(last).toBeGreaterThan(Date.UTC(2012, 1, 10));
  });

  it('↓ lands on the mark nearest in time in the next lane, and names that lane', async () => {
    const h = await mount({ attrs: { start: '2012-02', end: '2012-02' }, width: 1200 });
    await h.element.focusEvent('russia-china-veto-2012-02-04');
    const t = startOf(h, focusedKey(h.element));
    const name = await press(h, 'ArrowDown');
    expect(name).toMatch(/Assad \(Syrian government\) lane/);
    const layout = layoutOf(h.element);
    const assad = [...layout.marks, ...layout.clusters].filter((s) => s.laneId === 'assad');
    const gap = (s: { start: number; end: number }) => (t < s.start ? s.start - t : t > s.end ? t - s.end : 0);
    const best = Math.min(...assad.map(gap));
    const focused = assad.find((s) => s.key === focusedKey(h.element))!;
    expect(gap(focused)).toBeLessThanOrEqual(best + 86_400_000);
  });
});

describe('Arabic', () => {
  it('walks the plot with the keys, every name in Arabic, and opens a pill', async () => {
    const h = await mount({ attrs: { start: '2012-02', end: '2012-02', locale: 'ar' }, width: 1000 });
    await h.element.focusEvent('russia-china-veto-2012-02-04');
    // The data in an Arabic name is isolated (FSI…PDI) so that English text does not reorder it.
    expect(focusedName(h.element)).toMatch(/^فيتو: \u2068Russia and China veto the UN draft on Syria\u2069، .+، مسار \u2068Russia\u2069$/);
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowUp', '-', '-', '-']) {
      const name = await press(h, key);
      expect(name, key).toMatch(/مسار /);
      expect(name, key).not.toMatch(/\blane\b|events/);
    }
    // Focus on a pill now (three zoom-outs merge February): Enter lists its events in Arabic.
    const pill = h.element.shadowRoot!.querySelector<SVGElement>('[part~="cluster"]')!;
    pill.focus();
    await h.settle();
    expect(focusedName(h.element)).toMatch(/اضغط Enter لعرض قائمتها$/);
    const option = await press(h, 'Enter');
    expect(h.element.shadowRoot!.activeElement?.getAttribute('role')).toBe('option');
    expect(option).toMatch(/^\S.+: .+، /);
    expect(await press(h, 'Escape')).toMatch(/اضغط Enter لعرض قائمتها$/);
  });
});
