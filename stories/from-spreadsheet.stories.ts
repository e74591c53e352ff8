import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import fromSpreadsheet from './fixtures/from-spreadsheet.json' with { type: 'json' };
import { componentDocs } from './support/component-docs.js';
import { renderTimeline, timelineArgTypes, type TimelineArgs } from './support/timeline-args.js';
import { errorText, findTimeline, laneLabels, parts, waitForMarks } from './support/timeline-queries.js';

/**
 * A timeline made from a spreadsheet with the `syria-timeline` command line: the sample tables in
 * packages/cli/templates/sample/ (a FICTIONAL story), imported with
 * `syria-timeline import events.csv actors.csv lanes.csv sources.csv issues.csv -o from-spreadsheet.json`.
 * The cli tests check that stories/fixtures/from-spreadsheet.json is exactly what that command writes.
 */
const meta = {
  title: 'syria-timeline/From a spreadsheet',
  component: 'syria-timeline',
  tags: ['autodocs'],
  parameters: {
    docs: componentDocs(
      'A timeline made from a spreadsheet: one row per event in `events.csv` (title, date, who acted, the source and the ' +
        'words of it that back the event), with `actors.csv`, `lanes.csv` and `sources.csv` beside it. The command line finds ' +
        'each quote in the source text, so nobody counts character offsets, and names the row and column of every problem. ' +
        'The tables of this story are in `packages/cli/templates/sample/`; empty ones with their headers in `packages/cli/templates/`.',
      `# events.csv (one row per event; the other columns are optional)
# id,type,title,date,basis,phrase,actors,recipients,source,quote
# agree-to-meet,agreement,Northland and Southland agree to meet,2014-04-29,resolved,on Tuesday,northland; southland,,wire-1,Northland and Southland agreed on Tuesday to meet in Harbour City next week

npx @syria-timeline/cli import events.csv actors.csv lanes.csv sources.csv issues.csv -o timeline.json
npx @syria-timeline/cli validate timeline.json

<syria-timeline src="timeline.json"></syria-timeline>`,
      'sh',
    ),
  },
  argTypes: timelineArgTypes,
  render: (args) => renderTimeline(args, fromSpreadsheet),
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/** The imported dataset, drawn: the spreadsheet's three lanes, its events, and each quote as the source prints it. */
export const Imported: Story = {
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    expect(errorText(el)).toBeNull();
    await waitForMarks(el);
    expect(laneLabels(el)).toEqual(expect.arrayContaining(['Northland', 'Southland', 'Mediators']));
    // Selecting an event shows the quote the import found, in the source's own characters.
    await el.focusEvent('envoy-talks-without-conditions');
    const quote = await waitFor(() => {
      const found = parts(el, 'quote')[0];
      if (!found) throw new Error('no quote shown');
      return found;
    });
    expect(quote.textContent).toContain('We are ready to talk without conditions');
  },
};
