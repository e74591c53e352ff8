import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { componentDocs } from './support/component-docs.js';
import { findTimeline, laneLabels, parts } from './support/timeline-queries.js';

/** Height and zoom limits: a host of fixed height whose lanes scroll, and `min-span`, `max-span`, `bounds`. */
const meta = {
  title: 'syria-timeline/Layout and zoom limits',
  component: 'syria-timeline',
  tags: ['autodocs'],
  parameters: {
    docs: componentDocs(
      'Give the element a `height` or `max-height` and its lanes scroll inside it, while the toolbar, the time axis and the ' +
        'overview strip stay put. `min-span` and `max-span` (ISO 8601 durations) limit the zoom, `bounds` (an ISO 8601 ' +
        'interval) the dates one can pan to; `zoomTo` clamps to them and resolves to the window shown.',
      `<syria-timeline style="height: 300px" min-span="P1W" max-span="P2Y" bounds="2011-06/2015"></syria-timeline>`,
    ),
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** `height: 300px` on the host: the lanes scroll under a fixed axis and overview; the toolbar stays on top. */
export const FixedHeight: Story = {
  render: () => html`<syria-timeline style="height:300px;border:1px dashed #999"></syria-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    expect(el.getBoundingClientRect().height).toBe(300);
    expect(laneLabels(el)).toHaveLength(5);
    const [overview] = parts(el, 'overview');
    expect(overview!.getBoundingClientRect().bottom).toBeLessThanOrEqual(el.getBoundingClientRect().bottom + 0.5);
  },
};

/** `max-height` works too; on a phone-sized host the labels sit on their lanes and scroll with them. */
export const MaxHeightNarrow: Story = {
  render: () => html`<div style="width:360px"><syria-timeline style="max-height:420px;border:1px dashed #999"></syria-timeline></div>`,
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    expect(el.getBoundingClientRect().height).toBeLessThanOrEqual(420);
  },
};

/**
 * `min-span="P1M"`: no closer than a month; `max-span="P1Y"`: no wider than a year (so the first
 * view is the middle year); `bounds="2012/2014"`: never outside 2012–2014. The zoom buttons turn
 * off at the limits. On a linear axis (`axis="linear"`): on the compressed one spans are measured as
 * drawn, so a year of the axis can hold more dates when a fold is in view.
 */
export const ZoomLimits: Story = {
  render: () => html`<syria-timeline axis="linear" min-span="P1M" max-span="P1Y" bounds="2012/2014"></syria-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    const shown = await el.zoomTo('2010', '2020');
    expect(shown!.start.getTime()).toBeGreaterThanOrEqual(Date.UTC(2012, 0, 1));
    expect(shown!.end.getTime() - shown!.start.getTime()).toBeLessThanOrEqual(366 * 86_400_000);
    const day = await el.zoomTo('2013-05-01', '2013-05-01');
    expect(day!.end.getTime() - day!.start.getTime()).toBeGreaterThanOrEqual(30 * 86_400_000);
  },
};
