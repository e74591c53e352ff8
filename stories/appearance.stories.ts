import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { componentDocs } from './support/component-docs.js';
import { renderTimeline, timelineArgTypes, type TimelineArgs } from './support/timeline-args.js';
import { findTimeline, laneLabels, parts } from './support/timeline-queries.js';

/** Languages, themes and sizes: `locale`, `theme`, CSS custom properties, `::part()`, a narrow container. */
const meta = {
  title: 'syria-timeline/Appearance',
  component: 'syria-timeline',
  tags: ['autodocs'],
  parameters: {
    docs: componentDocs(
      'Languages (`locale`: en, ru, fr, ar), themes (`theme`: auto, light, dark), CSS custom properties and `::part()` ' +
        'styling, and narrow containers.',
      `<syria-timeline locale="ar" theme="dark" start="2012-01" end="2012-06"></syria-timeline>
<style>
  syria-timeline { --syria-timeline-font: Georgia, serif; }
  syria-timeline::part(details) { border-radius: 0; }
</style>`,
    ),
  },
  argTypes: timelineArgTypes,
  render: (args) => renderTimeline(args),
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

// Zoomed to half a year, so the axis names months (in years alone every language writes digits).
const HALF_YEAR = { start: '2012-01', end: '2012-06' } as const;
const axisText = (el: Element & { shadowRoot: ShadowRoot | null }) =>
  parts(el as HTMLElementTagNameMap['syria-timeline'], 'axis').map((a) => a.textContent).join(' ');

export const Russian: Story = {
  args: { locale: 'ru', ...HALF_YEAR },
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    expect(axisText(el)).toMatch(/[а-яё]/i);
  },
};

export const French: Story = {
  args: { locale: 'fr', ...HALF_YEAR },
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    expect(axisText(el)).toMatch(/janv|févr|mars|avr|mai|juin/i);
  },
};

/** Arabic: the layout runs right to left. */
export const Arabic: Story = {
  args: { locale: 'ar', ...HALF_YEAR },
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    const label = parts(el, 'lane-label')[0];
    expect(label).toBeDefined();
    expect(getComputedStyle(label!).direction).toBe('rtl');
    expect(axisText(el)).toMatch(/[\u0600-\u06FF]/);
  },
};

/** German: dates and ticks in any locale the browser knows; the interface text stays English (en, ru, fr, ar only). */
export const German: Story = {
  args: { locale: 'de', ...HALF_YEAR },
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    expect(axisText(el)).toMatch(/Feb\.|Mär|Apr\.|Mai|Juni/);
    expect(el.shadowRoot!.querySelector('button[title="Zoom in"]')).not.toBeNull();
  },
};

/** `theme="dark"`; the a11y check verifies text contrast in this theme too. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#111;padding:8px">${story()}</div>`],
};

/** Custom properties set the colours and font; `::part()` styles the lane labels. */
export const CustomTheme: Story = {
  render: (args) => html`
    <style>
      .custom-theme {
        --syria-timeline-font: Georgia, 'Times New Roman', serif;
        --syria-timeline-bg: #fbf7ef;
        --syria-timeline-fg: #2b2118;
        --syria-timeline-muted: #5e4b37;
        --syria-timeline-focus: #7a3e00;
        --syria-timeline-lane-height: 72px;
        --syria-timeline-lane-russia-color: #8e1b1b;
        --syria-timeline-lane-west-color: #1b3f8e;
      }
      .custom-theme syria-timeline::part(lane-label) {
        font-variant: small-caps;
        font-weight: 700;
      }
    </style>
    <div class="custom-theme">${renderTimeline(args)}</div>
  `,
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    const label = parts(el, 'lane-label')[0]!;
    // ::part() reached inside the shadow root.
    expect(getComputedStyle(label).fontVariantCaps).toBe('small-caps');
    expect(getComputedStyle(label).fontWeight).toBe('700');
    // The font custom property is inherited by the element's text.
    expect(getComputedStyle(label).fontFamily).toContain('Georgia');
  },
};

/** A 320 px container, as on a small phone: every lane is still labelled, nothing overflows sideways. */
export const Narrow320: Story = {
  decorators: [(story) => html`<div style="width:320px;border:1px dashed #999">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    expect(laneLabels(el)).toHaveLength(5); // four sides and the context row
    expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth + 1);
  },
};
