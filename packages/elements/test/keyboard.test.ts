import { afterEach, describe, expect, it } from 'vitest';
import type { TimelineSelectEvent } from '../src/events.js';
import { mount, record } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

afterEach(() => document.body.replaceChildren());

/** The small dataset, zoomed so every event has its own mark. */
const mountSmall = () => mount({ dataset: smallDataset(), attrs: { start: '2012-01', end: '2012-06' } });
const span = (r: { start: Date; end: Date }) => r.end.getTime() - r.start.getTime();

describe('keyboard', () => {
  it('puts exactly one mark in the tab order', async () => {
    const h = await mountSmall();
    expect(h.tabStops()).toBe(1);
  });

  it('Tab from the legend above the plot lands on the lane labels (one stop), then on the mark holding the tab stop, then on the stance observations\' one, and the next leaves the plot', async () => {
    // Chromium makes an SVG element with focus listeners focusable; the plot's <svg> must not become a second stop.
    const h = await mountSmall();
    const root = h.element.shadowRoot!;
    root.querySelector<HTMLElement>('[part="legend"] summary')!.focus();
    await h.pressKey('Tab');
    // The lane labels are buttons that open their side's card: one tab stop for the column.
    expect(root.activeElement?.getAttribute('part')).toBe('lane-label');
    await h.pressKey('Tab');
    expect(root.activeElement?.getAttribute('tabindex')).toBe('0');
    expect(root.activeElement?.getAttribute('part')).toMatch(/mark|cluster/);
    await h.pressKey('Tab');
    expect(root.activeElement?.getAttribute('part')).toBe('stance-point');
    await h.pressKey('Tab');
    expect(root.activeElement?.closest('svg.main') ?? null).toBeNull();
  });

  it('draws a visible focus ring around the focused mark', async () => {
    const h = await mountSmall();
    const ring = () => h.element.shadowRoot!.querySelector('.focus-ring')!;
    expect(getComputedStyle(ring()).stroke).toBe('none');
    await h.focusFirstMark();
    await h.pressKey('ArrowRight');
    expect(getComputedStyle(ring()).stroke).not.toBe('none');
    // The focused proxy has its mark's size and place, and the ring goes round the glyph painted there.
    h.element.shadowRoot!.activeElement!.scrollIntoView({ block: 'center', inline: 'center' });
    const mark = h.element.shadowRoot!.activeElement!.getBoundingClientRect();
    expect(mark.width).toBeGreaterThanOrEqual(10);
    expect(mark.height).toBeGreaterThanOrEqual(10);
    const box = ring().getBoundingClientRect();
    expect(box.left).toBeLessThan(mark.left);
    expect(box.right).toBeGreaterThan(mark.right);
    expect(h.paintAt(mark.left + mark.width / 2, mark.top + mark.height / 2)).not.toBeNull();
    expect(h.paintAt(box.left + 1, box.top + 1)).toBeNull();
  });

  it('→ and ← walk a lane in time order; Home and End jump to its ends', async () => {
    const h = await mountSmall();
    await h.focusFirstMark();
    expect(h.activeMarkLabel()).toContain('North speaks');
    await h.pressKey('ArrowRight');
    expect(h.activeMarkLabel()).toContain('North meets South');
    await h.pressKey('ArrowRight');
    expect(h.activeMarkLabel()).toContain('Harbour talks');
    await h.pressKey('ArrowLeft');
    expect(h.activeMarkLabel()).toContain('North meets South');
    await h.pressKey('End');
    expect(h.activeMarkLabel()).toContain('Harbour talks');
    await h.pressKey('Home');
    expect(h.activeMarkLabel()).toContain('North speaks');
    expect(h.tabStops()).toBe(1);
  });

  it('↓ and ↑ move to the nearest mark in the next and previous lane', async () => {
    const h = await mountSmall();
    await h.focusFirstMark();
    await h.pressKey('ArrowDown');
    // North speaks (10 Jan) → the nearest South mark is the veto (14 Feb).
    expect(h.activeMarkLabel()).toContain('South vetoes');
    await h.pressKey('ArrowUp');
    expect(h.activeMarkLabel()).toMatch(/North/);
  });

  it('Enter selects: fires syria-timeline-select with the event and its quote, reflects selected, opens details', async () => {
    const h = await mountSmall();
    const selects = record<TimelineSelectEvent>(h.element, 'syria-timeline-select');
    await h.focusFirstMark();
    await h.pressKey('ArrowRight');
    await h.pressKey('Enter');
    expect(selects).toHaveLength(1);
    expect(selects[0]!.event?.id).toBe('n-meeting');
    expect(selects[0]!.quote?.text).toBe('North meets');
    expect(selects[0]!.bubbles && selects[0]!.composed).toBe(true);
    expect(h.element.getAttribute('selected')).toBe('n-meeting');
    const details = h.details()!;
    expect(details.title).toBe('North meets South');
    expect(details.text).toContain('5 Mar 2012');
    expect(details.text).toContain('stated in the text');
    expect(details.text).toContain('Southern government (recipient)');
    expect(details.text).toContain('The two governments met at the harbour.');
    expect(details.quotes[0]).toContain('North meets');
    expect(details.quotes[0]).toContain('Harbour talks reported');
    expect(details.links).toEqual(['https://example.org/harbour']);
    // Focus stays on the mark: the panel is an aside, not a dialog.
    expect(h.activeMarkLabel()).toContain('North meets South');
  });

  it('Space selects too, and Escape clears the selection and closes the details', async () => {
    const h = await mountSmall();
    const selects = record<TimelineSelectEvent>(h.element, 'syria-timeline-select');
    await h.focusFirstMark();
    await h.pressKey(' ');
    expect(h.element.getAttribute('selected')).toBe('n-statement');
    await h.pressKey('Escape');
    expect(h.element.hasAttribute('selected')).toBe(false);
    expect(h.details()).toBeNull();
    expect(selects.map((e) => e.event?.id ?? null)).toEqual(['n-statement', null]);
  });

  it('+ and − zoom around the focused mark, 0 resets', async () => {
    const h = await mount({ dataset: smallDataset() });
    const start = span(h.visibleRange());
    await h.focusFirstMark();
    await h.pressKey('+');
    expect(span(h.visibleRange())).toBeCloseTo(start / 2, -4);
    // The focused mark (10 Jan) stays in view.
    expect(h.visibleRange().start.getTime()).toBeLessThanOrEqual(Date.UTC(2012, 0, 10));
    expect(h.activeMarkLabel()).toContain('North speaks');
    await h.pressKey('+');
    expect(span(h.visibleRange())).toBeCloseTo(start / 4, -4);
    await h.pressKey('-');
    expect(span(h.visibleRange())).toBeCloseTo(start / 2, -4);
    await h.pressKey('0');
    expect(span(h.visibleRange())).toBe(start);
  });

  it('shows the focused mark’s tooltip, with the same text a pointer user gets', async () => {
    const h = await mountSmall();
    await h.focusFirstMark();
    expect(h.tooltipText()).toContain('North speaks');
    expect(h.tooltipText()).toContain('Statement');
    const tip = h.element.shadowRoot!.querySelector('[part="tooltip"]')!;
    expect(tip.getAttribute('role')).toBe('tooltip');
  });
});

