import type { Stance } from '../../model/index.js';

const FRIDAY_003 = 'The sentence dates the European and Arab push "on Friday" and adds "but Russia said …"; the Friday is ' +
  'read as dating Russia\'s answer too.';
const MONDAY_003 = 'The lede dates Russia\'s statement "on Monday"; the sentences of it quoted here without a date ' +
  'are read as part of it.';
const WEDNESDAY_002 = 'Said at Lavrov\'s Wednesday news conference; this sentence is not separately dated.';
const SAME_MEETING_000 = 'Not separately dated; it continues the account of the meeting with foreign editors that 000 ' +
  'dates "late on Thursday".';
const READOUT_004 = 'Part of Thursday\'s phone call, as the Kremlin statement reports it.';

/** Russia's positions as the seeds state or report them. Conventions: see stances.ts. */
export const russiaStances: Stance[] = [
  // 003, January 2012
  {
    id: 'russia-unsc-pressure-2012-01-27', actor: 'russia', issue: 'un-security-council-pressure', position: 'opposes',
    when: { start: '2012-01-27', basis: 'resolved', phrase: 'on Friday', anchor: '003', note: FRIDAY_003 },
    basis: 'stated',
    evidence: [{ source: '003', start: 2621, end: 2683, text: 'Russia said their proposed resolution crossed its "red lines."' }],
  },
  {
    id: 'russia-talks-2012-01-30', actor: 'russia', issue: 'government-opposition-talks', position: 'supports',
    when: { start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003', note: MONDAY_003 },
    basis: 'stated',
    evidence: [
      { source: '003', start: 78, end: 187, text: 'Russia on Monday said the Syrian authorities were prepared to hold talks in Moscow to end escalating violence' },
      { source: '003', start: 1819, end: 1930, text: 'acutely necessary for the immediate cessation of all violence in Syria and preventing a bloody split in society', speaker: 'russia-mfa' },
    ],
  },
  {
    id: 'russia-no-preconditions-2012-01-30', actor: 'russia', issue: 'talks-without-preconditions', position: 'supports',
    when: {
      start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003',
      note: 'The day of Russia\'s statement. The offer itself came earlier ("had suggested") and is not dated in the text.',
    },
    basis: 'stated',
    evidence: [{ source: '003', start: 364, end: 501, text: `had suggested to both Assad's regime and the opposition that they should meet in Moscow for "informal contacts" without any preconditions` }],
  },
  {
    id: 'russia-outside-settlement-2012-01-30', actor: 'russia', issue: 'settlement-imposed-from-outside', position: 'opposes',
    when: { start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003', note: MONDAY_003 },
    basis: 'stated',
    evidence: [{ source: '003', start: 2064, end: 2260, text: 'Russia said its offer to host talks was motivated by its desire to see an end to the crisis "through a peaceful mechanism worked out by the Syrians themselves, without international interference."' }],
  },
  {
    id: 'russia-political-reform-2012-01-30', actor: 'russia', issue: 'political-reform', position: 'supports',
    when: { start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003', note: MONDAY_003 },
    basis: 'stated',
    evidence: [{ source: '003', start: 1934, end: 2062, text: 'They would also help ensure the "success for profound democratic changes in the country, in line with the hopes of all Syrians."' }],
  },
  {
    id: 'russia-unsc-pressure-2012-01-31', actor: 'russia', issue: 'un-security-council-pressure', position: 'opposes',
    when: { start: '2012-01-31', basis: 'article', anchor: '003' },
    basis: 'reported',
    evidence: [
      { source: '003', start: 284, end: 362, text: 'Russia, which has resisted Western calls to back UN sanctions against Damascus' },
      { source: '003', start: 1671, end: 1759, text: "Moscow's refusal to support a UN Security Council resolution condemning the Assad regime" },
    ],
  },
  {
    // A summary of repeated statements, none of them dated: 'reported', dated by the article.
    id: 'russia-both-sides-to-blame-2012-01-31', actor: 'russia', issue: 'both-sides-to-blame', position: 'supports',
    when: { start: '2012-01-31', basis: 'article', anchor: '003', note: '"Has repeatedly condemned … and said": not dated.' },
    basis: 'reported',
    evidence: [{ source: '003', start: 2685, end: 2869, text: 'Russia has repeatedly condemned the West for what it says is a one-sided approach on Syria and said that both the opposition and the Assad regime are equally to blame for the violence.' }],
  },

  // 002, February 2012
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
      { source: '002', start: 711, end: 793, text: 'has not changed its stance following his meeting with Assad in Damascus on Tuesday' },
    ],
  },
  {
    id: 'russia-outside-settlement-2012-02-08', actor: 'russia', issue: 'settlement-imposed-from-outside', position: 'opposes',
    when: { start: '2012-02-08', basis: 'resolved', phrase: 'said on Wednesday', anchor: '002' }, basis: 'stated',
    evidence: [
      { source: '002', start: 119, end: 178, text: 'The outcome of any talks on Syria must not be predetermined' },
      { source: '002', start: 346, end: 465, text: "It is not really the international community's business to try to determine the outcome of national dialogue in advance", speaker: 'lavrov' },
    ],
  },
  {
    // "Foreign interference" is read in the sense of 003's "without international interference": outsiders
    // deciding the outcome. The call may also have meant military action; the Kremlin's account does not say.
    id: 'russia-outside-settlement-2012-02-08-kremlin', actor: 'russia', issue: 'settlement-imposed-from-outside',
    position: 'opposes',
    when: { start: '2012-02-08', basis: 'resolved', phrase: 'later on Wednesday', anchor: '002' }, basis: 'reported',
    evidence: [{ source: '002', start: 1611, end: 1649, text: 'foreign interference was not an option' }],
  },
  {
    id: 'russia-talks-2012-02-08', actor: 'russia', issue: 'government-opposition-talks', position: 'supports',
    when: { start: '2012-02-08', basis: 'resolved', phrase: 'on Wednesday', anchor: '002', note: WEDNESDAY_002 },
    basis: 'stated',
    evidence: [
      { source: '002', start: 1025, end: 1117, text: 'We need to get the government and all opposition groups to sit down at the negotiating table', speaker: 'lavrov' },
      { source: '002', start: 796, end: 938, text: "Lavrov reiterated Russia's call for countries that have influence with opponents of Assad to press them to enter dialogue with the government." },
    ],
  },
  {
    id: 'russia-unsc-pressure-2012-02-08', actor: 'russia', issue: 'un-security-council-pressure', position: 'opposes',
    when: { start: '2012-02-08', basis: 'resolved', phrase: 'on Wednesday', anchor: '002', note: WEDNESDAY_002 },
    basis: 'stated',
    evidence: [{ source: '002', start: 2200, end: 2352, text: 'the draft Security Council resolution backed by Western and Arab nations would have put too little pressure on armed opponents of Assad to stop violence' }],
  },
  {
    id: 'russia-both-sides-to-blame-2012-02-08', actor: 'russia', issue: 'both-sides-to-blame', position: 'supports',
    when: { start: '2012-02-08', basis: 'resolved', phrase: 'on Wednesday', anchor: '002', note: WEDNESDAY_002 },
    basis: 'stated',
    evidence: [{ source: '002', start: 2273, end: 2443, text: 'would have put too little pressure on armed opponents of Assad to stop violence and would have allowed them to occupy cities following the withdrawal of government forces' }],
  },
  {
    id: 'russia-both-sides-to-blame-2012-02-08-kremlin', actor: 'russia', issue: 'both-sides-to-blame', position: 'supports',
    when: {
      start: '2012-02-08', basis: 'resolved', phrase: 'later on Wednesday', anchor: '002',
      note: 'The call with Sarkozy is dated with the Erdogan call ("also spoke with").',
    },
    basis: 'reported',
    evidence: [{ source: '002', start: 1820, end: 1904, text: 'said the position of the international community should be "balanced and objective,"' }],
  },
  {
    id: 'russia-political-reform-2012-02-08', actor: 'russia', issue: 'political-reform', position: 'supports',
    when: { start: '2012-02-08', basis: 'resolved', phrase: 'on Wednesday', anchor: '002', note: WEDNESDAY_002 },
    basis: 'stated',
    evidence: [{ source: '002', start: 2687, end: 2872, text: "Lavrov reiterated Russia's support for an Arab League initiative floated last November that envisaged a withdrawal of troops from cities and towns, the release of prisoners and reforms." }],
  },

  // 000, March 2012
  {
    id: 'russia-talks-2012-03-01', actor: 'russia', issue: 'government-opposition-talks', position: 'supports',
    when: { start: '2012-03-01', basis: 'resolved', phrase: 'late on Thursday', anchor: '000' },
    basis: 'stated',
    evidence: [
      { source: '000', start: 340, end: 484, text: 'We propose to demand from all parties in the armed conflict to immediately cease fire and sit down at the negotiating table to begin a dialogue.', speaker: 'putin' },
      { source: '000', start: 1116, end: 1329, text: 'The conflicting parties shall not be encouraged but compelled to sit down at the negotiating table, cease fire and switch to political procedures and reforms that are acceptable for all participants in the process', speaker: 'putin' },
    ],
  },
  {
    id: 'russia-arming-the-opposition-2012-03-01', actor: 'russia', issue: 'arming-the-opposition', position: 'opposes',
    when: { start: '2012-03-01', basis: 'resolved', phrase: 'late on Thursday', anchor: '000' },
    basis: 'stated',
    evidence: [{ source: '000', start: 530, end: 646, text: 'If you encourage it by arms supplies and pressure on (President Bashar) Al-Assad it will never agree to negotiations', speaker: 'putin' }],
  },
  {
    id: 'russia-both-sides-to-blame-2012-03-01', actor: 'russia', issue: 'both-sides-to-blame', position: 'supports',
    when: { start: '2012-03-01', basis: 'resolved', phrase: 'late on Thursday', anchor: '000', note: SAME_MEETING_000 },
    basis: 'stated',
    evidence: [
      { source: '000', start: 730, end: 843, text: 'our aim is not to help one of the parties, authorities or the opposition, but to ensure pan-Syrian reconciliation', speaker: 'putin' },
      { source: '000', start: 1518, end: 1578, text: 'the problem cannot be resolved by siding only with one party', speaker: 'putin' },
      { source: '000', start: 1804, end: 1908, text: 'But it is necessary to write that opposition should also withdraw its forces. Is it a balanced approach?', speaker: 'putin' },
    ],
  },
  {
    // Read, not stated: "Libya" is taken to mean the NATO-led air campaign of 2011 (outside knowledge); Putin does not
    // say what in Libya he does not want repeated.
    id: 'russia-military-strike-2012-03-01', actor: 'russia', issue: 'military-strike', position: 'opposes',
    when: { start: '2012-03-01', basis: 'resolved', phrase: 'late on Thursday', anchor: '000', note: SAME_MEETING_000 },
    basis: 'inferred',
    evidence: [{ source: '000', start: 845, end: 899, text: 'We do not want a repetition of something like in Libya', speaker: 'putin' }],
  },
  {
    id: 'russia-unsc-pressure-2012-03-01', actor: 'russia', issue: 'un-security-council-pressure', position: 'opposes',
    when: { start: '2012-03-01', basis: 'resolved', phrase: 'late on Thursday', anchor: '000', note: SAME_MEETING_000 },
    basis: 'stated',
    evidence: [
      { source: '000', start: 1594, end: 1656, text: 'He criticized as unbalanced the UN Security Council resolution' },
      { source: '000', start: 1709, end: 1803, text: 'It calls to withdraw all armed formations of the Syrian government from towns where they stay.', speaker: 'putin' },
    ],
  },
  {
    // Putin will not predict whether Assad keeps office, but he calls it an internal problem and mocks the outside
    // demand that would follow the vetoed draft ("lie down into a coffin"): the same line as Lavrov's "not … the
    // international community's business" (002), so recorded as opposition to the demand, read from his words
    // (basis 'inferred'), not as neutrality — a neutral point here would draw a shift the text does not report.
    id: 'russia-assad-must-go-2012-03-01', actor: 'russia', issue: 'assad-must-go', position: 'opposes',
    when: { start: '2012-03-01', basis: 'resolved', phrase: 'late on Thursday', anchor: '000', note: SAME_MEETING_000 },
    basis: 'inferred',
    evidence: [
      { source: '000', start: 1909, end: 2024, text: 'And the next demand is likely to call on Assad to lie down into a coffin to get buried. He will never agree with it', speaker: 'putin' },
      { source: '000', start: 2096, end: 2127, text: 'It is a major internal problem.', speaker: 'putin' },
    ],
  },
  {
    id: 'russia-political-reform-2012-03-01', actor: 'russia', issue: 'political-reform', position: 'supports',
    when: { start: '2012-03-01', basis: 'resolved', phrase: 'late on Thursday', anchor: '000', note: SAME_MEETING_000 },
    basis: 'stated',
    evidence: [{ source: '000', start: 2128, end: 2158, text: 'Reforms have matured long ago.', speaker: 'putin' }],
  },

  // 004, September – November 2013
  {
    id: 'russia-chemical-weapons-2013-09', actor: 'russia', issue: 'chemical-weapons-disarmament', position: 'supports',
    when: { start: '2013-09', basis: 'resolved', phrase: 'In September', anchor: '004' }, basis: 'stated',
    evidence: [{ source: '004', start: 1970, end: 2025, text: 'a Russian proposal for Syria to destroy its banned arms' }],
  },
  {
    // The article gives the proposal's purpose ("as a means to avert a US military strike"); Russia is not quoted on
    // strikes, hence 'reported'.
    id: 'russia-military-strike-2013-09', actor: 'russia', issue: 'military-strike', position: 'opposes',
    when: { start: '2013-09', basis: 'resolved', phrase: 'In September', anchor: '004' }, basis: 'reported',
    evidence: [{ source: '004', start: 1970, end: 2066, text: 'a Russian proposal for Syria to destroy its banned arms as a means to avert a US military strike' }],
  },
  {
    id: 'russia-talks-2013-11-14', actor: 'russia', issue: 'government-opposition-talks', position: 'supports',
    when: { start: '2013-11-14', basis: 'resolved', phrase: 'on Thursday', anchor: '004' }, basis: 'reported',
    evidence: [
      { source: '004', start: 896, end: 1005, text: 'Putin underscored the efforts by Russia and its partners to prepare for the Geneva-2 international conference', speaker: 'kremlin' },
      { source: '004', start: 1181, end: 1273, text: 'the main opposition groups will show a constructive approach and take part in the conference', speaker: 'kremlin' },
    ],
  },
  {
    id: 'russia-chemical-weapons-2013-11-14', actor: 'russia', issue: 'chemical-weapons-disarmament', position: 'supports',
    when: { start: '2013-11-14', basis: 'resolved', phrase: 'on Thursday', anchor: '004', note: READOUT_004 },
    basis: 'reported',
    evidence: [{ source: '004', start: 1821, end: 1936, text: 'Putin praised Syria’s cooperation with international weapons inspectors to destroy its chemical armaments stockpile' }],
  },

  // 001, September 2015: no sentence but one is dated ("on Friday"), so these go by the article's date.
  {
    id: 'russia-assad-must-go-2015-09-04', actor: 'russia', issue: 'assad-must-go', position: 'opposes',
    when: { start: '2015-09-04', basis: 'article', anchor: '001' },
    basis: 'reported',
    evidence: [{ source: '001', start: 1331, end: 1380, text: 'has staunchly opposed foreign calls to oust Assad' }],
  },
  {
    id: 'russia-talks-2015-09-04', actor: 'russia', issue: 'government-opposition-talks', position: 'supports',
    when: { start: '2015-09-04', basis: 'article', anchor: '001' },
    basis: 'stated',
    evidence: [{ source: '001', start: 1105, end: 1158, text: 'we are ready to promote this internal Syrian dialogue', speaker: 'putin' }],
  },
  {
    // "Not imposing anything" is about Syria's politics ("internal development"), not about the use of force: the
    // same article has Moscow asking for coordinated air strikes on ISIL (coordination-with-damascus-against-isil).
    id: 'russia-outside-settlement-2015-09-04', actor: 'russia', issue: 'settlement-imposed-from-outside', position: 'opposes',
    when: { start: '2015-09-04', basis: 'article', anchor: '001' },
    basis: 'stated',
    evidence: [{ source: '001', start: 1011, end: 1099, text: 'This is primarily an issue of Syria’s internal development. We are\u00a0not imposing anything', speaker: 'putin' }],
  },
  {
    id: 'russia-political-reform-2015-09-04', actor: 'russia', issue: 'political-reform', position: 'supports',
    when: { start: '2015-09-04', basis: 'article', anchor: '001', note: 'From a Kremlin statement the text does not date.' },
    basis: 'stated',
    evidence: [{ source: '001', start: 774, end: 906, text: 'the unification of forces in the fight against terrorism should proceed in parallel with some sort of political process within Syria', speaker: 'putin' }],
  },
  {
    // Putin's own words ask only for "some sort of coordination"; that it is coordination WITH the Syrian army is the
    // article's account of what Moscow wants, hence 'reported'.
    id: 'russia-coordination-against-isil-2015-09-04', actor: 'russia', issue: 'coordination-with-damascus-against-isil',
    position: 'supports',
    when: { start: '2015-09-04', basis: 'article', anchor: '001' },
    basis: 'reported',
    evidence: [
      { source: '001', start: 1429, end: 1603, text: 'Moscow wants the US-led coalition carrying out air strikes on the Islamic State of Iraq and the Levant (ISIL) group’s positions to coordinate with the Syrian and Iraqi armies' },
      { source: '001', start: 2171, end: 2250, text: 'it’s indispensable to at least establish some sort of coordination between them', speaker: 'putin' },
    ],
  },
];
