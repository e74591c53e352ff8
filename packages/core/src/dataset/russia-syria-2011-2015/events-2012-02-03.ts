import type { TimelineEvent } from '../../model/index.js';

/** 000 dates only one sentence ("he told foreign editors late on Thursday"); the rest continues the same meeting. */
const SAME_MEETING_000 = 'This sentence is not dated; it continues the account of the meeting with foreign editors ' +
  'that 000 dates "late on Thursday".';

/** Lavrov's acts that 002 reports from his Wednesday news conference in sentences of their own, without a date. */
const AT_WEDNESDAY_PRESS_CONFERENCE = 'This sentence is not dated; it reports Lavrov at the news conference the lede ' +
  'dates "on Wednesday".';

/**
 * Events of February – March 2012: the Russian–Chinese veto, Lavrov in Damascus and Moscow (002, Reuters,
 * 8 February 2012), and Putin with foreign editors (000, Itar-Tass, March 2 [2012]).
 * The acts 002 reports from Lavrov's Wednesday news conference are dated "on Wednesday" with the lede.
 */
export const events2012FebruaryToMarch: TimelineEvent[] = [
  {
    id: 'russia-china-veto-2012-02-04',
    type: 'veto',
    title: 'Russia and China veto the UN draft on Syria',
    summary: 'Russia, jointly with China, vetoes a draft UN Security Council resolution backed by Western and Arab ' +
      'nations that supported an Arab League call for Assad to step down. Russia says adopting it would have meant ' +
      'taking sides in a civil war.',
    when: {
      start: '2012-02-04', basis: 'resolved', phrase: 'on Saturday', anchor: '002',
      note: 'The date is 002\'s "on Saturday". 000\'s "the UN Security Council resolution which Russia vetoed jointly ' +
        'with China" is taken to be this veto: 000 is dated a month later and describes a draft that asked government ' +
        'forces to leave towns, as 002 describes this one. Outside knowledge: Russia and China had also vetoed a ' +
        'Syria draft together on 4 October 2011, which the seeds never mention.',
    },
    participants: [
      { actor: 'russia', role: 'actor' }, { actor: 'china', role: 'actor' }, { actor: 'unsc', role: 'recipient' },
      // The veto is directed against the draft's sponsors; Assad is what the draft was about.
      { actor: 'west', role: 'target' }, { actor: 'arab-nations', role: 'target' }, { actor: 'assad', role: 'object' },
    ],
    issues: ['un-security-council-pressure', 'assad-must-go'],
    evidence: [
      { source: '002', start: 1134, end: 1269, text: 'Russia said it blocked the resolution on Saturday because it believed adopting it would have meant taking sides in a civil war in Syria' },
      { source: '002', start: 608, end: 709, text: 'vetoed a draft U.N. Security Council resolution supporting an Arab League call for Assad to step down' },
      { source: '002', start: 2200, end: 2272, text: 'the draft Security Council resolution backed by Western and Arab nations' },
      { source: '000', start: 1622, end: 1695, text: 'the UN Security Council resolution which Russia vetoed jointly with China' },
    ],
  },
  {
    id: 'us-and-others-shut-embassies-2012-02',
    type: 'sanction',
    title: 'The United States and other countries shut their embassies in Syria',
    summary: 'The United States and other, unnamed countries decide to shut their embassies in Syria.',
    when: {
      start: '2012-02-06', basis: 'inferred',
      note: 'The text reports on 8 February 2012 that the decisions had been taken, without a date. Outside ' +
        'knowledge: the US State Department announced on 6 February 2012 that it had suspended the operations of its ' +
        'embassy in Damascus. The "other countries" are neither named nor dated here.',
    },
    participants: [
      { actor: 'us', role: 'actor' }, { actor: 'other-countries', role: 'actor' },
      { actor: 'syrian-government', role: 'target' },
    ],
    evidence: [{ source: '002', start: 2486, end: 2569, text: 'decisions by the United States and other countries to shut their embassies in Syria' }],
  },
  {
    id: 'lavrov-meets-assad-2012-02-07',
    type: 'meeting',
    title: 'Lavrov meets Assad in Damascus',
    summary: 'Lavrov meets Assad in Damascus; Lavrov says Assad assured him he was committed to seeking an end to ' +
      'violence by all sides, without suggesting the government would halt its offensive unilaterally.',
    when: { start: '2012-02-07', basis: 'resolved', phrase: 'on Tuesday', anchor: '002' },
    participants: [{ actor: 'lavrov', role: 'actor' }, { actor: 'assad', role: 'recipient' }],
    evidence: [
      { source: '002', start: 748, end: 793, text: 'his meeting with Assad in Damascus on Tuesday' },
      { source: '002', start: 2874, end: 2987, text: 'In Damascus on Tuesday, Lavrov said Assad assured him he was committed to seeking an end to violence by all sides' },
      { source: '002', start: 2992, end: 3129, text: 'he made no suggestion that the government, which blames the bloodshed on armed extremists, would halt its military offensive unilaterally' },
    ],
    codes: { cameo: '042', plover: { event: 'CONSULT', mode: 'visit', context: ['diplomatic'] } },
  },
  {
    id: 'assad-backs-only-november-plan-2012-02-07',
    type: 'rejection',
    title: 'Assad: cooperation with the November plan, not the January one',
    summary: 'Assad says he would cooperate with any plan that stabilises Syria, but only means the Arab League ' +
      'proposal of November, which called for dialogue, not the January plan that called for him to cede power.',
    when: {
      start: '2012-02-07', basis: 'resolved', phrase: 'on Tuesday', anchor: '002',
      note: 'Assad\'s statement is not separately dated; it follows the account of the talks "in Damascus on ' +
        'Tuesday" and is taken as part of them.',
    },
    participants: [
      { actor: 'assad', role: 'actor' }, { actor: 'lavrov', role: 'recipient' }, { actor: 'arab-league', role: 'object' },
    ],
    issues: ['assad-must-go', 'government-opposition-talks'],
    evidence: [
      { source: '002', start: 3132, end: 3275, text: "Assad said he would cooperate with any plan that stabilized Syria, but made clear he was referring only to last November's Arab League proposal" },
      { source: '002', start: 3322, end: 3377, text: 'not to a January plan that called for him to cede power' },
    ],
  },
  {
    id: 'lavrov-meets-khar-2012-02-08',
    type: 'meeting',
    title: 'Lavrov holds talks with Pakistan\'s foreign minister',
    summary: 'Lavrov holds talks with the Pakistani Foreign Minister, Hina Rabbani Khar, then gives a news conference.',
    when: { start: '2012-02-08', basis: 'resolved', phrase: 'on Wednesday', anchor: '002', note: AT_WEDNESDAY_PRESS_CONFERENCE },
    participants: [{ actor: 'lavrov', role: 'actor' }, { actor: 'khar', role: 'recipient' }],
    evidence: [{ source: '002', start: 468, end: 559, text: 'Lavrov told a news conference after talks with Pakistani Foreign Minister Hina Rabbani Khar' }],
  },
  {
    id: 'lavrov-outcome-not-predetermined-2012-02-08',
    type: 'statement',
    title: 'Lavrov: the outcome of talks must not be predetermined',
    summary: 'Lavrov says the outcome of any talks on Syria must not be decided in advance, maintaining Moscow\'s ' +
      'opposition to Western and Arab pressure for Assad to cede power.',
    when: { start: '2012-02-08', basis: 'resolved', phrase: 'said on Wednesday', anchor: '002' },
    participants: [
      { actor: 'lavrov', role: 'actor' }, { actor: 'west', role: 'object' }, { actor: 'arab-nations', role: 'object' },
      { actor: 'assad', role: 'object' },
    ],
    issues: ['settlement-imposed-from-outside', 'assad-must-go'],
    evidence: [
      { source: '002', start: 119, end: 343, text: "The outcome of any talks on Syria must not be predetermined, Russian Foreign Minister Sergei Lavrov said on Wednesday, maintaining Moscow's opposition to Western and Arab pressure for President Bashar al-Assad to cede power." },
      { source: '002', start: 346, end: 465, text: "It is not really the international community's business to try to determine the outcome of national dialogue in advance", speaker: 'lavrov' },
    ],
  },
  {
    id: 'lavrov-urges-pressure-on-opposition-2012-02-08',
    type: 'appeal',
    title: 'Lavrov: press the opposition to enter dialogue',
    summary: 'Lavrov repeats Russia\'s call on countries with influence over Assad\'s opponents (the text does not ' +
      'name them) to press them into dialogue with the government.',
    when: { start: '2012-02-08', basis: 'resolved', phrase: 'on Wednesday', anchor: '002', note: AT_WEDNESDAY_PRESS_CONFERENCE },
    participants: [{ actor: 'lavrov', role: 'actor' }, { actor: 'opposition', role: 'object' }],
    issues: ['government-opposition-talks'],
    evidence: [
      { source: '002', start: 796, end: 938, text: "Lavrov reiterated Russia's call for countries that have influence with opponents of Assad to press them to enter dialogue with the government." },
      { source: '002', start: 1025, end: 1117, text: 'We need to get the government and all opposition groups to sit down at the negotiating table', speaker: 'lavrov' },
    ],
  },
  {
    id: 'russia-accuses-west-of-discouraging-talks-2012-02-08',
    type: 'accusation',
    title: 'Russia accuses the West of encouraging the opposition to avoid talks',
    summary: 'Moscow accuses Western nations of encouraging Assad\'s opponents to avoid talks.',
    when: {
      start: '2012-02-08', basis: 'article', anchor: '002',
      note: '"Has accused": before the report; the text does not say when.',
    },
    participants: [
      { actor: 'russia', role: 'actor' }, { actor: 'west', role: 'target' }, { actor: 'opposition', role: 'object' },
    ],
    issues: ['government-opposition-talks'],
    evidence: [{ source: '002', start: 939, end: 1022, text: "Moscow has accused Western nations of encouraging Assad's opponents to avoid talks." }],
  },
  {
    id: 'lavrov-criticises-draft-resolution-2012-02-08',
    type: 'criticism',
    title: 'Lavrov: the draft was too soft on armed opponents of Assad',
    summary: 'Lavrov says the draft backed by Western and Arab nations would have put too little pressure on armed ' +
      'opponents of Assad and let them occupy cities after government forces withdrew.',
    when: { start: '2012-02-08', basis: 'resolved', phrase: 'on Wednesday', anchor: '002', note: AT_WEDNESDAY_PRESS_CONFERENCE },
    participants: [
      { actor: 'lavrov', role: 'actor' }, { actor: 'west', role: 'target' }, { actor: 'arab-nations', role: 'target' },
      { actor: 'rebel-groups', role: 'object' },
    ],
    issues: ['un-security-council-pressure', 'both-sides-to-blame'],
    evidence: [{ source: '002', start: 2188, end: 2444, text: 'Lavrov said the draft Security Council resolution backed by Western and Arab nations would have put too little pressure on armed opponents of Assad to stop violence and would have allowed them to occupy cities following the withdrawal of government forces.' }],
  },
  {
    id: 'lavrov-criticises-embassy-closures-2012-02-08',
    type: 'criticism',
    title: 'Lavrov criticises the closing of embassies in Syria',
    summary: 'Lavrov makes clear Russia does not approve of the United States and other countries shutting their ' +
      'embassies in Syria, saying it will not help resolve the crisis.',
    when: { start: '2012-02-08', basis: 'resolved', phrase: 'on Wednesday', anchor: '002', note: AT_WEDNESDAY_PRESS_CONFERENCE },
    participants: [
      { actor: 'lavrov', role: 'actor' }, { actor: 'us', role: 'target' }, { actor: 'other-countries', role: 'target' },
    ],
    evidence: [
      { source: '002', start: 2446, end: 2569, text: 'He made clear Russia did not approve of decisions by the United States and other countries to shut their embassies in Syria' },
      { source: '002', start: 2584, end: 2622, text: 'we do not understand the logic of this', speaker: 'lavrov' },
      { source: '002', start: 2633, end: 2684, text: "it would not help efforts to resolve Syria's crisis" },
    ],
  },
  {
    id: 'lavrov-backs-arab-league-november-plan-2012-02-08',
    type: 'support',
    title: 'Lavrov backs the Arab League\'s November initiative',
    summary: 'Lavrov repeats Russia\'s support for the Arab League initiative of November 2011, which envisaged a ' +
      'withdrawal of troops from cities and towns, the release of prisoners and reforms.',
    when: { start: '2012-02-08', basis: 'resolved', phrase: 'on Wednesday', anchor: '002', note: AT_WEDNESDAY_PRESS_CONFERENCE },
    participants: [{ actor: 'lavrov', role: 'actor' }, { actor: 'arab-league', role: 'recipient' }],
    issues: ['political-reform'],
    evidence: [{ source: '002', start: 2687, end: 2751, text: "Lavrov reiterated Russia's support for an Arab League initiative" }],
  },
  {
    id: 'un-death-toll-5000-2012-02',
    type: 'statement',
    title: 'UN: more than 5,000 killed in 11 months',
    summary: 'The United Nations says more than 5,000 people have been killed in 11 months of violence.',
    when: {
      start: '2012-02-08', basis: 'article', anchor: '002',
      note: 'The UN figure is given in the present tense ("says"), so it is taken as current on the report\'s date; ' +
        'the UN statement itself is not dated.',
    },
    participants: [{ actor: 'united-nations', role: 'actor' }],
    evidence: [{ source: '002', start: 1277, end: 1365, text: 'the United Nations says more than 5,000 people have been killed in 11 months of violence' }],
    background: true,
  },
  {
    id: 'medvedev-erdogan-call-2012-02-08',
    type: 'call',
    title: 'Medvedev to Erdogan: no foreign interference',
    summary: 'In a phone call with Turkish Prime Minister Erdogan, Medvedev says the search for a solution should ' +
      'continue, including in the UN Security Council, but foreign interference is not an option (the Kremlin\'s ' +
      'account).',
    when: { start: '2012-02-08', basis: 'resolved', phrase: 'later on Wednesday', anchor: '002' },
    participants: [{ actor: 'medvedev', role: 'actor' }, { actor: 'erdogan', role: 'recipient' }],
    issues: ['settlement-imposed-from-outside'],
    evidence: [{ source: '002', start: 1368, end: 1649, text: "Russian President Dmitry Medvedev told Turkish Prime Minister Tayyip Erdogan during a telephone conversation later on Wednesday that the search for a solution to Syria's crisis should continue, including in the U.N. Security Council, but that foreign interference was not an option" }],
  },
  {
    id: 'medvedev-sarkozy-call-2012-02-08',
    type: 'call',
    title: 'Medvedev asks Sarkozy to avoid "hasty unilateral moves"',
    summary: 'Medvedev asks Sarkozy and other Western countries to avoid "hasty unilateral moves" towards Syria and ' +
      'says the international community\'s position should be "balanced and objective" (the Kremlin\'s account).',
    when: {
      start: '2012-02-08', basis: 'resolved', phrase: 'later on Wednesday', anchor: '002',
      note: 'The text dates the call with Erdogan "later on Wednesday" and says Medvedev "also spoke with" Sarkozy; ' +
        'the same day is assumed.',
    },
    participants: [
      { actor: 'medvedev', role: 'actor' }, { actor: 'sarkozy', role: 'recipient' }, { actor: 'west', role: 'recipient' },
    ],
    issues: ['both-sides-to-blame'],
    evidence: [{ source: '002', start: 1670, end: 1904, text: 'Medvedev also spoke with French President Nicolas Sarkozy, asking him and other Western countries to avoid "hasty unilateral moves" towards Syria and said the position of the international community should be "balanced and objective,"' }],
  },
  {
    id: 'sarkozy-urges-more-pressure-2012-02-08',
    type: 'appeal',
    title: 'Sarkozy regrets the veto and urges more pressure on Damascus',
    summary: 'In the same conversation Sarkozy, who deeply regretted the blockage in the Security Council, stresses ' +
      'the need to increase pressure on the Syrian government to stop the repression (his office\'s account).',
    when: {
      start: '2012-02-08', basis: 'resolved', phrase: 'later on Wednesday', anchor: '002',
      note: 'Sarkozy\'s office is describing the Medvedev–Sarkozy conversation, dated with the Erdogan call.',
    },
    participants: [
      { actor: 'sarkozy', role: 'actor' }, { actor: 'medvedev', role: 'recipient' },
      { actor: 'syrian-government', role: 'target' },
    ],
    issues: ['un-security-council-pressure', 'both-sides-to-blame'],
    evidence: [{ source: '002', start: 1969, end: 2185, text: 'Despite the blockage in the Security Council, which he (Sarkozy) deeply regretted, the head of state stressed the need to increase the pressure on the Syrian regime to stop the brutal repression of the Syrian people.', speaker: 'elysee' }],
  },
  {
    id: 'putin-urges-west-to-bring-opposition-to-talks-2012-03-01',
    type: 'appeal',
    title: 'Putin urges the West to bring the opposition to talks',
    summary: 'Meeting foreign editors, Putin calls on the West to make the Syrian opposition agree to talks with the ' +
      'government, proposes demanding an immediate ceasefire from all parties, and warns that arming the opposition ' +
      'and pressing Assad will stop it from ever negotiating.',
    when: { start: '2012-03-01', basis: 'resolved', phrase: 'late on Thursday', anchor: '000' },
    participants: [
      { actor: 'putin', role: 'actor' }, { actor: 'west', role: 'recipient' }, { actor: 'foreign-editors', role: 'recipient' },
      { actor: 'opposition', role: 'object' },
    ],
    issues: ['government-opposition-talks', 'arming-the-opposition'],
    evidence: [
      { source: '000', start: 193, end: 337, text: 'Russian Prime Minister and presidential hopeful Vladimir Putin called on the West to make Syria’s opposition agree to talks with the government.' },
      { source: '000', start: 649, end: 689, text: 'he told foreign editors late on Thursday' },
      { source: '000', start: 340, end: 529, text: 'We propose to demand from all parties in the armed conflict to immediately cease fire and sit down at the negotiating table to begin a dialogue. It is necessary to work with the opposition.', speaker: 'putin' },
      { source: '000', start: 530, end: 646, text: 'If you encourage it by arms supplies and pressure on (President Bashar) Al-Assad it will never agree to negotiations', speaker: 'putin' },
    ],
  },
  {
    id: 'putin-russia-takes-no-side-2012-03-01',
    type: 'statement',
    title: 'Putin: Russia takes no side and wants no repeat of Libya',
    summary: 'Putin says Russia\'s aim is not to help one of the parties but pan-Syrian reconciliation; the parties ' +
      'should be compelled, not encouraged, to negotiate; Russia does not want "a repetition of something like in ' +
      'Libya". He calls this a position of principle.',
    when: { start: '2012-03-01', basis: 'resolved', phrase: 'late on Thursday', anchor: '000', note: SAME_MEETING_000 },
    participants: [
      { actor: 'putin', role: 'actor' }, { actor: 'foreign-editors', role: 'recipient' },
      { actor: 'syrian-government', role: 'object' }, { actor: 'opposition', role: 'object' },
    ],
    issues: ['both-sides-to-blame', 'arming-the-opposition', 'military-strike'],
    evidence: [
      { source: '000', start: 693, end: 899, text: 'There is an armed civil conflict and our aim is not to help one of the parties, authorities or the opposition, but to ensure pan-Syrian reconciliation. We do not want a repetition of something like in Libya', speaker: 'putin' },
      { source: '000', start: 1027, end: 1113, text: 'He said Russia has a position of principle regarding the resolution of such conflicts.' },
      { source: '000', start: 1116, end: 1214, text: 'The conflicting parties shall not be encouraged but compelled to sit down at the negotiating table', speaker: 'putin' },
      { source: '000', start: 1384, end: 1459, text: 'lead the conflict to a deadlock and make one party fully destroy the other.', speaker: 'putin' },
      { source: '000', start: 1463, end: 1578, text: 'We want reconciliation and we call for your support as the problem cannot be resolved by siding only with one party', speaker: 'putin' },
    ],
  },
  {
    id: 'putin-criticises-unsc-draft-2012-03-01',
    type: 'criticism',
    title: 'Putin calls the vetoed UN draft unbalanced',
    summary: 'Putin criticises the UN Security Council resolution Russia vetoed (backed by Western and Arab nations, ' +
      'as 002 says) as unbalanced: it asked only government forces to withdraw from towns, not the opposition; the ' +
      'next demand, he says, would be for Assad "to lie down into a coffin".',
    when: { start: '2012-03-01', basis: 'resolved', phrase: 'late on Thursday', anchor: '000', note: SAME_MEETING_000 },
    participants: [
      { actor: 'putin', role: 'actor' }, { actor: 'west', role: 'target' }, { actor: 'arab-nations', role: 'target' },
      { actor: 'assad', role: 'object' },
    ],
    issues: ['un-security-council-pressure', 'both-sides-to-blame', 'assad-must-go'],
    evidence: [
      { source: '000', start: 1594, end: 1656, text: 'He criticized as unbalanced the UN Security Council resolution' },
      { source: '000', start: 1709, end: 1908, text: 'It calls to withdraw all armed formations of the Syrian government from towns where they stay. But it is necessary to write that opposition should also withdraw its forces. Is it a balanced approach?', speaker: 'putin' },
      { source: '000', start: 1909, end: 2024, text: 'And the next demand is likely to call on Assad to lie down into a coffin to get buried. He will never agree with it', speaker: 'putin' },
    ],
  },
  {
    id: 'putin-declines-to-predict-assad-future-2012-03-01',
    type: 'statement',
    title: 'Putin will not predict whether Assad keeps office',
    summary: 'Putin refuses to predict whether Assad will stay in office, calling it a major internal problem, and ' +
      'says reforms "have matured long ago".',
    when: { start: '2012-03-01', basis: 'resolved', phrase: 'late on Thursday', anchor: '000', note: SAME_MEETING_000 },
    participants: [{ actor: 'putin', role: 'actor' }, { actor: 'assad', role: 'object' }],
    issues: ['assad-must-go', 'political-reform'],
    evidence: [
      { source: '000', start: 2040, end: 2094, text: 'He refused to predict whether Assad would keep office.' },
      { source: '000', start: 2096, end: 2227, text: 'It is a major internal problem. Reforms have matured long ago. But I do not know whether the Syrian society is capable of agreement', speaker: 'putin' },
    ],
  },
];
