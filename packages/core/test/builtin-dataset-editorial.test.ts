import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../src/dataset/index.js';
import { describeBasis } from '../src/dates/describe-basis.js';
import type { Evidence, Id, When } from '../src/model/index.js';
import { laneOfActor, lanesOfEvent } from '../src/query/index.js';
import { seedFile } from './support/seed-quotes.js';

// The editorial rules of docs/EDITORIAL.md that a reader would notice when they are broken: a date that reads firmer
// than it is, an act drawn in the lane of a side that did not do it, an actor no item mentions, a quote that is not
// the article's.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const { actors, sources, events, stances, issues } = builtinDataset;
const relations = builtinDataset.relations ?? [];
const sourceTexts = new Map(sources.map((s) => [s.id, readFileSync(path.join(root, seedFile(s)), 'utf8')]));
const sourceById = new Map(sources.map((s) => [s.id, s]));
const lanes = laneOfActor(builtinDataset);

const dates: [string, When][] = [
  ...sources.map((s): [string, When] => [`sources[id=${s.id}].dateline`, s.dateline]),
  ...events.map((e): [string, When] => [`events[id=${e.id}].when`, e.when]),
  ...stances.map((s): [string, When] => [`stances[id=${s.id}].when`, s.when]),
];
const anchored = dates.filter(([, w]) => w.basis === 'resolved' || w.basis === 'article');
const onInferredDateline = anchored.filter(([, w]) => sourceById.get(w.anchor ?? '')?.dateline.basis === 'inferred');
const onStatedDateline = anchored.filter(([, w]) => sourceById.get(w.anchor ?? '')?.dateline.basis === 'stated');

const quotes: [string, Evidence][] = [
  ...events.flatMap((e) => e.evidence.map((ev, i): [string, Evidence] => [`events[id=${e.id}].evidence[${i}]`, ev])),
  ...stances.flatMap((s) => s.evidence.map((ev, i): [string, Evidence] => [`stances[id=${s.id}].evidence[${i}]`, ev])),
  ...relations.flatMap((r) => r.evidence.map((ev, i): [string, Evidence] => [`relations[id=${r.id}].evidence[${i}]`, ev])),
];

describe('the built-in dataset: date bases never overstate', () => {
  it('has dates resolved against, or dated by, an article whose own date is inferred (000 and 001)', () => {
    // Guards the next test against passing on an empty list.
    expect(onInferredDateline.length).toBeGreaterThan(10);
    expect(onStatedDateline.length).toBeGreaterThan(10);
  });

  it.each(onInferredDateline)('%s is described as resting on an inferred date', (_where, when) => {
    // Without the note: the words must come from the basis and the sources, not from a curator's remark.
    const { note: _note, ...bare } = when;
    expect(describeBasis(bare, { sources })).toMatch(/inferred/);
  });

  it.each(onStatedDateline)('%s is not described as inferred when its article is dated in print', (_where, when) => {
    const { note: _note, ...bare } = when;
    expect(describeBasis(bare, { sources })).not.toMatch(/inferred/);
  });

  it('no date is "stated" while its note says the text does not date it', () => {
    const undated = /not dated|undated|no date|does not date/i;
    const wrong = dates.filter(([, w]) => w.basis === 'stated' && undated.test(w.note ?? '')).map(([where]) => where);
    expect(wrong).toEqual([]);
  });

  it('every date "stated" in the text is the printed dateline of a source', () => {
    // Nothing in the five articles is dated with a full printed date except their datelines; a "stated" event or
    // stance is therefore a date taken from somewhere the sentence does not say.
    const stated = dates.filter(([where, w]) => w.basis === 'stated' && !where.startsWith('sources')).map(([where]) => where);
    expect(stated).toEqual([]);
  });

  it.each(dates.filter(([, w]) => w.basis === 'article'))('%s, dated by its article, has that article\'s date and quotes it', (where, when) => {
    const source = sourceById.get(when.anchor ?? '');
    expect(source, `anchor ${when.anchor}`).toBeDefined();
    expect(when.start).toBe(source!.dateline.start);
    expect(when.end).toBeUndefined();
    const item = [...events, ...stances].find((i) => where.includes(`[id=${i.id}]`))!;
    expect(item.evidence.some((ev) => ev.source === when.anchor)).toBe(true);
  });
});

