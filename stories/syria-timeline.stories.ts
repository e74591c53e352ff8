import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { builtinDataset } from '@syria-timeline/core';
import { componentDocs } from './support/component-docs.js';
import { renderTimeline, timelineArgTypes, type TimelineArgs } from './support/timeline-args.js';
import { errorText, findTimeline, laneLabels, marks, parts, visibleParts } from './support/timeline-queries.js';

/**
 * `<syria-timeline>` with no data attributes shows the built-in dataset: Russia's diplomacy on the
 * Syrian conflict, 2011–2015, from five news articles, each mark backed by a verbatim quote.
 */
const meta = {
  title: 'syria-timeline/Built-in dataset',
  component: 'syria-timeline',
  tags: ['autodocs'],
  parameters: {
    docs: componentDocs(
      'With no data attributes, `<syria-timeline>` shows the built-in dataset: Russia\'s diplomacy on the Syrian conflict, ' +
        '2011–2015, from five news articles, each mark backed by a verbatim quote.',
      `<script type="module" src="https://cdn.jsdelivr.net/npm/@syria-timeline/elements@0.1.0/dist/syria-timeline.bundle.js"></script>
<syria-timeline lanes="russia assad opposition west" issue="assad-must-go"></syria-timeline>`,
    ),
  },
  argTypes: timelineArgTypes,
  render: (args) => renderTimeline(args),
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

const laneLabel = (id: string): string => {
  const lane = builtinDataset.lanes.find((l) => l.id === id);
  if (!lane) throw new Error(`the built-in dataset has no lane "${id}"`);
  return lane.label;
};
const lanesInOrder = [...builtinDataset.lanes].sort((a, b) => a.order - b.order);

/** Every lane, in the dataset's order, then the context row of events with no participant in a lane; marks and no error. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    expect(laneLabels(el)).toEqual([...lanesInOrder.map((l) => l.label), 'Others']);
    expect(marks(el).length).toBeGreaterThan(0);
    expect(errorText(el)).toBeNull();
  },
};

/** Builds a story that shows one lane alone (`lanes="<id>"`). */
const oneLane = (id: string): Story => ({
  args: { lanes: id },
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    expect(laneLabels(el)).toEqual([laneLabel(id)]);
    expect(marks(el).length).toBeGreaterThan(0);
  },
});
export const RussiaOnly = oneLane('russia');
export const AssadOnly = oneLane('assad');
export const OppositionOnly = oneLane('opposition');
export const WestOnly = oneLane('west');

/** `lanes` also orders: the West above Russia. */
export const WestAboveRussia: Story = {
  args: { lanes: 'west russia' },
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    expect(laneLabels(el)).toEqual([laneLabel('west'), laneLabel('russia')]);
  },
};

/** Builds a story showing the stance bands of one issue (`issue="<id>"`). */
const oneIssue = (id: string): Story => ({
  args: { issue: id },
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    expect(builtinDataset.issues.map((i) => i.id)).toContain(id);
    // Observations are drawn for lanes with one on this issue (and bands where a position is observed
    // twice or carried forward); at least one lane has one.
    expect(parts(el, 'stance-point').length).toBeGreaterThan(0);
  },
});
export const IssueAssadMustGo = oneIssue('assad-must-go');
export const IssueGovernmentOppositionTalks = oneIssue('government-opposition-talks');
export const IssueTalksWithoutPreconditions = oneIssue('talks-without-preconditions');
export const IssueSettlementImposedFromOutside = oneIssue('settlement-imposed-from-outside');
export const IssueBothSidesToBlame = oneIssue('both-sides-to-blame');
export const IssueUnSecurityCouncilPressure = oneIssue('un-security-council-pressure');
export const IssueChemicalWeaponsDisarmament = oneIssue('chemical-weapons-disarmament');

/** `issue="none"` hides the stance bands. */
export const NoStanceBands: Story = {
  args: { issue: 'none' },
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    expect(parts(el, 'stance')).toHaveLength(0);
    expect(parts(el, 'stance-point')).toHaveLength(0);
    expect(marks(el).length).toBeGreaterThan(0);
  },
};

/** An initial window set by the `start` and `end` attributes: February–March 2012. */
export const February2012: Story = {
  args: { start: '2012-02', end: '2012-03' },
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    expect(marks(el).length).toBeGreaterThan(0);
    // Zoomed in to two months, the axis speaks in months or days, not only years.
    const axis = parts(el, 'axis')[0]?.textContent ?? '';
    expect(axis).toMatch(/Feb|Mar/);
  },
};

const firstEvent = builtinDataset.events[0];
if (!firstEvent) throw new Error('the built-in dataset has no events');

/** `selected="<event id>"` opens that event's details, with its quote word for word from the article. */
export const SelectedEvent: Story = {
  args: { selected: firstEvent.id },
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    const details = await waitFor(() => {
      const found = visibleParts(el, 'details')[0];
      if (!found) throw new Error('no details panel');
      return found;
    });
    expect(details.textContent).toContain(firstEvent.title);
    const quotes = [...details.querySelectorAll('[part~="quote"]')].map((q) => q.textContent ?? '');
    // Whitespace may be laid out differently; the words must be the article's.
    const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(quotes.map(squash).join(' ')).toContain(squash(firstEvent.evidence[0].text));
  },
};

/**
 * Each lane label is a button: it opens the card of that side, with its actors, their standing
 * relations (alliance, arms supply, a naval base…) and their stance history, every item quoted.
 * Escape or × closes it. Ties between lanes are drawn by role: to a recipient (arrow), against a
 * target (arrow with a bar), about a party (dashed); those of the selected veto are drawn in full.
 */
export const SideCardAndTies: Story = {
  args: { start: '2012-01-20', end: '2012-02-20' },
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    const russia = visibleParts(el, 'lane-label').find((n) => n.getAttribute('data-lane') === 'russia') as HTMLButtonElement;
    russia.click();
    const card = await waitFor(() => {
      const found = visibleParts(el, 'side-card')[0];
      if (!found) throw new Error('no side card');
      return found;
    });
    const relations = builtinDataset.relations ?? [];
    expect(relations.length).toBeGreaterThan(0);
    for (const r of relations.filter((x) => x.from === 'russia')) expect(card.textContent).toContain(r.label);
    expect(russia.getAttribute('aria-expanded')).toBe('true');
    // Three kinds of tie are in the legend (the built-in data has acts to, against and about another side).
    expect(el.shadowRoot!.querySelectorAll('[part="legend"] li[data-tie]').length).toBe(3);
  },
};
