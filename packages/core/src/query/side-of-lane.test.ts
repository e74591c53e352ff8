import { describe, expect, it } from 'vitest';
import { validDataset } from '../../test/broken-datasets/valid-dataset.js';
import { sideOfLane } from './side-of-lane.js';

describe('sideOfLane(dataset, laneId)', () => {
  it("gives the lane's actors (through partOf), the relations they are part of, and their stances by date", () => {
    const data = validDataset();
    data.stances.push({ ...data.stances[0]!, id: 'russia-earlier', when: { start: '2012-01-02', basis: 'stated' } });
    const russia = sideOfLane(data, 'russia');
    expect(russia.actors.map((a) => a.id)).toEqual(['russia', 'russia-mfa', 'lavrov']);
    expect(russia.relations.map((r) => r.id)).toEqual(['russia-arms-assad']);
    expect(russia.stances.map((s) => s.id)).toEqual(['russia-earlier', 'russia-against-preconditions']);
    // The other end of a relation sees it too; a side with none has none.
    expect(sideOfLane(data, 'assad').relations.map((r) => r.id)).toEqual(['russia-arms-assad']);
    expect(sideOfLane(data, 'west')).toMatchObject({ relations: [], stances: [] });
  });

  it('orders relations by start, open starts first', () => {
    const data = validDataset();
    const base = data.relations![0]!;
    data.relations = [{ ...base, id: 'late', start: '2012-02' }, { ...base, id: 'open' }, { ...base, id: 'early', start: '2011', end: '2012' }];
    expect(sideOfLane(data, 'russia').relations.map((r) => r.id)).toEqual(['open', 'early', 'late']);
  });

  it("gives the actors with no lane for the context row 'others', and nothing for an unknown lane", () => {
    const data = validDataset();
    data.actors.push({ id: 'un', name: 'United Nations', kind: 'igo' });
    expect(sideOfLane(data, 'others').actors.map((a) => a.id)).toEqual(['un']);
    expect(sideOfLane(data, 'nowhere')).toEqual({ actors: [], relations: [], stances: [] });
  });
});
