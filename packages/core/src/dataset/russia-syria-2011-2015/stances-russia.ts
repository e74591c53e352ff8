import type { Stance } from '../../model/index.js';

const ANCHOR_000_INFERRED = 'The anchor\'s dateline is itself inferred (see source 000).';
const ANCHOR_001_INFERRED = 'The anchor\'s dateline is itself inferred (see source 001).';

/** Russia's positions as the seeds state or report them. Conventions: see stances.ts. */
export const russiaStances: Stance[] = [
  {
    id: 'russia-unsc-pressure-2012-01-27', actor: 'russia', issue: 'un-security-council-pressure', position: 'opposes',
    when: {
      start: '2012-01-27', basis: 'resolved', phrase: 'on Friday', anchor: '003',
      note: 'The sentence dates the European and Arab push "on Friday" and adds "but Russia said …"; the Friday is read ' +
        'as dating Russia\'s answer too.',
    },
    basis: 'stated',
    evidence: [{ source: '003', start: 2621, end: 2683, text: 'Russia said their proposed resolution crossed its "red lines."' }],
  },
  {
    id: 'russia-talks-2012-01-30', actor: 'russia', issue: 'talks-without-preconditions', position: 'supports',
    when: {
      start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003',
      note: 'The day of Russia\'s statement. The offer itself came earlier ("had suggested") and is not dated in the text.',
    },
    basis: 'stated',
    evidence: [{ source: '003', start: 364, end: 501, text: `had suggested to both Assad's regime and the opposition that they should meet in Moscow for "informal contacts" without any preconditions` }],
  },
  {
    id: 'russia-foreign-intervention-2012-01-30', actor: 'russia', issue: 'foreign-intervention', position: 'opposes',
    when: {
      start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003',
      note: 'Russia\'s account of the offer it made on Monday; this sentence is not separately dated.',
    },
    basis: 'stated',
    evidence: [{ source: '003', start: 2064, end: 2260, text: 'Russia said its offer to host talks was motivated by its desire to see an end to the crisis "through a peaceful mechanism worked out by the Syrians themselves, without international interference."' }],
  },
  {
    id: 'russia-unsc-pressure-2012-01-31', actor: 'russia', issue: 'un-security-council-pressure', position: 'opposes',
    when: { start: '2012-01-31', basis: 'article', anchor: '003', note: 'Not dated in the text: the date of the report (003\'s dateline).' },
    basis: 'reported',
    evidence: [
      { source: '003', start: 284, end: 362, text: 'Russia, which has resisted Western calls to back UN sanctions against Damascus' },
      { source: '003', start: 1671, end: 1759, text: "Moscow's refusal to support a UN Security Council resolution condemning the Assad regime" },
    ],
  },
  {
    id: 'russia-unsc-pressure-2012-02-04', actor: 'russia', issue: 'un-security-council-pressure', position: 'opposes',
    when: { start: '2012-02-04', basis: 'resolved', phrase: 'on Saturday', anchor: '002' }, basis: 'stated',
    evidence: [{ source: '002', start: 1192, end: 1269, text: 'it believed adopting it would have meant taking sides in a civil war in Syria' }],
  },
  {
    id: 'russia-assad-must-go-2012-02-08', actor: 'russia', issue: 'assad-must-go', position: 'opposes',
    when: { start: '2012-02-08', basis: 'resolved', phrase: 'said on Wednesday', anchor: '002' }, basis: 'reported',
    evidence: [
      { source: '002', start: 238, end: 342, text: "maintaining Moscow's opposition to Western and Arab pressure for President Bashar al-Assad to cede power" },
      { source: '002', start: 346, end: 465, text: "It is not really the international community's business to try to determine the outcome of national dialogue in advance", speaker: 'lavrov' },
    ],
  },
  {
    id: 'russia-talks-2012-02-08', actor: 'russia', issue: 'talks-without-preconditions', position: 'supports',
    when: {
      start: '2012-02-08', basis: 'resolved', phrase: 'on Wednesday', anchor: '002',
      note: 'Said at Lavrov\'s Wednesday news conference; these sentences are not separately dated.',
    },
    basis: 'stated',
    evidence: [
      { source: '002', start: 1025, end: 1117, text: 'We need to get the government and all opposition groups to sit down at the negotiating table', speaker: 'lavrov' },
      { source: '002', start: 939, end: 1022, text: "Moscow has accused Western nations of encouraging Assad's opponents to avoid talks." },
    ],
  },
  {
    id: 'russia-foreign-intervention-2012-02-08', actor: 'russia', issue: 'foreign-intervention', position: 'opposes',
    when: { start: '2012-02-08', basis: 'resolved', phrase: 'later on Wednesday', anchor: '002' }, basis: 'reported',
    evidence: [
      { source: '002', start: 1611, end: 1649, text: 'foreign interference was not an option' },
      { source: '002', start: 1768, end: 1815, text: 'to avoid "hasty unilateral moves" towards Syria' },
    ],
  },
  {
    id: 'russia-unsc-pressure-2012-02-08', actor: 'russia', issue: 'un-security-council-pressure', position: 'opposes',
    when: {
      start: '2012-02-08', basis: 'resolved', phrase: 'on Wednesday', anchor: '002',
      note: 'Said at Lavrov\'s Wednesday news conference; this sentence is not separately dated.',
    },
    basis: 'stated',
    evidence: [{ source: '002', start: 2200, end: 2352, text: 'the draft Security Council resolution backed by Western and Arab nations would have put too little pressure on armed opponents of Assad to stop violence' }],
  },
  {
    id: 'russia-talks-2012-03-01', actor: 'russia', issue: 'talks-without-preconditions', position: 'supports',
    when: { start: '2012-03-01', basis: 'resolved', phrase: 'late on Thursday', anchor: '000', note: ANCHOR_000_INFERRED },
    basis: 'stated',
    evidence: [
      { source: '000', start: 340, end: 484, text: 'We propose to demand from all parties in the armed conflict to immediately cease fire and sit down at the negotiating table to begin a dialogue.', speaker: 'putin' },
      { source: '000', start: 1116, end: 1329, text: 'The conflicting parties shall not be encouraged but compelled to sit down at the negotiating table, cease fire and switch to political procedures and reforms that are acceptable for all participants in the process', speaker: 'putin' },
    ],
  },
  {
    id: 'russia-foreign-intervention-2012-03-01', actor: 'russia', issue: 'foreign-intervention', position: 'opposes',
    when: { start: '2012-03-01', basis: 'resolved', phrase: 'late on Thursday', anchor: '000', note: ANCHOR_000_INFERRED },
    basis: 'stated',
    evidence: [
      { source: '000', start: 730, end: 899, text: 'our aim is not to help one of the parties, authorities or the opposition, but to ensure pan-Syrian reconciliation. We do not want a repetition of something like in Libya', speaker: 'putin' },
      { source: '000', start: 1463, end: 1578, text: 'We want reconciliation and we call for your support as the problem cannot be resolved by siding only with one party', speaker: 'putin' },
    ],
  },
  {
    id: 'russia-unsc-pressure-2012-03-01', actor: 'russia', issue: 'un-security-council-pressure', position: 'opposes',
    when: { start: '2012-03-01', basis: 'resolved', phrase: 'late on Thursday', anchor: '000', note: ANCHOR_000_INFERRED },
    basis: 'stated',
    evidence: [
      { source: '000', start: 1594, end: 1656, text: 'He criticized as unbalanced the UN Security Council resolution' },
      { source: '000', start: 1804, end: 1908, text: 'But it is necessary to write that opposition should also withdraw its forces. Is it a balanced approach?', speaker: 'putin' },
    ],
  },
  {
    // Putin will not predict whether Assad keeps office, but he calls it an internal problem and mocks the outside
    // demand that would follow the vetoed draft ("lie down into a coffin"): the same line as Lavrov's "not … the
    // international community's business" (002), so recorded as opposition to the demand, read from his words
    // (basis 'inferred'), not as neutrality — a neutral point here would draw a shift the text does not report.
    id: 'russia-assad-must-go-2012-03-01', actor: 'russia', issue: 'assad-must-go', position: 'opposes',
    when: { start: '2012-03-01', basis: 'resolved', phrase: 'late on Thursday', anchor: '000', note: ANCHOR_000_INFERRED },
    basis: 'inferred',
    evidence: [
      { source: '000', start: 1909, end: 2024, text: 'And the next demand is likely to call on Assad to lie down into a coffin to get buried. He will never agree with it', speaker: 'putin' },
      { source: '000', start: 2096, end: 2127, text: 'It is a major internal problem.', speaker: 'putin' },
    ],
  },
  {
    id: 'russia-chemical-weapons-2013-09', actor: 'russia', issue: 'chemical-weapons-disarmament', position: 'supports',
    when: { start: '2013-09', basis: 'resolved', phrase: 'In September', anchor: '004' }, basis: 'reported',
    evidence: [{ source: '004', start: 1970, end: 2025, text: 'a Russian proposal for Syria to destroy its banned arms' }],
  },
  {
    id: 'russia-talks-2013-11-14', actor: 'russia', issue: 'talks-without-preconditions', position: 'supports',
    when: { start: '2013-11-14', basis: 'resolved', phrase: 'on Thursday', anchor: '004' }, basis: 'stated',
    evidence: [
      { source: '004', start: 896, end: 1005, text: 'Putin underscored the efforts by Russia and its partners to prepare for the Geneva-2 international conference', speaker: 'kremlin' },
      { source: '004', start: 1181, end: 1273, text: 'the main opposition groups will show a constructive approach and take part in the conference', speaker: 'kremlin' },
    ],
  },
  {
    id: 'russia-chemical-weapons-2013-11-14', actor: 'russia', issue: 'chemical-weapons-disarmament', position: 'supports',
    when: {
      start: '2013-11-14', basis: 'resolved', phrase: 'on Thursday', anchor: '004',
      note: 'Part of Thursday\'s phone call, as the Kremlin statement reports it.',
    },
    basis: 'reported',
    evidence: [{ source: '004', start: 1821, end: 1936, text: 'Putin praised Syria’s cooperation with international weapons inspectors to destroy its chemical armaments stockpile' }],
  },
  {
    id: 'russia-assad-must-go-2015-09-04', actor: 'russia', issue: 'assad-must-go', position: 'opposes',
    when: {
      start: '2015-09-04', basis: 'inferred',
      note: 'Not dated in the text: the date of the report, itself inferred (see source 001).',
    },
    basis: 'reported',
    evidence: [{ source: '001', start: 1252, end: 1380, text: 'Russia has been a close ally of the Syrian government since the Soviet era and has staunchly opposed foreign calls to oust Assad' }],
  },
  {
    id: 'russia-talks-2015-09-04', actor: 'russia', issue: 'talks-without-preconditions', position: 'supports',
    when: { start: '2015-09-04', basis: 'resolved', phrase: 'on Friday', anchor: '001', note: ANCHOR_001_INFERRED },
    basis: 'stated',
    evidence: [{ source: '001', start: 1105, end: 1158, text: 'we are ready to promote this internal Syrian dialogue', speaker: 'putin' }],
  },
  {
    id: 'russia-foreign-intervention-2015-09-04', actor: 'russia', issue: 'foreign-intervention', position: 'opposes',
    when: { start: '2015-09-04', basis: 'resolved', phrase: 'on Friday', anchor: '001', note: ANCHOR_001_INFERRED },
    basis: 'stated',
    evidence: [{ source: '001', start: 1011, end: 1099, text: 'This is primarily an issue of Syria’s internal development. We are\u00a0not imposing anything', speaker: 'putin' }],
  },
];
