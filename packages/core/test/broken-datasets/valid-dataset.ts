import type { Dataset, Evidence } from '../../src/model/index.js';

/** A short made-up article standing in for a seed (offsets below are computed from it). */
export const SOURCE_TEXTS: Readonly<Record<string, string>> = {
  '002': 'MOSCOW (Reuters) - The outcome of any talks must not be predetermined, Sergei Lavrov said on Wednesday, ' +
    'a day after his meeting with Assad in Damascus on Tuesday. Russia, which supplies arms to Damascus, ' +
    'vetoed the draft backed by Western nations.',
  // A source known only by its URL has no file; a text given for it (a copy of the page) is checked too.
  'tass-web': 'Moscow, February 8 (TASS) - Russia vetoed the draft resolution on Syria, the foreign ministry said.',
};

function quote(source: string, text: string, speaker?: string): [Evidence] {
  const start = SOURCE_TEXTS[source]!.indexOf(text);
  if (start < 0) throw new Error(`fixture: ${JSON.stringify(text)} is not in source ${source}`);
  return [{ source, start, end: start + text.length, text, ...(speaker === undefined ? {} : { speaker }) }];
}

/** A small valid dataset, fresh on every call so each test can mutate its own copy. */
export function validDataset(): Dataset {
  return {
    version: 1,
    lanes: [
      { id: 'russia', label: 'Russia', order: 0, color: '#c0392b' },
      { id: 'assad', label: 'Assad government', order: 1, color: '#7f8c8d' },
      { id: 'west', label: 'The West', order: 2, color: '#2c6fbb' },
    ],
    actors: [
      { id: 'russia', name: 'Russia', kind: 'state', lane: 'russia' },
      { id: 'russia-mfa', name: 'Russian Foreign Ministry', kind: 'body', partOf: 'russia' },
      { id: 'lavrov', name: 'Sergei Lavrov', kind: 'person', partOf: 'russia-mfa', titles: [{ title: 'Foreign Minister', from: '2004' }] },
      { id: 'assad', name: 'Bashar al-Assad', kind: 'person', lane: 'assad' },
      { id: 'west', name: 'Western nations', kind: 'bloc', lane: 'west' },
    ],
    issues: [{ id: 'assad-steps-down', label: 'Assad should step down' }],
    sources: [{
      id: '002', file: 'seeds/002.txt', title: 'Results of Syria talks must not be predetermined: Russia',
      publisher: 'Reuters', publisherNote: 'printed in the dateline', byline: 'By A. Reporter', credits: 'Editing by B. Editor',
      url: 'https://example.org/002', dateline: { start: '2012-02-08', basis: 'stated' },
    }, {
      // Known only by its URL: its quotes have no offsets.
      id: 'tass-web', title: 'Russia vetoes draft resolution on Syria', publisher: 'TASS',
      url: 'https://example.org/tass/syria-veto', dateline: { start: '2012-02-08', basis: 'stated' },
    }],
    events: [
      {
        id: 'lavrov-meets-assad', type: 'meeting', title: 'Lavrov meets Assad in Damascus',
        when: { start: '2012-02-07', basis: 'resolved', phrase: 'on Tuesday', anchor: '002' },
        participants: [{ actor: 'lavrov', role: 'actor' }, { actor: 'assad', role: 'recipient' }],
        issues: ['assad-steps-down'],
        evidence: quote('002', 'his meeting with Assad in Damascus on Tuesday'),
        codes: { cameo: '042' },
      },
      {
        id: 'lavrov-talks-not-predetermined', type: 'statement', title: 'Lavrov: talks must not be predetermined',
        when: { start: '2012-02-08', basis: 'stated' },
        participants: [{ actor: 'lavrov', role: 'actor' }],
        evidence: quote('002', 'The outcome of any talks must not be predetermined', 'lavrov'),
      },
      {
        id: 'russia-vetoes-draft', type: 'veto', title: 'Russia vetoes the Western draft',
        when: { start: '2012-02-08', basis: 'article', anchor: '002', outsideNote: 'other agencies dated the vote a day earlier' },
        participants: [{ actor: 'russia', role: 'actor' }, { actor: 'west', role: 'target' }, { actor: 'assad', role: 'object' }],
        evidence: [...quote('002', 'vetoed the draft backed by Western nations'), { source: 'tass-web', text: 'Russia vetoed the draft resolution' }],
      },
    ],
    stances: [{
      id: 'russia-against-preconditions', actor: 'russia', issue: 'assad-steps-down', position: 'opposes',
      when: { start: '2012-02-08', basis: 'stated' }, basis: 'stated',
      evidence: quote('002', 'The outcome of any talks must not be predetermined', 'lavrov'),
    }],
    relations: [{
      id: 'russia-arms-assad', kind: 'arms-supply', from: 'russia', to: 'assad', label: 'Russia supplies arms to Damascus',
      end: '2012-02-08', basis: 'stated', evidence: quote('002', 'Russia, which supplies arms to Damascus'),
    }],
  };
}
