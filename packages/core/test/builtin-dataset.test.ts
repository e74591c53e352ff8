import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../src/dataset/index.js';
import { whenSpan } from '../src/dates/index.js';
import type { Id, When } from '../src/model/index.js';
import { parseDataset } from '../src/validate/index.js';
import { seedFile } from './support/seed-quotes.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const { lanes, actors, sources, events, stances } = builtinDataset;
const sourceTexts = Object.fromEntries(sources.map((s) => [s.id, readFileSync(path.join(root, seedFile(s)), 'utf8')]));
const sourceById = new Map(sources.map((s) => [s.id, s]));

/** Every date in the dataset, labelled with where it sits. */
const dates: [string, When][] = [
  ...sources.map((s): [string, When] => [`sources[id=${s.id}].dateline`, s.dateline]),
  ...events.map((e): [string, When] => [`events[id=${e.id}].when`, e.when]),
  ...stances.map((s): [string, When] => [`stances[id=${s.id}].when`, s.when]),
];
const resolved = dates.filter(([, w]) => w.basis === 'resolved');

/** Lane of an actor: its own, or inherited through partOf (the dataset's rule; acyclic per the validator). */
function laneOf(actorId: Id): Id | undefined {
  const actor = actors.find((a) => a.id === actorId);
  if (!actor) return undefined;
  return actor.lane ?? (actor.partOf === undefined ? undefined : laneOf(actor.partOf));
}

describe('builtinDataset', () => {
  it('passes parseDataset, including the check of every quote against its seed', () => {
    expect(parseDataset(builtinDataset, { sourceTexts })).toEqual(builtinDataset);
  });

  // That each resolved date equals resolveRelativeDate(phrase, dateline) is tested where the
  // resolution lives, with the authoring tools: packages/cli/src/builtin-resolved-dates.test.ts.
  it.each(resolved)('%s has an anchor that is a source of the dataset', (_where, when) => {
    expect(sourceById.get(when.anchor ?? ''), `anchor ${when.anchor}`).toBeDefined();
  });

  it.each(resolved)('%s has a phrase that occurs in its anchor\'s text', (_where, when) => {
    expect(sourceTexts[when.anchor ?? '']).toContain(when.phrase);
  });

  it('every inferred date says, in a note, what outside knowledge it used', () => {
    const missing = dates.filter(([, w]) => w.basis === 'inferred' && !(w.note ?? '').trim()).map(([where]) => where);
    expect(missing).toEqual([]);
  });

  it('every event with a resolved date quotes the source it was resolved against', () => {
    const unquoted = events
      .filter((e) => e.when.basis === 'resolved' && !e.evidence.some((ev) => ev.source === e.when.anchor))
      .map((e) => e.id);
    expect(unquoted).toEqual([]);
  });

  it('every date falls within 2011–2015, the span the dataset covers', () => {
    const [from, to] = [Date.UTC(2011, 0, 1), Date.UTC(2016, 0, 1) - 1];
    const outside = dates.filter(([, w]) => {
      const span = whenSpan(w);
      return span.start < from || span.end > to;
    });
    expect(outside.map(([where, w]) => `${where}: ${w.start}${w.end ? `/${w.end}` : ''}`)).toEqual([]);
  });

  it.each(lanes.map((l) => [l.id] as const))('lane %s has events in which one of its actors acts', (laneId) => {
    const acting = events.filter((e) => e.participants.some((p) => p.role === 'actor' && laneOf(p.actor) === laneId));
    expect(acting.length).toBeGreaterThan(0);
  });

  it.each(lanes.map((l) => [l.id] as const))('lane %s has stance observations', (laneId) => {
    expect(stances.filter((s) => laneOf(s.actor) === laneId).length).toBeGreaterThan(0);
  });

  it('every actor alias is a surface form that occurs in some seed', () => {
    // NO-BREAK SPACES are read as spaces: an alias is for people matching names, not for offsets.
    const corpus = Object.values(sourceTexts).join('\n').replace(/\u00a0/g, ' ');
    const absent = actors.flatMap((a) => (a.aliases ?? []).filter((alias) => !corpus.includes(alias)).map((alias) => `${a.id}: ${alias}`));
    expect(absent).toEqual([]);
  });

  it('every event and stance has at least one piece of evidence', () => {
    const bare = [...events, ...stances].filter((item) => item.evidence.length === 0).map((item) => item.id);
    expect(bare).toEqual([]);
  });

  it('no two events cite the same slice of text: one act told twice is one event', () => {
    const firstUse = new Map<string, Id>();
    const shared: string[] = [];
    for (const event of events) {
      for (const ev of new Set(event.evidence.map((e) => `${e.source}:${e.start}-${e.end}`))) {
        const other = firstUse.get(ev);
        if (other !== undefined && other !== event.id) shared.push(`${ev} in ${other} and ${event.id}`);
        firstUse.set(ev, other ?? event.id);
      }
    }
    expect(shared).toEqual([]);
  });

  it('every source dateline is a single day, stated or inferred (never resolved)', () => {
    for (const source of sources) {
      expect(whenSpan(source.dateline).precision, source.id).toBe('day');
      expect(['stated', 'inferred'], source.id).toContain(source.dateline.basis);
    }
  });
});