describe('the built-in dataset: every event is drawn where it belongs', () => {
  it.each(events.map((e) => [e.id, e] as const))('%s is drawn in the lane of one of its actors, or only in the context row', (_id, event) => {
    const eventLanes = lanesOfEvent(event, lanes);
    const actorLanes = event.participants.filter((p) => p.role === 'actor').map((p) => lanes.get(p.actor));
    if (actorLanes.every((lane) => lane === undefined)) {
      // Done by the UN, the Arab League, the OPCW…: the context row, never the lane of the side it addresses or is
      // about (where it would read as that side's act).
      expect(eventLanes).toEqual([]);
    } else {
      expect(actorLanes).toContain(eventLanes[0]);
    }
  });

  it('every veto, criticism and accusation names whom it is directed against (a participant with role "target")', () => {
    const untargeted = events
      .filter((e) => ['veto', 'criticism', 'accusation'].includes(e.type) && !e.participants.some((p) => p.role === 'target'))
      .map((e) => e.id);
    expect(untargeted).toEqual([]);
  });

  it('the veto is directed against the draft\'s Western and Arab sponsors, not against Assad', () => {
    const veto = events.find((e) => e.type === 'veto' && e.when.start === '2012-02-04')!;
    const role = (actor: Id) => veto.participants.find((p) => p.actor === actor)?.role;
    expect([role('russia'), role('china')]).toEqual(['actor', 'actor']);
    expect([role('west'), role('arab-nations')]).toEqual(['target', 'target']);
    expect(role('assad')).not.toBe('target');
  });
});

describe('the built-in dataset: actors, speakers and quotes', () => {
  it('no actor is left unreferenced: each takes part in an event, holds a stance, has a relation or speaks a quote (or contains one that does)', () => {
    const used = new Set<Id>([
      ...events.flatMap((e) => e.participants.map((p) => p.actor)),
      ...stances.map((s) => s.actor),
      ...relations.flatMap((r) => [r.from, r.to]),
      ...quotes.flatMap(([, ev]) => (ev.speaker === undefined ? [] : [ev.speaker])),
    ]);
    const parentOf = new Map(actors.map((a) => [a.id, a.partOf]));
    for (const id of [...used]) for (let p = parentOf.get(id); p !== undefined; p = parentOf.get(p)) used.add(p);
    expect(actors.map((a) => a.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it.each(quotes)('%s is the exact slice of its seed, and its speaker a known actor', (_where, ev) => {
    const text = sourceTexts.get(ev.source);
    expect(text, `source ${ev.source}`).toBeDefined();
    expect(text!.slice(ev.start, ev.end)).toBe(ev.text);
    if (ev.speaker !== undefined) expect(actors.map((a) => a.id)).toContain(ev.speaker);
  });

  it('a stance whose every quote is in the words of another side is not "stated" (it is relayed: "reported")', () => {
    const relayed = stances.filter((s) => s.evidence.every((ev) => ev.speaker !== undefined && lanes.get(ev.speaker) !== lanes.get(s.actor)));
    expect(relayed.filter((s) => s.basis === 'stated').map((s) => s.id)).toEqual([]);
  });

  it('a stance known only from a readout of a conversation (the Kremlin\'s, the Élysée\'s) is never "stated"', () => {
    // A readout is one side's account of what was said: 'reported' (or 'inferred', when read from its wording).
    const readouts = stances.filter((s) => s.evidence.every((ev) => ev.speaker === 'kremlin' || ev.speaker === 'elysee'));
    expect(readouts.length).toBeGreaterThan(0);
    expect(readouts.filter((s) => s.basis === 'stated').map((s) => s.id)).toEqual([]);
  });

  it('no alias is the head of another actor\'s hyphenated name ("US" of "US-led coalition")', () => {
    // An alias is for matching the articles to actors: one that also matches the start of another actor's name
    // ("US-led coalition", drawn elsewhere) points a reader at the wrong actor.
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const clashes = actors.flatMap((a) => (a.aliases ?? []).flatMap((alias) => actors
      .filter((b) => b.id !== a.id && [b.name, ...(b.aliases ?? [])].some((other) => new RegExp(`(^|\\W)${escape(alias)}-\\p{L}`, 'u').test(other)))
      .map((b) => `${a.id} "${alias}" / ${b.id}`)));
    expect(clashes).toEqual([]);
  });
});

describe('the built-in dataset: issues and sources', () => {
  it.each(issues.map((i) => [i.id] as const))('issue %s has observations from at least one side', (issueId) => {
    expect(stances.filter((s) => s.issue === issueId && lanes.get(s.actor) !== undefined).length).toBeGreaterThan(0);
  });

  it.each(sources.map((s) => [s.id, s] as const))('source %s says why when its publisher is not printed in the text', (id, source) => {
    const text = sourceTexts.get(id)!;
    if (source.publisher !== undefined && !text.includes(source.publisher)) expect(source.publisherNote?.trim()).toBeTruthy();
  });

  it.each(sources.map((s) => [s.id, s] as const))('source %s records byline and credits as printed, word for word', (id, source) => {
    const text = sourceTexts.get(id)!.replace(/\u00a0/g, ' ');
    for (const printed of [source.byline, source.credits]) if (printed !== undefined) expect(text).toContain(printed);
  });
});
