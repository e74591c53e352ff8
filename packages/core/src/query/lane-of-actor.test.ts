import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/index.js';
import { smallDataset } from '../../test/layouts/small-dataset.js';
import { laneOfActor } from './lane-of-actor.js';
import { lanesOfEvent } from './lanes-of-event.js';

const lanes = [{ id: 'russia', label: 'Russia', order: 0, color: '#000' }, { id: 'west', label: 'West', order: 1, color: '#000' }];

describe('laneOfActor', () => {
  it('gives an actor its own lane, or the lane inherited through partOf', () => {
    const map = laneOfActor(smallDataset());
    expect(map.get('russia')).toBe('russia');
    expect(map.get('russia-mfa')).toBe('russia');
    expect(map.get('lavrov')).toBe('russia');
    expect(map.get('snc')).toBe('opposition');
  });

  it('gives a counterpart with no lane anywhere up its partOf chain undefined', () => {
    const map = laneOfActor(smallDataset());
    expect(map.has('un')).toBe(true);
    expect(map.get('un')).toBeUndefined();
  });

  it('stops on a partOf cycle instead of looping, and ignores a lane id that is not a lane', () => {
    const actors: Actor[] = [
      { id: 'a', name: 'A', kind: 'body', partOf: 'b' },
      { id: 'b', name: 'B', kind: 'body', partOf: 'a' },
      { id: 'c', name: 'C', kind: 'body', partOf: 'a' },
      { id: 'd', name: 'D', kind: 'state', lane: 'nowhere' },
      { id: 'e', name: 'E', kind: 'person', partOf: 'missing' },
    ];
    const map = laneOfActor({ actors, lanes });
    expect([...map.entries()]).toEqual([['a', undefined], ['b', undefined], ['c', undefined], ['d', undefined], ['e', undefined]]);
  });

  it('lets a nearer ancestor lane win over a further one', () => {
    const actors: Actor[] = [
      { id: 'bloc', name: 'Bloc', kind: 'bloc', lane: 'west' },
      { id: 'member', name: 'Member', kind: 'state', partOf: 'bloc', lane: 'russia' },
      { id: 'minister', name: 'Minister', kind: 'person', partOf: 'member' },
    ];
    expect(laneOfActor({ actors, lanes }).get('minister')).toBe('russia');
  });
});

describe('lanesOfEvent', () => {
  const map = laneOfActor(smallDataset());

  it('lists the actors\u2019 lanes first, then recipients\u2019 and objects\u2019, each once', () => {
    const lanesOf = lanesOfEvent({
      participants: [
        { actor: 'syria', role: 'recipient' },
        { actor: 'lavrov', role: 'actor' },
        { actor: 'russia', role: 'actor' },
        { actor: 'snc', role: 'object' },
        { actor: 'syria', role: 'object' },
      ],
    }, map);
    expect(lanesOf).toEqual(['russia', 'assad', 'opposition']);
  });

  it('adds no lane for a participant that is only a counterpart', () => {
    expect(lanesOfEvent({ participants: [{ actor: 'un', role: 'actor' }] }, map)).toEqual([]);
  });
});
