import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '@syria-timeline/core';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';
import { laneColorStyle } from '../src/templates/render-lanes.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** The small dataset with its events moved to `dates` (one each, in order), each in one lane. */
function datedAt(...dates: string[]): Dataset {
  const d = smallDataset();
  d.events = d.events.slice(0, dates.length).map((e, i) => ({
    ...e, participants: e.participants.slice(0, 1), when: { start: dates[i]!, basis: 'stated' },
  }));
  d.stances = [];
  return d;
}

const rangeText = (root: ShadowRoot) => root.querySelector('.range-label')?.textContent ?? '';

describe('dates at the ends of the supported range (years 0000 to 9999)', () => {
  it.each([
    ['year 0000', ['0000', '0000-06-01', '0001-01-01']],
    ['year 0001', ['0001', '0001-01-01', '0001-12-31']],
    ['9999-12-31', ['9999-12-31', '9999-12', '9999-06-01']],
    ['both ends at once', ['0000-01-01', '2012-03-05', '9999-12-31']],
  ])('draws %s, with a range label and no error', async (_name, dates) => {
    const h = await mount({ dataset: datedAt(...dates) });
    const root = h.element.shadowRoot!;
    expect(h.errorText()).toBeNull();
    expect(h.lanes()).toEqual(['North', 'South']);
    const label = rangeText(root);
    expect(label).toMatch(/\d/);
    expect(label).not.toContain('invalid');
    // Every event is on the plot, as a mark or inside a cluster.
    const shown = h.marks().length + h.clusters().reduce((n, c) => n + c.count, 0);
    expect(shown).toBe(dates.length);
  });

  it('refuses a year outside the range with an error that names the range', async () => {
    const d = smallDataset();
    d.events[0]!.when.start = '-000501';
    const h = await mount({ dataset: d });
    expect(h.errorText()).toContain('events[0].when.start');
    expect(h.errorText()).toContain('0000 to 9999');
  });
});

describe('data colours', () => {
  it('refuses a lane colour that would make the page fetch, and fetches nothing', async () => {
    const before = performance.getEntriesByType('resource').length;
    const d = smallDataset();
    d.lanes[0]!.color = 'url(https://hostile.invalid/lane)';
    d.lanes[1]!.color = 'image-set("https://hostile.invalid/set.png" 1x)';
    const h = await mount({ dataset: d });
    expect(h.errorText()).toContain('lanes[0].color');
    expect(h.errorText()).toContain('lanes[1].color');
    const fetched = performance.getEntriesByType('resource').slice(before).map((e) => e.name);
    expect(fetched.filter((url) => url.includes('hostile.invalid'))).toEqual([]);
  });

  it('puts only a colour into the style, even if unvalidated data reaches the lanes', () => {
    expect(laneColorStyle({ id: 'north', color: '#1f5fa8' })['--lane-color']).toBe('var(--syria-timeline-lane-north-color, #1f5fa8)');
    expect(laneColorStyle({ id: 'north', color: 'url(https://hostile.invalid/x)' })['--lane-color'])
      .toBe('var(--syria-timeline-lane-north-color, currentColor)');
    expect(laneColorStyle({ id: 'north', color: 'var(--x)' })['--lane-color']).not.toContain('--x');
  });

  it('draws every accepted colour form', async () => {
    const d = smallDataset();
    d.lanes[0]!.color = 'hsl(210 50% 40%)';
    d.lanes[1]!.color = 'rebeccapurple';
    const h = await mount({ dataset: d });
    expect(h.errorText()).toBeNull();
    const swatch = h.element.shadowRoot!.querySelector<HTMLElement>('[data-lane="south"] .swatch, [data-lane="south"]')!;
    expect(getComputedStyle(swatch).getPropertyValue('--lane-color')).toContain('rebeccapurple');
  });
});
