import type { TimelineEvent } from '../../model/index.js';

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
    title: 'Arab League initiative: troops out of cities, prisoners freed, reforms',
    summary: 'The Arab League floats an initiative that envisages a withdrawal of troops from cities and towns, the ' +
      'release of prisoners and reforms, and calls for dialogue.',
    when: { start: '2011-11', basis: 'resolved', phrase: 'last November', anchor: '002' },
    participants: [{ actor: 'arab-league', role: 'actor' }, { actor: 'syrian-government', role: 'recipient' }],
    issues: ['talks-without-preconditions'],
    evidence: [
      { source: '002', start: 2726, end: 2871, text: 'an Arab League initiative floated last November that envisaged a withdrawal of troops from cities and towns, the release of prisoners and reforms' },
      { source: '002', start: 3239, end: 3319, text: "last November's Arab League proposal that called for dialogue and other measures" },
    ],
    background: true,
  },
  {
    id: 'previous-putin-assad-talk-2011-11',
    type: 'other',
    title: 'Putin and Assad talk (the last time for two years)',
    summary: 'The November 2013 phone call is described as "the first in two years", which places the previous ' +
      'Putin–Assad talk about two years earlier. The text says nothing else about it.',
    when: { start: '2011-11~', basis: 'resolved', phrase: 'the first in two years', anchor: '004' },
    participants: [{ actor: 'putin', role: 'actor' }, { actor: 'assad', role: 'actor' }],
    evidence: [{ source: '004', start: 534, end: 568, text: 'Their talk, the first in two years' }],
    codes: { cameo: '040', plover: { event: 'CONSULT' } },
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
    participants: [{ actor: 'arab-league', role: 'actor' }, { actor: 'assad', role: 'recipient' }],
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
      { actor: 'russia', role: 'actor' }, { actor: 'european-nations', role: 'recipient' },
      { actor: 'arab-nations', role: 'recipient' }, { actor: 'unsc', role: 'object' },
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
      'government and the opposition "informal contacts" without preconditions, and urges the opposition to agree. It ' +
      'wants a solution worked out by the Syrians themselves, "without international interference".',
    when: {
      start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003',
      note: 'The day of Russia\'s statement. The offer itself came earlier ("had suggested") and is not dated in the text.',
    },
    participants: [
      { actor: 'russia', role: 'actor' }, { actor: 'syrian-government', role: 'recipient' },
      { actor: 'opposition', role: 'recipient' },
    ],
    issues: ['talks-without-preconditions', 'foreign-intervention'],
    evidence: [
      { source: '003', start: 78, end: 187, text: 'Russia on Monday said the Syrian authorities were prepared to hold talks in Moscow to end escalating violence' },
      { source: '003', start: 364, end: 501, text: `had suggested to both Assad's regime and the opposition that they should meet in Moscow for "informal contacts" without any preconditions` },
      { source: '003', start: 1819, end: 1930, text: 'acutely necessary for the immediate cessation of all violence in Syria and preventing a bloody split in society', speaker: 'russia-mfa' },
      { source: '003', start: 1038, end: 1185, text: 'We are expecting that the opposition will also give their assent in the next days and put the interests of the Syrian people before any other ideas', speaker: 'russia-mfa' },
      { source: '003', start: 2157, end: 2258, text: 'through a peaceful mechanism worked out by the Syrians themselves, without international interference' },
    ],
    // CAMEO 039: express intent to mediate.
    codes: { cameo: '039' },
  },
  {
    id: 'syrian-authorities-accept-moscow-talks-2012-01-30',
    type: 'offer',
    title: 'Syrian authorities agree to talks in Moscow',
    summary: 'According to the Russian foreign ministry, the Syrian authorities respond positively to the offer of ' +
      'talks in Moscow.',
    when: {
      start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003',
      note: 'The day Russia reported the positive response; the response itself may have come earlier.',
    },
    participants: [{ actor: 'syrian-government', role: 'actor' }, { actor: 'russia', role: 'recipient' }],
    issues: ['talks-without-preconditions'],
    evidence: [{ source: '003', start: 505, end: 583, text: 'Our offer has already received a positive response from the Syrian authorities', speaker: 'russia-mfa' }],
    // CAMEO 036: express intent to meet or negotiate.
    codes: { cameo: '036' },
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
      { actor: 'snc', role: 'actor' }, { actor: 'ghalioun', role: 'actor' }, { actor: 'russia', role: 'recipient' },
      { actor: 'assad', role: 'object' },
    ],
    issues: ['talks-without-preconditions', 'assad-must-go'],
    evidence: [
      { source: '003', start: 192, end: 281, text: 'the opposition refused to come to the table unless President Bashar al-Assad stepped down' },
      { source: '003', start: 769, end: 884, text: 'The resignation of Assad is the condition for any negotiation on the transition to a democratic government in Syria', speaker: 'ghalioun' },
    ],
  },
];