describe('pointer', () => {
  it('hovering a mark shows its tooltip and a ring; leaving the plot hides both', async () => {
    const h = await mountSmall();
    const root = h.element.shadowRoot!;
    await h.hover('South vetoes');
    expect(h.tooltipText()).toContain('South vetoes');
    expect(h.tooltipText()).toContain('Veto');
    expect(root.querySelector('.hover-ring')).not.toBeNull();
    expect(root.querySelector('svg.main')!.classList.contains('over-mark')).toBe(true);
    root.querySelector('svg.main')!.dispatchEvent(new PointerEvent('pointerleave'));
    await h.settle();
    expect(h.tooltipText()).toBeNull();
    expect(root.querySelector('.hover-ring')).toBeNull();
  });

  it('hovering empty plot shows no tooltip', async () => {
    const h = await mountSmall();
    const svg = h.element.shadowRoot!.querySelector('svg.main')!;
    const box = svg.getBoundingClientRect();
    // The axis strip at the top holds no marks.
    svg.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + 5, clientY: box.top + 3, bubbles: true, composed: true, pointerType: 'mouse' }));
    await h.settle();
    expect(h.tooltipText()).toBeNull();
  });

  it('a mouse click on a painted mark selects its event', async () => {
    const h = await mountSmall();
    const selects = record<TimelineSelectEvent>(h.element, 'syria-timeline-select');
    await h.clickAt('Harbour talks');
    expect(selects.at(-1)?.event?.title).toBe('Harbour talks');
    expect(h.details()?.title).toBe('Harbour talks');
  });
});

describe('selected attribute', () => {
  it('selects an event when set, and opens its details', async () => {
    const h = await mountSmall();
    h.element.setAttribute('selected', 's-veto');
    await h.settle();
    expect(h.marks('South').find((m) => m.eventId === 's-veto')?.pressed).toBe(true);
    expect(h.details()?.title).toBe('South vetoes');
  });

  it('clicking a mark selects it and reflects the id', async () => {
    const h = await mountSmall();
    const selects = record<TimelineSelectEvent>(h.element, 'syria-timeline-select');
    await h.clickMark('Harbour talks');
    expect(h.element.getAttribute('selected')).toBe('n-talks');
    expect(selects[0]!.event?.title).toBe('Harbour talks');
  });

  it('an unknown id selects nothing', async () => {
    const h = await mountSmall();
    h.element.setAttribute('selected', 'nope');
    await h.settle();
    expect(h.details()).toBeNull();
    expect(h.marks().some((m) => m.pressed)).toBe(false);
  });
});
