import type { IssueSink } from './issue-sink.js';
import { collection, idsOf, isRecord, listOf } from './located-records.js';
import { SPEAKER_KINDS } from './dataset-vocabulary.js';
import { datasetRule, type DatasetRule } from './dataset-rule.js';

const SPEAKERS: readonly string[] = SPEAKER_KINDS;

/**
 * Rule 1: every reference resolves (actor lane and partOf, participants, event issues, evidence
 * source and speaker, when.anchor, stance actor and issue, relation from and to), and a speaker is
 * a person, body or group.
 * Paths are built only for the references that fail (see `listOf`).
 */
export function checkReferences(input: unknown, issues: IssueSink): DatasetRule {
  const lanes = idsOf(input, 'lanes');
  const actors = idsOf(input, 'actors');
  const issueIds = idsOf(input, 'issues');
  const sources = idsOf(input, 'sources');
  const actorKind = new Map<unknown, unknown>();
  for (const item of collection(input, 'actors')) if (isRecord(item)) actorKind.set(item.id, item.kind);

  const dangling = (value: unknown, ids: Set<string>) => typeof value === 'string' && !ids.has(value);
  const report = (value: unknown, path: string, ids: Set<string>, what: string) => {
    issues.push({ path, value, expected: `the id of ${what} (${listIds(ids)})` });
  };
  const checkWhen = (when: unknown, name: string, i: number) => {
    if (isRecord(when) && dangling(when.anchor, sources)) report(when.anchor, `${name}[${i}].when.anchor`, sources, 'a source');
  };
  const checkEvidence = (evidence: unknown, name: string, i: number) => {
    const list = listOf(evidence);
    for (let j = 0; j < list.length; j++) {
      const item = list[j];
      if (!isRecord(item)) continue;
      if (dangling(item.source, sources)) report(item.source, `${name}[${i}].evidence[${j}].source`, sources, 'a source');
      if (dangling(item.speaker, actors)) report(item.speaker, `${name}[${i}].evidence[${j}].speaker`, actors, 'an actor');
      const kind = item.speaker === undefined ? undefined : actorKind.get(item.speaker);
      if (typeof kind === 'string' && !SPEAKERS.includes(kind)) {
        issues.push({ path: `${name}[${i}].evidence[${j}].speaker`, value: item.speaker, expected: `a person, body or group (this actor is a ${kind}, which cannot speak)` });
      }
    }
  };

  return datasetRule({
    actors(item, i) {
      if (dangling(item.lane, lanes)) report(item.lane, `actors[${i}].lane`, lanes, 'a lane');
      if (dangling(item.partOf, actors)) report(item.partOf, `actors[${i}].partOf`, actors, 'an actor');
    },
    sources(item, i) {
      if (isRecord(item.dateline) && dangling(item.dateline.anchor, sources)) {
        report(item.dateline.anchor, `sources[${i}].dateline.anchor`, sources, 'a source');
      }
    },
    events(item, i) {
      // The hottest visit (every event): its loops test inline rather than call `listOf` and `dangling`.
      const participants = item.participants;
      if (Array.isArray(participants)) {
        for (let j = 0; j < participants.length; j++) {
          const participant: unknown = participants[j];
          if (!isRecord(participant)) continue;
          const actor = participant.actor;
          if (typeof actor === 'string' && !actors.has(actor)) report(actor, `events[${i}].participants[${j}].actor`, actors, 'an actor');
        }
      }
      const eventIssues = item.issues;
      if (Array.isArray(eventIssues)) {
        for (let j = 0; j < eventIssues.length; j++) {
          const id: unknown = eventIssues[j];
          if (typeof id === 'string' && !issueIds.has(id)) report(id, `events[${i}].issues[${j}]`, issueIds, 'an issue');
        }
      }
      checkWhen(item.when, 'events', i);
      checkEvidence(item.evidence, 'events', i);
    },
    stances(item, i) {
      if (dangling(item.actor, actors)) report(item.actor, `stances[${i}].actor`, actors, 'an actor');
      if (dangling(item.issue, issueIds)) report(item.issue, `stances[${i}].issue`, issueIds, 'an issue');
      checkWhen(item.when, 'stances', i);
      checkEvidence(item.evidence, 'stances', i);
    },
    relations(item, i) {
      if (dangling(item.from, actors)) report(item.from, `relations[${i}].from`, actors, 'an actor');
      if (dangling(item.to, actors)) report(item.to, `relations[${i}].to`, actors, 'an actor');
      checkEvidence(item.evidence, 'relations', i);
    },
  });
}

const MAX_LISTED = 12;
/** The listing of each set, made once: 100,000 dangling references must not sort the ids 100,000 times. */
const listed = new WeakMap<Set<string>, string>();

/** "one of: a, b, c" (or the first dozen), so a typo can be spotted next to the right id. */
function listIds(ids: Set<string>): string {
  let text = listed.get(ids);
  if (text === undefined) listed.set(ids, (text = listIdsOnce(ids)));
  return text;
}

function listIdsOnce(ids: Set<string>): string {
  if (ids.size === 0) return 'there are none';
  const sorted = [...ids].sort();
  const shown = sorted.slice(0, MAX_LISTED).join(', ');
  return `one of: ${shown}${sorted.length > MAX_LISTED ? `, … (${sorted.length - MAX_LISTED} more)` : ''}`;
}
