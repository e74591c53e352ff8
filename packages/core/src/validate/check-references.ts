import type { DatasetIssue } from './dataset-error.js';
import { collection, idsOf, isRecord, locatedRecords } from './located-records.js';

const SPEAKER_KINDS = ['person', 'body', 'group'];

/**
 * Rule 1: every reference resolves (actor lane and partOf, participants, event issues, evidence
 * source and speaker, when.anchor, stance actor and issue), and a speaker is a person, body or group.
 */
export function checkReferences(input: unknown): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const lanes = idsOf(input, 'lanes');
  const actors = idsOf(input, 'actors');
  const issueIds = idsOf(input, 'issues');
  const sources = idsOf(input, 'sources');
  const actorKind = new Map(collection(input, 'actors').map(({ item }) => [item.id, item.kind]));

  const expectIn = (value: unknown, path: string, ids: Set<string>, what: string) => {
    if (typeof value === 'string' && !ids.has(value)) {
      issues.push({ path, value, expected: `the id of ${what} (${listIds(ids)})` });
    }
  };
  const checkWhen = (when: unknown, path: string) => {
    if (isRecord(when)) expectIn(when.anchor, `${path}.anchor`, sources, 'a source');
  };
  const checkEvidence = (evidence: unknown, path: string) => {
    for (const { path: p, item } of locatedRecords(evidence, path)) {
      expectIn(item.source, `${p}.source`, sources, 'a source');
      expectIn(item.speaker, `${p}.speaker`, actors, 'an actor');
      const kind = actorKind.get(item.speaker);
      if (typeof kind === 'string' && !SPEAKER_KINDS.includes(kind)) {
        issues.push({ path: `${p}.speaker`, value: item.speaker, expected: `a person, body or group (this actor is a ${kind}, which cannot speak)` });
      }
    }
  };

  for (const { path, item } of collection(input, 'actors')) {
    expectIn(item.lane, `${path}.lane`, lanes, 'a lane');
    expectIn(item.partOf, `${path}.partOf`, actors, 'an actor');
  }
  for (const { path, item } of collection(input, 'sources')) checkWhen(item.dateline, `${path}.dateline`);
  for (const { path, item } of collection(input, 'events')) {
    for (const { path: p, item: participant } of locatedRecords(item.participants, `${path}.participants`)) {
      expectIn(participant.actor, `${p}.actor`, actors, 'an actor');
    }
    if (Array.isArray(item.issues)) {
      item.issues.forEach((issue: unknown, i) => expectIn(issue, `${path}.issues[${i}]`, issueIds, 'an issue'));
    }
    checkWhen(item.when, `${path}.when`);
    checkEvidence(item.evidence, `${path}.evidence`);
  }
  for (const { path, item } of collection(input, 'stances')) {
    expectIn(item.actor, `${path}.actor`, actors, 'an actor');
    expectIn(item.issue, `${path}.issue`, issueIds, 'an issue');
    checkWhen(item.when, `${path}.when`);
    checkEvidence(item.evidence, `${path}.evidence`);
  }
  return issues;
}

const MAX_LISTED = 12;

/** "one of: a, b, c" (or the first dozen), so a typo can be spotted next to the right id. */
function listIds(ids: Set<string>): string {
  if (ids.size === 0) return 'there are none';
  const sorted = [...ids].sort();
  const shown = sorted.slice(0, MAX_LISTED).join(', ');
  return `one of: ${shown}${sorted.length > MAX_LISTED ? `, … (${sorted.length - MAX_LISTED} more)` : ''}`;
}
