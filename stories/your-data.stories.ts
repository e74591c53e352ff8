import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { builtinDataset, generateSyntheticDataset, type Dataset } from '@syria-timeline/core';
import harbourTalks from './fixtures/harbour-talks.json' with { type: 'json' };
import harbourTalksUrl from './fixtures/harbour-talks.json?url';
import { componentDocs } from './support/component-docs.js';
import { renderTimeline, timelineArgTypes, type TimelineArgs } from './support/timeline-args.js';
import { errorText, findTimeline, laneLabels, marks, parts, waitForMarks } from './support/timeline-queries.js';

/**
 * Your own data: as a `data` property (an object), or from a URL with the `src` attribute.
 * Both are validated; invalid data shows a readable error instead of a blank element.
 * The fixture (stories/fixtures/harbour-talks.json) is a small FICTIONAL dataset.
 */
const meta = {
  title: 'syria-timeline/Your data',
  component: 'syria-timeline',
  tags: ['autodocs'],
  parameters: {
    docs: componentDocs(
      'Your own data: as a `data` property (an object), or from a URL with the `src` attribute. Both are validated; ' +
        'invalid data shows a readable error instead of a blank element. To write a dataset from a spreadsheet, use the ' +
        '`syria-timeline` command line (`npx @syria-timeline/cli import events.csv actors.csv lanes.csv sources.csv -o timeline.json`).',
      `<syria-timeline src="timeline.json"></syria-timeline>
<script type="module">
  import '@syria-timeline/elements';
  const el = document.querySelector('syria-timeline');
  el.addEventListener('syria-timeline-error', (e) => console.warn(e.error.issues));
</script>`,
    ),
  },
  argTypes: timelineArgTypes,
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

const HARBOUR_LANES = ['Northland', 'Southland', 'Mediators'];

/** `el.data = {...}`: a plain object in the documented format (see packages/core/dataset.schema.json). */
export const DataProperty: Story = {
  render: (args) => renderTimeline(args, harbourTalks),
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    expect(laneLabels(el)).toEqual(HARBOUR_LANES);
    expect(marks(el).length).toBeGreaterThan(0);
    expect(errorText(el)).toBeNull();
  },
};

/** `<syria-timeline src="harbour-talks.json">`: fetched, validated, then drawn. */
export const SrcAttribute: Story = {
  args: { src: harbourTalksUrl },
  render: (args) => renderTimeline(args),
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    await waitForMarks(el);
    expect(laneLabels(el)).toEqual(HARBOUR_LANES);
  },
};

// Generated once per story file load, not per render: 10,000 events take a moment to build.
let dense1k: Dataset | undefined;
let dense10k: Dataset | undefined;

/** 1,000 seeded synthetic events: overlapping marks are packed into rows or merged into clusters. */
export const Dense1k: Story = {
  render: (args) => renderTimeline(args, (dense1k ??= generateSyntheticDataset({ events: 1_000, seed: 1 }))),
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    expect(laneLabels(el)).toHaveLength(4);
    expect(marks(el).length).toBeGreaterThan(0);
  },
};

/** 10,000 seeded synthetic events: only what is in view is drawn, and dense stretches become clusters with a count. */
export const Dense10k: Story = {
  render: (args) => renderTimeline(args, (dense10k ??= generateSyntheticDataset({ events: 10_000, seed: 2 }))),
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    expect(parts(el, 'cluster').length).toBeGreaterThan(0);
    // Drawing every event would put 10,000 marks in the DOM; clustering keeps it to what can be seen.
    expect(marks(el).length).toBeLessThan(10_000);
  },
};

/** Lanes but no events: the lanes still show, with nothing on them, and no error. */
export const Empty: Story = {
  render: (args) => renderTimeline(args, { ...builtinDataset, events: [], stances: [] } satisfies Dataset),
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    expect(errorText(el)).toBeNull();
    expect(laneLabels(el)).toHaveLength(builtinDataset.lanes.length);
    expect(marks(el)).toHaveLength(0);
  },
};

/** A dataset with nothing in it at all (valid): no error panel, no marks, and the element keeps its place on the page. */
export const NothingAtAll: Story = {
  render: (args) =>
    renderTimeline(args, { version: 1, lanes: [], actors: [], issues: [], sources: [], events: [], stances: [] } satisfies Dataset),
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    expect(errorText(el)).toBeNull();
    expect(marks(el)).toHaveLength(0);
    expect(el.getBoundingClientRect().height).toBeGreaterThan(0);
  },
};

/** An event dated 30 February: the element shows a readable error naming the field and the value, not a blank. */
export const InvalidDataset: Story = {
  render: (args) => {
    const [first, ...rest] = harbourTalks.events;
    const broken = { ...harbourTalks, events: [{ ...first, when: { start: '2013-02-30', basis: 'stated' } }, ...rest] };
    return renderTimeline(args, broken);
  },
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    const panel = await waitFor(() => {
      const found = parts(el, 'error')[0];
      if (!found) throw new Error('no error panel');
      return found;
    });
    // The heading and the count are the one alert; the list of problems is beside it, read on demand.
    expect(panel.querySelector('[role="alert"] h2')?.textContent).toBe('The timeline data is not valid');
    await waitFor(() => expect(panel.textContent).toContain('2013-02-30'));
    expect(panel.textContent).toMatch(/events.*0.*when.*start/);
    expect(marks(el)).toHaveLength(0);
  },
};
