import { describe, expect, it } from 'vitest';
import type { Dataset, Stance } from '../model/index.js';
import { smallDataset } from '../../test/layouts/small-dataset.js';
import { stancePeriods } from './stance-periods.js';

const ev = (): Stance['evidence'] => [{ source: 'src', start: 0, end: 4, text: 'test' }];
const stance = (id: string, actor: string, start: string, position: Stance['position'], extra: Partial<Stance> = {}): Stance => ({
  id, actor, issue: 'assad-steps-down', position, when: { start, basis: 'stated' }, basis: 'stated', evidence: ev(), ...extra,
});
const withStances = (stances: Stance[]): Dataset => ({ ...smallDataset(), stances });

describe('stancePeriods', () => {
  it('merges consecutive observations with the same position; the next differing one ends the period', () => {
    const periods = stancePeriods(withStances([
      stance('c', 'russia', '2013-09-14', 'neutral'),
      stance('a', 'russia', '2012-02-04', 'opposes'),
      stance('b', 'russia', '2012-06-30', 'opposes'),
    ]));
    expect(periods).toEqual([
      { actor: 'russia', lane: 'russia', issue: 'assad-steps-down', position: 'opposes', from: Date.UTC(2012, 1, 4),
        lastEvidence: Date.UTC(2012, 5, 30), until: Date.UTC(2013, 8, 14), observations: ['a', 'b'] },
      { actor: 'russia', lane: 'russia', issue: 'assad-steps-down', position: 'neutral', from: Date.UTC(2013, 8, 14),
        lastEvidence: Date.UTC(2013, 8, 14), until: null, observations: ['c'] },
    ]);
  });

  it('never invents an end: the last period of every actor stays open unless the text ends it', () => {
    const periods = stancePeriods(smallDataset());
    const last = new Map(periods.map((p) => [`${p.actor}/${p.issue}`, p]));
    for (const p of last.values()) expect(p.until).toBeNull();
    for (const p of periods) if (p.until !== null) expect(p.until).toBeGreaterThanOrEqual(p.lastEvidence);
  });

  it('ends a period at the observation\u2019s own until, and starts a new one even for the same position', () => {
    const periods = stancePeriods(withStances([
      stance('a', 'usa', '2011-08-18', 'supports', { until: '2012-03' }),
      stance('b', 'usa', '2013-01-10', 'supports'),
    ]));
    expect(periods.map((p) => [p.observations, p.until])).toEqual([[['a'], Date.UTC(2012, 2, 1)], [['b'], null]]);
  });

  it('treats a different condition as a different stance', () => {
    const periods = stancePeriods(withStances([
      stance('a', 'snc', '2011-11-01', 'opposes'),
      stance('b', 'snc', '2012-01-01', 'opposes', { condition: 'until Assad steps down' }),
    ]));
    expect(periods).toHaveLength(2);
    expect(periods[1]).toMatchObject({ condition: 'until Assad steps down', from: Date.UTC(2012, 0, 1) });
    expect(periods[0]!.until).toBe(Date.UTC(2012, 0, 1));
  });

  it('keeps actors apart by default and merges a lane\u2019s actors with groupBy lane', () => {
    const data = withStances([
      stance('a', 'russia', '2012-02-04', 'opposes'),
      stance('b', 'lavrov', '2012-06-30', 'opposes'),
      stance('c', 'un', '2012-07-01', 'neutral'),
    ]);
    expect(stancePeriods(data).map((p) => p.observations)).toEqual([['a'], ['b'], ['c']]);
    expect(stancePeriods(data, { groupBy: 'lane' }).map((p) => [p.lane, p.observations])).toEqual([['russia', ['a', 'b']]]);
  });

  it('filters by issue, actor and lane', () => {
    const data = smallDataset();
    expect(stancePeriods(data, { issue: 'talks' }).map((p) => p.actor)).toEqual(['snc']);
    expect(stancePeriods(data, { actor: 'lavrov' }).map((p) => p.observations)).toEqual([['s-ru-2']]);
    expect(stancePeriods(data, { lane: 'west' }).map((p) => p.position)).toEqual(['supports']);
  });
});
