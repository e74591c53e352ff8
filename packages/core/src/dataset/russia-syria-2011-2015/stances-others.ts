import type { Stance } from '../../model/index.js';

const MONDAY_ANSWER_003 = 'The day Russia reported the Syrian authorities\' answer; the answer itself came earlier and is ' +
  'not dated.';
const MONDAY_REFUSAL_003 = 'The lede ("Russia on Monday said … but the opposition refused …") is read as dating the ' +
  'opposition\'s refusal too; Ghalioun\'s words to AFP are not separately dated.';
const TUESDAY_002 = 'Assad\'s statement is not separately dated; it follows the account of Tuesday\'s talks in Damascus.';

/** The Syrian government's, the opposition's and the West's positions. Conventions: see stances.ts. */
export const otherStances: Stance[] = [
  // Assad and the Syrian government
  {
    id: 'syrian-government-talks-2012-01-30', actor: 'syrian-government', issue: 'government-opposition-talks',
    position: 'supports',
    when: { start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003', note: MONDAY_ANSWER_003 },
    basis: 'reported',
    evidence: [
      { source: '003', start: 100, end: 160, text: 'the Syrian authorities were prepared to hold talks in Moscow' },
      { source: '003', start: 527, end: 583, text: 'received a positive response from the Syrian authorities', speaker: 'russia-mfa' },
    ],
  },
  {
    // They accepted an offer of contacts "without any preconditions" (Russia's account): read as accepting that term.
    id: 'syrian-government-no-preconditions-2012-01-30', actor: 'syrian-government', issue: 'talks-without-preconditions',
    position: 'supports',
    when: { start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003', note: MONDAY_ANSWER_003 },
    basis: 'reported',
    evidence: [
      { source: '003', start: 505, end: 583, text: 'Our offer has already received a positive response from the Syrian authorities', speaker: 'russia-mfa' },
      { source: '003', start: 476, end: 501, text: 'without any preconditions' },
    ],
  },
  {
    id: 'syrian-government-assad-must-go-2012-02-07', actor: 'syrian-government', issue: 'assad-must-go',
    position: 'opposes',
    when: { start: '2012-02-07', basis: 'resolved', phrase: 'on Tuesday', anchor: '002', note: TUESDAY_002 },
    basis: 'reported',
    evidence: [{ source: '002', start: 3214, end: 3377, text: "he was referring only to last November's Arab League proposal that called for dialogue and other measures - not to a January plan that called for him to cede power" }],
  },
  {
    id: 'syrian-government-talks-2012-02-07', actor: 'syrian-government', issue: 'government-opposition-talks',
    position: 'supports',
    when: { start: '2012-02-07', basis: 'resolved', phrase: 'on Tuesday', anchor: '002', note: TUESDAY_002 },
    basis: 'reported',
    evidence: [{ source: '002', start: 3132, end: 3300, text: "Assad said he would cooperate with any plan that stabilized Syria, but made clear he was referring only to last November's Arab League proposal that called for dialogue" }],
  },
  {
    // The government's own view of the violence, as the journalist summarises it: the counter-position to Russia's
    // "equally to blame".
    id: 'syrian-government-both-sides-to-blame-2012-02-08', actor: 'syrian-government', issue: 'both-sides-to-blame',
    position: 'opposes',
    when: { start: '2012-02-08', basis: 'article', anchor: '002' },
    basis: 'reported',
    evidence: [{ source: '002', start: 3019, end: 3081, text: 'the government, which blames the bloodshed on armed extremists' }],
  },
  {
    id: 'syrian-government-chemical-weapons-2013-11-01', actor: 'syrian-government',
    issue: 'chemical-weapons-disarmament', position: 'supports',
    when: {
      start: '2013-11-01', basis: 'resolved', phrase: 'On November 1', anchor: '004',
      outsideNote: 'Other agencies reported this OPCW statement on 31 October 2013; the article\'s "On November 1" is ' +
        'kept.',
    },
    // Inferred from conduct: the text reports what the government did, not what it said.
    basis: 'inferred',
    evidence: [{ source: '004', start: 2342, end: 2460, text: 'the Syrian government had completed the functional destruction of equipment once used in its declared chemical weapons' }],
  },
  {
    // "Had initially expressed qualms": an earlier, undated position; kept in the quote, not given an invented date.
    id: 'syrian-government-talks-2013-11-14', actor: 'syrian-government', issue: 'government-opposition-talks',
    position: 'supports',
    when: { start: '2013-11-14', basis: 'article', anchor: '004', note: '"Has said": before the report, not dated.' },
    basis: 'stated',
    evidence: [
      { source: '004', start: 753, end: 893, text: 'Assad has said his government will participate in the conference but had initially expressed qualms about negotiating with the rebel groups.' },
      { source: '004', start: 1040, end: 1120, text: 'Bashar al-Assad’s readiness to send a Syrian government delegation to this event', speaker: 'kremlin' },
    ],
  },
  {
    id: 'syrian-government-talks-2015-09-04', actor: 'syrian-government', issue: 'government-opposition-talks',
    position: 'supports',
    condition: 'only with the opposition Putin calls "healthy", which he does not define',
    when: {
      start: '2015-09-04', basis: 'resolved', phrase: 'on Friday', anchor: '001',
      note: 'Putin relaying Assad\'s position on Friday.',
    },
    basis: 'reported',
    evidence: [
      { source: '001', start: 540, end: 599, text: 'establishing contacts with the\u00a0so-called healthy opposition' },
      { source: '001', start: 1174, end: 1250, text: 'Putin did not elaborate on what a “healthy” opposition was supposed to mean.' },
    ],
  },
  {
    id: 'syrian-government-political-reform-2015-09-04', actor: 'syrian-government', issue: 'political-reform',
    position: 'supports',
    condition: 'as Putin relays it: snap parliamentary elections, a "healthy" opposition brought into the leadership',
    when: {
      start: '2015-09-04', basis: 'resolved', phrase: 'on Friday', anchor: '001',
      note: 'Putin relaying Assad\'s position on Friday.',
    },
    basis: 'reported',
    evidence: [{ source: '001', start: 451, end: 637, text: 'The Syrian president “is in agreement with” holding elections for parliament, as well as establishing contacts with the\u00a0so-called healthy opposition and bringing them into the leadership' }],
  },

  // The opposition
  {
    id: 'opposition-talks-2012-01-30', actor: 'opposition', issue: 'government-opposition-talks', position: 'opposes',
    condition: 'until Assad steps down',
    when: { start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003', note: MONDAY_REFUSAL_003 },
    basis: 'stated',
    evidence: [{ source: '003', start: 679, end: 765, text: 'the opposition rejected all such talks with the Damascus regime until Assad steps down' }],
  },
  {
    id: 'opposition-no-preconditions-2012-01-30', actor: 'opposition', issue: 'talks-without-preconditions',
    position: 'opposes',
    when: { start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003', note: MONDAY_REFUSAL_003 },
    basis: 'stated',
    evidence: [
      { source: '003', start: 769, end: 830, text: 'The resignation of Assad is the condition for any negotiation', speaker: 'ghalioun' },
      { source: '003', start: 192, end: 281, text: 'the opposition refused to come to the table unless President Bashar al-Assad stepped down' },
    ],
  },
  {
    id: 'opposition-assad-must-go-2012-01-30', actor: 'opposition', issue: 'assad-must-go', position: 'supports',
    when: { start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003', note: MONDAY_REFUSAL_003 },
    basis: 'stated',
    evidence: [{ source: '003', start: 769, end: 884, text: 'The resignation of Assad is the condition for any negotiation on the transition to a democratic government in Syria', speaker: 'ghalioun' }],
  },
  {
    id: 'opposition-no-preconditions-2013-11-12', actor: 'opposition', issue: 'talks-without-preconditions',
    position: 'opposes',
    when: { start: '2013-11-12', basis: 'resolved', phrase: 'On Tuesday', anchor: '004' },
    basis: 'stated',
    evidence: [{ source: '004', start: 1626, end: 1781, text: 'the Syrian National Council set a number of pre-conditions, including Syrian Army withdrawals from captured cities and towns, for attending the peace talks' }],
  },
  {
    // "Remain reluctant to take part": the journalist's summary, with the groups' reason; 'opposes' with that reason as
    // the condition is the closest a supports/opposes track comes.
    id: 'opposition-talks-2013-11-14', actor: 'opposition', issue: 'government-opposition-talks', position: 'opposes',
    condition: 'as long as Assad may play a role in Syria’s future',
    when: { start: '2013-11-14', basis: 'article', anchor: '004' },
    basis: 'reported',
    evidence: [
      { source: '004', start: 1277, end: 1377, text: 'The largest Syrian opposition groups still remain reluctant to take part in the Geneva-2 peace talks' },
      { source: '004', start: 1378, end: 1443, text: 'saying they cannot\u00a0accept Assad to play a role in Syria’s future.' },
    ],
  },
  {
    id: 'opposition-assad-must-go-2013-11-14', actor: 'opposition', issue: 'assad-must-go', position: 'supports',
    when: { start: '2013-11-14', basis: 'article', anchor: '004' },
    basis: 'stated',
    evidence: [{ source: '004', start: 1378, end: 1442, text: 'saying they cannot\u00a0accept Assad to play a role in Syria’s future' }],
  },

  // The West
  {
    id: 'west-unsc-pressure-2012-01-27', actor: 'west', issue: 'un-security-council-pressure', position: 'supports',
    when: { start: '2012-01-27', basis: 'resolved', phrase: 'on Friday', anchor: '003' }, basis: 'stated',
    evidence: [{ source: '003', start: 2485, end: 2560, text: 'European and Arab nations on Friday pressed for UN Security Council backing' }],
  },
  {
    id: 'west-assad-must-go-2012-01-27', actor: 'west', issue: 'assad-must-go', position: 'supports',
    when: { start: '2012-01-27', basis: 'resolved', phrase: 'on Friday', anchor: '003' }, basis: 'stated',
    evidence: [{ source: '003', start: 2521, end: 2615, text: 'pressed for UN Security Council backing for an Arab League plan calling on Assad to stand down' }],
  },
  {
    id: 'west-unsc-pressure-2012-01-31', actor: 'west', issue: 'un-security-council-pressure', position: 'supports',
    when: { start: '2012-01-31', basis: 'article', anchor: '003' }, basis: 'reported',
    evidence: [
      { source: '003', start: 311, end: 362, text: 'Western calls to back UN sanctions against Damascus' },
      { source: '003', start: 1637, end: 1759, text: "mounting Western frustration over Moscow's refusal to support a UN Security Council resolution condemning the Assad regime" },
    ],
  },
  {
    id: 'west-assad-must-go-2012-02-08', actor: 'west', issue: 'assad-must-go', position: 'supports',
    when: { start: '2012-02-08', basis: 'article', anchor: '002' }, basis: 'reported',
    evidence: [{ source: '002', start: 273, end: 342, text: 'Western and Arab pressure for President Bashar al-Assad to cede power' }],
  },
  {
    id: 'west-unsc-pressure-2012-02-08', actor: 'west', issue: 'un-security-council-pressure', position: 'supports',
    when: {
      start: '2012-02-08', basis: 'resolved', phrase: 'later on Wednesday', anchor: '002',
      note: 'Sarkozy\'s office describing his conversation with Medvedev, dated with the Erdogan call.',
    },
    // The Élysée's account of the call (a readout, like the Kremlin's): 'reported'.
    basis: 'reported',
    evidence: [{ source: '002', start: 1969, end: 2133, text: 'Despite the blockage in the Security Council, which he (Sarkozy) deeply regretted, the head of state stressed the need to increase the pressure on the Syrian regime', speaker: 'elysee' }],
  },
  {
    // Read from the wording: Sarkozy's office lays the violence on the government ("brutal repression"), not on both
    // sides. The text has no Western statement about blame as such.
    id: 'west-both-sides-to-blame-2012-02-08', actor: 'west', issue: 'both-sides-to-blame', position: 'opposes',
    when: {
      start: '2012-02-08', basis: 'resolved', phrase: 'later on Wednesday', anchor: '002',
      note: 'Sarkozy\'s office describing his conversation with Medvedev, dated with the Erdogan call.',
    },
    basis: 'inferred',
    evidence: [{ source: '002', start: 2134, end: 2184, text: 'to stop the brutal repression of the Syrian people', speaker: 'elysee' }],
  },
  {
    id: 'west-military-strike-2013-09', actor: 'west', issue: 'military-strike', position: 'supports',
    condition: 'in retaliation for the chemical weapons attack near Damascus',
    when: {
      start: '2013-09', basis: 'resolved', phrase: 'In September', anchor: '004',
      note: 'The US strike is described as pending when the deal was agreed in September; when it was first ' +
        'threatened is not in the text.',
    },
    basis: 'reported',
    evidence: [{ source: '004', start: 2046, end: 2111, text: 'a US military strike in retaliation for a chemical weapons attack' }],
  },
  {
    id: 'west-chemical-weapons-2013-09', actor: 'west', issue: 'chemical-weapons-disarmament', position: 'supports',
    when: { start: '2013-09', basis: 'resolved', phrase: 'In September', anchor: '004' }, basis: 'stated',
    evidence: [{ source: '004', start: 1953, end: 2025, text: 'the US agreed to a Russian proposal for Syria to destroy its banned arms' }],
  },
  {
    // The text names "Russian and US efforts" to bring "all parties" to the table; it says nothing about
    // preconditions, so this is an observation on whether talks should happen, and no more.
    id: 'west-talks-2013-11-14', actor: 'west', issue: 'government-opposition-talks', position: 'supports',
    when: { start: '2013-11-14', basis: 'article', anchor: '004' }, basis: 'reported',
    evidence: [{ source: '004', start: 581, end: 695, text: 'Russian and US efforts to convene a peace conference bringing all parties in the conflict to the negotiating table' }],
  },
  {
    id: 'west-assad-must-go-2015-09-04', actor: 'west', issue: 'assad-must-go', position: 'supports',
    when: { start: '2015-09-04', basis: 'article', anchor: '001' },
    basis: 'reported',
    evidence: [{ source: '001', start: 1801, end: 1886, text: 'the west and Gulf states say he is part of the problem, not the solution, and must go' }],
  },
  {
    // "Assad's enemies" are not listed; the same sentence names the west and Gulf states, and the sentence before is
    // about the US-led coalition, so the refusal is read as including the West's.
    id: 'west-coordination-against-isil-2015-09-04', actor: 'west', issue: 'coordination-with-damascus-against-isil',
    position: 'opposes',
    when: { start: '2015-09-04', basis: 'article', anchor: '001' },
    basis: 'reported',
    evidence: [{ source: '001', start: 1684, end: 1793, text: 'Assad’s enemies have refused to cooperate with Damascus, fearing that would help legitimise his rule in Syria' }],
  },

  // Counterparts (no lane; their stances are data, not drawn in a lane's band)
  {
    id: 'gulf-states-assad-must-go-2015-09-04', actor: 'gulf-states', issue: 'assad-must-go', position: 'supports',
    when: { start: '2015-09-04', basis: 'article', anchor: '001' },
    basis: 'reported',
    evidence: [{ source: '001', start: 1814, end: 1855, text: 'Gulf states say he is part of the problem' }],
  },
  {
    id: 'arab-league-talks-2011-11', actor: 'arab-league', issue: 'government-opposition-talks', position: 'supports',
    when: { start: '2011-11', basis: 'resolved', phrase: 'last November', anchor: '002' }, basis: 'stated',
    evidence: [{ source: '002', start: 3239, end: 3300, text: "last November's Arab League proposal that called for dialogue" }],
  },
  {
    id: 'arab-league-political-reform-2011-11', actor: 'arab-league', issue: 'political-reform', position: 'supports',
    when: { start: '2011-11', basis: 'resolved', phrase: 'last November', anchor: '002' }, basis: 'stated',
    evidence: [{ source: '002', start: 2752, end: 2871, text: 'floated last November that envisaged a withdrawal of troops from cities and towns, the release of prisoners and reforms' }],
  },
  {
    id: 'arab-league-assad-must-go-2012-01', actor: 'arab-league', issue: 'assad-must-go', position: 'supports',
    when: { start: '2012-01', basis: 'resolved', phrase: 'a January plan', anchor: '002' }, basis: 'stated',
    evidence: [
      { source: '002', start: 3329, end: 3377, text: 'a January plan that called for him to cede power' },
      { source: '003', start: 2565, end: 2615, text: 'an Arab League plan calling on Assad to stand down' },
    ],
  },
  {
    // The veto is China's act as much as Russia's; the date is 002's "on Saturday", the words 000's.
    id: 'china-unsc-pressure-2012-02-04', actor: 'china', issue: 'un-security-council-pressure', position: 'opposes',
    when: { start: '2012-02-04', basis: 'resolved', phrase: 'on Saturday', anchor: '002' }, basis: 'stated',
    evidence: [{ source: '000', start: 1657, end: 1695, text: 'which Russia vetoed jointly with China' }],
  },
  {
    id: 'arab-nations-assad-must-go-2012-01-27', actor: 'arab-nations', issue: 'assad-must-go', position: 'supports',
    when: { start: '2012-01-27', basis: 'resolved', phrase: 'on Friday', anchor: '003' }, basis: 'stated',
    evidence: [{ source: '003', start: 2485, end: 2615, text: 'European and Arab nations on Friday pressed for UN Security Council backing for an Arab League plan calling on Assad to stand down' }],
  },
];
