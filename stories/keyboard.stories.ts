import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { componentDocs } from './support/component-docs.js';
import { renderTimeline, timelineArgTypes, type TimelineArgs } from './support/timeline-args.js';
import { activeInside, findTimeline, pressKey, tabStop, visibleParts } from './support/timeline-queries.js';

/**
 * The keyboard map: Tab reaches the lane labels (one stop; ↑/↓ between them, Enter opens a side's card), then
 * the plot (one tab stop), where ←/→ move along a lane in time (panning past the window's edge), ↑/↓ change lane,
 * Home/End jump to the lane's ends, Shift+←/→ and Page Up/Down pan, Enter or Space opens the event's details and
 * quotes (on a pill: the list of its events), Escape closes them, + / − zoom and 0 resets.
 */
const meta = {
  title: 'syria-timeline/Keyboard',
  component: 'syria-timeline',
  tags: ['autodocs'],
  parameters: {
    docs: componentDocs(
      'The keyboard map: Tab enters (one tab stop), ←/→ move along a lane, ↑/↓ change lane, Home/End jump to the ends, ' +
        'Enter or Space opens the event\'s details and quotes, Escape closes them, + / − zoom and 0 resets. From script, ' +
        '`focusEvent(id)` moves focus to an event.',
      `const el = document.querySelector('syria-timeline');
await el.focusEvent('russia-china-veto-2012-02-04');  // selects it and moves keyboard focus to its mark`,
      'js',
    ),
  },
  argTypes: timelineArgTypes,
  render: (args) => renderTimeline(args),
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

const label = (node: Element | null) => node?.getAttribute('aria-label') ?? '';

export const Walkthrough: Story = {
  args: { start: '2012-01', end: '2012-12' },
  play: async ({ canvasElement, step }) => {
    const el = await findTimeline(canvasElement);

    await step('two tab stops: the lane labels (one for all), then the plot (exactly one mark)', async () => {
      // The stance observations are a group of their own, with their own tab stop.
      const stops = [...(el.shadowRoot?.querySelectorAll('[tabindex="0"]:not([part="stance-point"])') ?? [])].filter((n) => n.checkVisibility());
      expect(stops.map((n) => n.getAttribute('part'))).toEqual(['lane-label', expect.stringMatching(/mark|cluster/)]);
    });

    await step('focus lands on a mark with a readable label', async () => {
      tabStop(el)?.focus();
      expect(label(activeInside(el))).not.toBe('');
    });

    await step('→ moves to the next mark, ← comes back', async () => {
      const first = label(activeInside(el));
      await pressKey(el, 'ArrowRight');
      const second = label(activeInside(el));
      expect(second).not.toBe(first);
      await pressKey(el, 'ArrowLeft');
      expect(label(activeInside(el))).toBe(first);
    });

    await step('↓ moves to another lane (↑ from the bottom one, the context row)', async () => {
      const before = label(activeInside(el));
      await pressKey(el, 'ArrowDown');
      if (label(activeInside(el)) === before) await pressKey(el, 'ArrowUp');
      expect(label(activeInside(el))).not.toBe(before);
    });

    await step('Enter opens the details with at least one verbatim quote', async () => {
      await pressKey(el, 'Enter');
      const details = await waitFor(() => {
        const found = visibleParts(el, 'details')[0];
        if (!found) throw new Error('no details panel');
        return found;
      });
      expect(details.querySelectorAll('[part~="quote"]').length).toBeGreaterThan(0);
      expect(el.getAttribute('selected')).not.toBeNull();
    });

    await step('Escape closes the details and clears the selection', async () => {
      await pressKey(el, 'Escape');
      await waitFor(() => expect(visibleParts(el, 'details')).toHaveLength(0));
      expect(el.getAttribute('selected')).toBeNull();
    });
  },
};
