import type { Relation } from '../../model/index.js';

/**
 * Standing relationships the seeds state, as opposed to dated acts (events) and positions (stances).
 * None of them has a start date in the seeds ("since the Soviet era", "cultivated under Assad's father"), so `start`
 * is absent: the relation began before what the sources cover. None is ended by a seed, so `end` is absent too.
 */
export const relations: Relation[] = [
  {
    id: 'russia-syria-alliance',
    kind: 'alliance',
    from: 'russia',
    to: 'syrian-government',
    label: 'Russia is a close ally of the Syrian government, since the Soviet era',
    basis: 'stated',
    evidence: [
      { source: '001', start: 1252, end: 1326, text: 'Russia has been a close ally of the Syrian government since the Soviet era' },
      { source: '003', start: 2262, end: 2414, text: "Moscow still maintains close ties with the secular regime in Damascus that were cultivated under Assad's father and strongman predecessor Hafez al-Assad" },
    ],
  },
  {
    id: 'russia-naval-base-in-syria',
    kind: 'military-base',
    from: 'syrian-government',
    to: 'russia',
    label: 'Russia has a naval base in Syria',
    basis: 'stated',
    note: 'Only 003 (January 2012) mentions the base; the later seeds say nothing of it either way.',
    evidence: [{ source: '003', start: 2262, end: 2483, text: "Moscow still maintains close ties with the secular regime in Damascus that were cultivated under Assad's father and strongman predecessor Hafez al-Assad and extend to having a naval base in the country and supplying arms." }],
  },
  {
    id: 'russia-arms-supplies-to-syria',
    kind: 'arms-supply',
    from: 'russia',
    to: 'syrian-government',
    label: 'Russia supplies arms to the Syrian government',
    basis: 'stated',
    note: 'Only 003 (January 2012) mentions the supplies; the later seeds say nothing of them either way.',
    evidence: [{ source: '003', start: 2262, end: 2483, text: "Moscow still maintains close ties with the secular regime in Damascus that were cultivated under Assad's father and strongman predecessor Hafez al-Assad and extend to having a naval base in the country and supplying arms." }],
  },
  {
    id: 'russia-diplomatic-backing-for-damascus',
    kind: 'diplomatic-backing',
    from: 'russia',
    to: 'syrian-government',
    label: 'Russia shields the Syrian government from outside pressure',
    basis: 'inferred',
    note: 'The seeds do not use the word "backing": it is read from what they state Russia does, resisting Western ' +
      'calls for UN sanctions against Damascus (003) and staunchly opposing foreign calls to oust Assad (001).',
    evidence: [
      { source: '003', start: 284, end: 362, text: 'Russia, which has resisted Western calls to back UN sanctions against Damascus' },
      { source: '001', start: 1331, end: 1426, text: 'has staunchly opposed foreign calls to oust Assad in the effort to restore peace to the country' },
    ],
  },
];
