import { describe, expect, it } from 'vitest';
import { validDataset } from '../../test/broken-datasets/valid-dataset.js';
import type { Actor } from '../model/index.js';
import { checkPartOfCycles } from './check-part-of-cycles.js';
import { DatasetError, type DatasetIssue } from './dataset-error.js';
import { parseDataset } from './parse-dataset.js';
import { isValidDataset } from './is-valid-dataset.js';

/** `count` actors in one partOf chain, leaf first: chain-0 → chain-1 → … → chain-{count-1} (in lane russia). */
function chain(count: number): Actor[] {
  const actors: Actor[] = [];
  for (let i = 0; i < count; i++) {
    actors.push(i === count - 1
      ? { id: `chain-${i}`, name: `Chain ${i}`, kind: 'body', lane: 'russia' }
      : { id: `chain-${i}`, name: `Chain ${i}`, kind: 'body', partOf: `chain-${i + 1}` });
  }
  return actors;
}

// 200,000 actors: a check that searched the current chain at each step made 2·10^10 steps
// (231 s through the element); linear checks make a few hundred thousand. The test timeout is the
// guard: generous for a busy machine, hopeless for a quadratic walk.
const N = 200_000;

describe('partOf checks on long chains', () => {
  it(`validate ${N.toLocaleString('en')} actors in one chain, leaf first, plus one error, in linear time`, () => {
    const d = validDataset();
    for (const actor of chain(N)) d.actors.push(actor);
    expect(isValidDataset(d)).toBe(true);
    d.events[0]!.title = '';
    expect(isValidDataset(d)).toBe(false);
    let error: unknown;
    try {
      parseDataset(d);
    } catch (e) {
      error = e;
    }
    expect((error as DatasetError).issues.map((i) => i.path)).toEqual(['events[0].title']);
  }, 60_000);

  it('report a long cycle once, with a short description', () => {
    const d = validDataset();
    const actors = chain(1_000);
    actors[999] = { ...actors[999]!, partOf: 'chain-0' };
    for (const actor of actors) d.actors.push(actor);
    expect(isValidDataset(d)).toBe(false);
    const issues: DatasetIssue[] = [];
    checkPartOfCycles(d, issues);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.expected).toContain('partOf makes a cycle: chain-0 → chain-1 → chain-2 → chain-3 → … (993 more) →');
    expect(issues[0]!.expected.length).toBeLessThan(300);
  });

  it('still name each short cycle in full, once', () => {
    const d = validDataset();
    d.actors[0]!.partOf = 'lavrov';
    d.actors.push({ id: 'self', name: 'Self', kind: 'body', partOf: 'self' });
    const issues: DatasetIssue[] = [];
    checkPartOfCycles(d, issues);
    expect(issues.map((i) => i.expected.replace(/.*cycle: /, ''))).toEqual([
      'russia → lavrov → russia-mfa → russia)',
      'self → self)',
    ]);
  });

  // (The hostile corpus has 100,000 repeats, under a time bound.)
  it(`name the first use of each of ${(20_000).toLocaleString('en')} repeated ids without a search per repeat`, () => {
    const d = validDataset();
    for (let i = 0; i < 20_000; i++) d.events.push({ ...d.events[1]!, id: 'lavrov-meets-assad' });
    let error: unknown;
    try {
      parseDataset(d);
    } catch (e) {
      error = e;
    }
    const issues = (error as DatasetError).issues.filter((i) => i.path.endsWith('.id'));
    expect(issues).toHaveLength(20_000);
    expect(issues[19_999]!.expected).toBe('an id not already used (by events[0])');
  }, 60_000);
});
