/**
 * A small hand-made dataset for layout tests and snapshots: four lanes, a counterpart without a
 * lane, a crowded week in Russia's lane, a range that starts before a February 2012 window, month-
 * and year-precision dates, a background event, ties of the three kinds (to a recipient, against a
 * target, about an object), an event with no participant in a lane (drawn in the context row
 * 'others'), and stance observations that change.
 * The texts are placeholders, not quotes from the seeds.
 */
import type { Dataset, Evidence, TimelineEvent } from '../../src/model/index.js';

const evidence = (): [Evidence] => [{ source: 'src', start: 0, end: 4, text: 'test' }];

const event = (
  id: string,
  start: string,
  actors: string[],
  others: string[] = [],
  extra: Partial<TimelineEvent> = {},
): TimelineEvent => ({
  id,
  type: 'statement',
  title: `Event ${id}`,
  when: { start, basis: 'stated' },
  participants: [
    ...actors.map((actor) => ({ actor, role: 'actor' as const })),
    ...others.map((actor) => ({ actor, role: 'recipient' as const })),
  ],
  evidence: evidence(),
  ...extra,
});

export function smallDataset(): Dataset {
  return {
    version: 1,
    lanes: [
      { id: 'west', label: 'The West', order: 3, color: '#1f5fbf' },
      { id: 'russia', label: 'Russia', order: 0, color: '#c0392b' },
      { id: 'assad', label: 'Assad', order: 1, color: '#2e7d32' },
      { id: 'opposition', label: 'Opposition', order: 2, color: '#a0620a' },
    ],
    actors: [
      { id: 'russia', name: 'Russia', kind: 'state', lane: 'russia' },
      { id: 'russia-mfa', name: 'Russian Foreign Ministry', kind: 'body', partOf: 'russia' },
      { id: 'lavrov', name: 'Sergei Lavrov', kind: 'person', partOf: 'russia-mfa' },
      { id: 'syria', name: 'Syrian government', kind: 'state', lane: 'assad' },
      { id: 'snc', name: 'Syrian National Council', kind: 'group', lane: 'opposition' },
      { id: 'usa', name: 'United States', kind: 'state', lane: 'west' },
      { id: 'un', name: 'United Nations', kind: 'igo' },
    ],
    issues: [
      { id: 'assad-steps-down', label: 'Assad should step down' },
      { id: 'talks', label: 'Talks without preconditions' },
    ],
    sources: [{ id: 'src', file: 'seeds/test.txt', title: 'Test source', dateline: { start: '2012-02-10', basis: 'stated' } }],
    events: [
      event('lavrov-meets-assad', '2012-02-07', ['lavrov'], ['syria'], { type: 'meeting' }),
      event('veto-1', '2012-02-04', ['russia'], ['un'], { type: 'veto' }),
      event('crowd-1', '2012-02-08', ['russia']),
      event('crowd-2', '2012-02-08', ['russia-mfa']),
      event('crowd-3', '2012-02-08', ['lavrov']),
      event('crowd-4', '2012-02-09', ['russia']),
      event('crowd-5', '2012-02-09', ['russia']),
      event('west-sanctions', '2011-12-01', ['usa'], ['syria'], {
        type: 'sanction', when: { start: '2011-12-01', end: '2012-03-31', basis: 'stated' },
      }),
      event('snc-founded', '2011-10', ['snc'], [], { type: 'other' }),
      event('us-year', '2013~', ['usa'], [], { type: 'criticism' }),
      event('casualties', '2012-03', ['snc'], [], { background: true }),
      event('geneva', '2014-01-22', ['un', 'russia'], ['snc', 'syria'], {
        type: 'meeting', when: { start: '2014-01-22', basis: 'resolved', phrase: 'on Wednesday', anchor: 'src' },
      }),
      event('un-only', '2012-05-01', ['un']),
      event('ru-criticises-west-draft', '2012-02-05', ['russia'], [], {
        type: 'criticism',
        participants: [{ actor: 'russia', role: 'actor' }, { actor: 'usa', role: 'target' }, { actor: 'syria', role: 'object' }],
      }),
    ],
    stances: [
      { id: 's-ru-1', actor: 'russia', issue: 'assad-steps-down', position: 'opposes', when: { start: '2012-02-04', basis: 'stated' }, basis: 'stated', evidence: evidence() },
      { id: 's-ru-2', actor: 'lavrov', issue: 'assad-steps-down', position: 'opposes', when: { start: '2012-06-30', basis: 'stated' }, basis: 'stated', evidence: evidence() },
      { id: 's-ru-3', actor: 'russia', issue: 'assad-steps-down', position: 'neutral', when: { start: '2013-09-14', basis: 'stated' }, basis: 'reported', evidence: evidence() },
      { id: 's-west-1', actor: 'usa', issue: 'assad-steps-down', position: 'supports', when: { start: '2011-08-18', basis: 'stated' }, basis: 'stated', evidence: evidence() },
      { id: 's-opp-1', actor: 'snc', issue: 'talks', position: 'opposes', condition: 'until Assad steps down', when: { start: '2011-11', basis: 'stated' }, basis: 'stated', evidence: evidence() },
    ],
  };
}
