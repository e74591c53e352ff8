import type { TimelineEvent } from '../../model/index.js';

/** 003's MFA statement: the lede dates "Russia on Monday said …"; the ministry's quoted sentences are read as that statement. */
const MONDAY_STATEMENT_003 = '"Had warned" is not dated, but the quoted warning ("the opposition will also give their ' +
  'assent") answers the positive response announced in the statement the lede dates "on Monday", so it is read as ' +
  'part of that statement.';

/**
 * Events of November 2011 – January 2012: the Arab League plans, and the week before the February veto
 * as told by 003 (a blog repost of AFP copy dated Tuesday 31 January 2012).
 *
 * 003's sentences pair an act with the response to it ("Russia on Monday said … but the opposition refused …",
 * "European and Arab nations on Friday pressed … but Russia said …"). We read the time adverb of such a sentence
 * as dating both clauses, and say so in the date's note.
 */
export const events2011To2012January: TimelineEvent[] = [
  {
    id: 'arab-league-november-initiative-2011-11',
    type: 'appeal',
    title: 'Arab League initiative: troops out of cities, prisoners freed, reforms, dialogue',
    summary: 'The Arab League floats an initiative that envisages a withdrawal of troops from cities and towns, the ' +
      'release of prisoners and reforms, and calls for dialogue. The texts do not say to whom it was addressed.',
    when: { start: '2011-11', basis: 'resolved', phrase: 'last November', anchor: '002' },
    // The Arab League has no lane: the act is drawn in the context row, not as an act of the Syrian government.
    participants: [{ actor: 'arab-league', role: 'actor' }],
    issues: ['government-opposition-talks', 'political-reform'],
    evidence: [
      { source: '002', start: 2726, end: 2871, text: 'an Arab League initiative floated last November that envisaged a withdrawal of troops from cities and towns, the release of prisoners and reforms' },
      { source: '002', start: 3239, end: 3319, text: "last November's Arab League proposal that called for dialogue and other measures" },
    ],
    background: true,
  },
  {
    id: 'un-death-toll-5400-2012-01',
    type: 'statement',
    title: 'UN: 5,400 deaths so far',
    summary: 'At the start of January the United Nations puts the death toll of the standoff at 5,400.',
    when: { start: '2012-01', basis: 'resolved', phrase: 'at the start of January', anchor: '003' },
    participants: [{ actor: 'united-nations', role: 'actor' }],
    evidence: [{ source: '003', start: 1438, end: 1539, text: 'what the United Nations said at the start of January already amounted to 5,400 deaths in the standoff' }],
    background: true,
  },
  {
    id: 'arab-league-january-plan-2012-01',
    type: 'demand',
    title: 'Arab League plan calls on Assad to cede power',
    summary: 'A January plan calls for Assad to cede power. The texts tie it to the Arab League: 003 calls it "an Arab ' +
      'League plan calling on Assad to stand down", and the draft UN resolution vetoed on 4 February supported "an Arab ' +
      'League call for Assad to step down".',
    when: { start: '2012-01', basis: 'resolved', phrase: 'a January plan', anchor: '002' },
    // Assad is what the plan is about, but he is left out of the participants on purpose: the Arab League has no
    // lane, and with Assad in it the plan would be drawn in the Assad lane as if it were the government's act.
    participants: [{ actor: 'arab-league', role: 'actor' }],
    issues: ['assad-must-go'],
    evidence: [
      { source: '002', start: 3329, end: 3377, text: 'a January plan that called for him to cede power' },
      { source: '002', start: 667, end: 709, text: 'an Arab League call for Assad to step down' },
      { source: '003', start: 2565, end: 2615, text: 'an Arab League plan calling on Assad to stand down' },
    ],
    background: true,
  },
  {
    id: 'european-arab-nations-press-unsc-2012-01-27',
    type: 'appeal',
    title: 'European and Arab nations seek UN backing for the Arab League plan',
    summary: 'European and Arab nations press for UN Security Council backing for an Arab League plan calling on Assad ' +
      'to stand down.',
    when: { start: '2012-01-27', basis: 'resolved', phrase: 'on Friday', anchor: '003' },
    participants: [
      { actor: 'european-nations', role: 'actor' }, { actor: 'arab-nations', role: 'actor' },
      { actor: 'unsc', role: 'recipient' }, { actor: 'assad', role: 'object' },
    ],
    issues: ['un-security-council-pressure', 'assad-must-go'],
    evidence: [{ source: '003', start: 2485, end: 2615, text: 'European and Arab nations on Friday pressed for UN Security Council backing for an Arab League plan calling on Assad to stand down' }],
  },
  {
    id: 'russia-says-draft-crosses-red-lines-2012-01-27',
    type: 'rejection',
    title: 'Russia: the draft resolution crosses its "red lines"',
    summary: 'Russia says the resolution proposed by the European and Arab nations crosses its "red lines".',
    when: {
      start: '2012-01-27', basis: 'resolved', phrase: 'on Friday', anchor: '003',
      note: 'The sentence dates the European and Arab push "on Friday" and adds "but Russia said …"; the Friday is read ' +
        'as dating Russia\'s answer too.',
    },
    participants: [
      { actor: 'russia', role: 'actor' }, { actor: 'european-nations', role: 'target' },
      { actor: 'arab-nations', role: 'target' },
    ],
    issues: ['un-security-council-pressure'],
    evidence: [{ source: '003', start: 2621, end: 2683, text: 'Russia said their proposed resolution crossed its "red lines."' }],
  },
  {
    id: 'clashes-80-killed-2012-01-29',
    type: 'violence',
    title: '80 people killed across Syria in one day',
    summary: 'Clashes between the opposition and regime forces grow deadlier: 80 people are killed across Syria on ' +
      'Sunday alone, according to activists.',
    when: { start: '2012-01-29', basis: 'resolved', phrase: 'on Sunday', anchor: '003' },
    participants: [{ actor: 'syrian-army', role: 'actor' }, { actor: 'opposition', role: 'actor' }],
    evidence: [{ source: '003', start: 1264, end: 1417, text: 'the clashes between the opposition and regime forces have become even deadlier with 80 people killed across Syria on Sunday alone, according to activists' }],
    background: true,
  },
  {
    id: 'russia-offers-moscow-talks-2012-01-30',
    type: 'offer',
    title: 'Russia offers to host talks in Moscow',
    summary: 'Russia says the Syrian authorities are prepared to hold talks in Moscow, having suggested to both the ' +
      'government and the opposition "informal contacts" without preconditions. The ministry calls the talks ' +
      '"acutely necessary" to end the violence, and says it wants a solution worked out by the Syrians themselves, ' +
      '"without international interference".',
    when: {
      start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003',
      note: 'The day of Russia\'s statement. The offer itself came earlier ("had suggested") and is not dated in the text.',
    },
    participants: [
      { actor: 'russia', role: 'actor' }, { actor: 'syrian-government', role: 'recipient' },
      { actor: 'opposition', role: 'recipient' },
    ],
    issues: ['government-opposition-talks', 'talks-without-preconditions', 'settlement-imposed-from-outside'],
    evidence: [
      { source: '003', start: 78, end: 187, text: 'Russia on Monday said the Syrian authorities were prepared to hold talks in Moscow to end escalating violence' },
      { source: '003', start: 364, end: 501, text: `had suggested to both Assad's regime and the opposition that they should meet in Moscow for "informal contacts" without any preconditions` },
      { source: '003', start: 1819, end: 1930, text: 'acutely necessary for the immediate cessation of all violence in Syria and preventing a bloody split in society', speaker: 'russia-mfa' },
      // "Russia said …": in 003 Russia speaks through its foreign ministry, so the ministry is the speaker.
      { source: '003', start: 2157, end: 2258, text: 'through a peaceful mechanism worked out by the Syrians themselves, without international interference', speaker: 'russia-mfa' },
    ],
    // CAMEO 039: express intent to mediate.
    codes: { cameo: '039' },
  },
  {
    id: 'syrian-authorities-accept-moscow-talks-2012-01-30',
    type: 'agreement',
    title: 'Syrian authorities accept Russia\'s offer of talks in Moscow',
    summary: 'According to the Russian foreign ministry, the Syrian authorities respond positively to the offer of ' +
      'talks in Moscow. The text has only Russia\'s word for it.',
    when: {
      start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003',
      note: 'The day Russia reported the positive response; the response itself ("has already received") came earlier ' +
        'and is not dated.',
    },
    participants: [{ actor: 'syrian-government', role: 'actor' }, { actor: 'russia', role: 'recipient' }],
    issues: ['government-opposition-talks', 'talks-without-preconditions'],
    evidence: [{ source: '003', start: 505, end: 583, text: 'Our offer has already received a positive response from the Syrian authorities', speaker: 'russia-mfa' }],
    // An acceptance, not an offer. CAMEO 036: express intent to meet or negotiate.
    codes: { cameo: '036' },
  },
  {
    id: 'russia-mfa-presses-opposition-to-join-2012-01-30',
    type: 'appeal',
    title: 'Russian foreign ministry presses the opposition to join the talks',
    summary: 'The Russian foreign ministry warns the Syrian opposition that Moscow is counting on its participation, and ' +
      'expects its assent "in the next days".',
    when: { start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003', note: MONDAY_STATEMENT_003 },
    participants: [{ actor: 'russia-mfa', role: 'actor' }, { actor: 'opposition', role: 'recipient' }],
    issues: ['government-opposition-talks'],
    evidence: [
      { source: '003', start: 914, end: 1035, text: 'The Russian foreign ministry had warned the Syrian opposition that Moscow was counting on its participation in the talks.' },
      { source: '003', start: 1038, end: 1185, text: 'We are expecting that the opposition will also give their assent in the next days and put the interests of the Syrian people before any other ideas', speaker: 'russia-mfa' },
    ],
  },
  {
    id: 'opposition-rejects-moscow-talks-2012-01-30',
    type: 'rejection',
    title: 'Opposition refuses talks until Assad steps down',
    summary: 'The head of the Syrian National Council, Burhan Ghalioun, says the opposition rejects all talks with the ' +
      'government until Assad steps down.',
    when: {
      start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003',
      note: 'The lede ("Russia on Monday said … but the opposition refused …") is read as dating both clauses; ' +
        'Ghalioun\'s words to AFP are not separately dated.',
    },
    participants: [
      // A refusal of Russia's offer: Russia is the one it answers (recipient), not a party it is directed against.
      { actor: 'snc', role: 'actor' }, { actor: 'ghalioun', role: 'actor' }, { actor: 'russia', role: 'recipient' },
      { actor: 'assad', role: 'object' },
    ],
    issues: ['government-opposition-talks', 'talks-without-preconditions', 'assad-must-go'],
    evidence: [
      { source: '003', start: 192, end: 281, text: 'the opposition refused to come to the table unless President Bashar al-Assad stepped down' },
      { source: '003', start: 618, end: 765, text: 'the head of the opposition Syrian National Council said that the opposition rejected all such talks with the Damascus regime until Assad steps down' },
      { source: '003', start: 769, end: 884, text: 'The resignation of Assad is the condition for any negotiation on the transition to a democratic government in Syria', speaker: 'ghalioun' },
    ],
  },
  {
    id: 'russia-condemns-west-one-sided-2012-01-31',
    type: 'criticism',
    title: 'Russia condemns the West as one-sided: both sides are to blame',
    summary: 'Russia repeatedly condemns the West for what it calls a one-sided approach on Syria, and says the ' +
      'opposition and the Assad government are equally to blame for the violence.',
    when: {
      start: '2012-01-31', basis: 'article', anchor: '003',
      note: '"Has repeatedly condemned": a recurring position before the report, which the text does not date.',
    },
    participants: [
      { actor: 'russia', role: 'actor' }, { actor: 'west', role: 'target' },
      { actor: 'opposition', role: 'object' }, { actor: 'syrian-government', role: 'object' },
    ],
    issues: ['both-sides-to-blame'],
    evidence: [{ source: '003', start: 2685, end: 2869, text: 'Russia has repeatedly condemned the West for what it says is a one-sided approach on Syria and said that both the opposition and the Assad regime are equally to blame for the violence.' }],
  },
];
