import type { Stance } from '../../model/index.js';

const REPORT_DATE = 'Not dated in the text: the date of the report (the source\'s dateline).';

/** The Syrian government's, the opposition's and the West's positions. Conventions: see stances.ts. */
export const otherStances: Stance[] = [
  // Assad and the Syrian government
  {
    id: 'syrian-government-talks-2012-01-30', actor: 'syrian-government', issue: 'talks-without-preconditions',
    position: 'supports',
    when: {
      start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003',
      note: 'The day Russia reported the Syrian authorities\' answer; the answer may be earlier.',
    },
    basis: 'reported',
    evidence: [
      { source: '003', start: 100, end: 160, text: 'the Syrian authorities were prepared to hold talks in Moscow' },
      { source: '003', start: 527, end: 583, text: 'received a positive response from the Syrian authorities', speaker: 'russia-mfa' },
    ],
  },
  {
    id: 'syrian-government-assad-must-go-2012-02-07', actor: 'syrian-government', issue: 'assad-must-go',
    position: 'opposes',
    when: {
      start: '2012-02-07', basis: 'resolved', phrase: 'on Tuesday', anchor: '002',
      note: 'Assad\'s statement is not separately dated; it follows the account of Tuesday\'s talks in Damascus.',
    },
    basis: 'reported',
    evidence: [{ source: '002', start: 3214, end: 3377, text: "he was referring only to last November's Arab League proposal that called for dialogue and other measures - not to a January plan that called for him to cede power" }],
  },
  {
    id: 'syrian-government-chemical-weapons-2013-11-01', actor: 'syrian-government',
    issue: 'chemical-weapons-disarmament', position: 'supports',
    when: { start: '2013-11-01', basis: 'resolved', phrase: 'On November 1', anchor: '004' },
    // Inferred from conduct: the text reports what the government did, not what it said.
    basis: 'inferred',
    evidence: [{ source: '004', start: 2342, end: 2460, text: 'the Syrian government had completed the functional destruction of equipment once used in its declared chemical weapons' }],
  },
  {
    id: 'syrian-government-talks-2013-11-14', actor: 'syrian-government', issue: 'talks-without-preconditions',
    position: 'supports',
    when: { start: '2013-11-14', basis: 'article', anchor: '004', note: REPORT_DATE },
    basis: 'reported',
    evidence: [
      { source: '004', start: 753, end: 893, text: 'Assad has said his government will participate in the conference but had initially expressed qualms about negotiating with the rebel groups.' },
      { source: '004', start: 1040, end: 1120, text: 'Bashar al-Assad’s readiness to send a Syrian government delegation to this event', speaker: 'kremlin' },
    ],
  },
  {
    id: 'syrian-government-talks-2015-09-04', actor: 'syrian-government', issue: 'talks-without-preconditions',
    position: 'supports',
    condition: 'with the opposition Putin calls "healthy"',
    when: {
      start: '2015-09-04', basis: 'resolved', phrase: 'on Friday', anchor: '001',
      note: 'Putin reporting Assad\'s position on Friday; the anchor\'s dateline is itself inferred (see source 001).',
    },
    basis: 'reported',
    evidence: [{ source: '001', start: 451, end: 637, text: 'The Syrian president “is in agreement with” holding elections for parliament, as well as establishing contacts with the\u00a0so-called healthy opposition and bringing them into the leadership' }],
  },

  // The opposition
  {
    id: 'opposition-talks-2012-01-30', actor: 'opposition', issue: 'talks-without-preconditions', position: 'opposes',
    condition: 'until Assad steps down',
    when: {
      start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003',
      note: 'The lede\'s "on Monday" is read as dating the opposition\'s refusal too.',
    },
    basis: 'stated',
    evidence: [
      { source: '003', start: 679, end: 765, text: 'the opposition rejected all such talks with the Damascus regime until Assad steps down' },
      { source: '003', start: 769, end: 830, text: 'The resignation of Assad is the condition for any negotiation', speaker: 'ghalioun' },
    ],
  },
  {
    id: 'opposition-assad-must-go-2012-01-30', actor: 'opposition', issue: 'assad-must-go', position: 'supports',
    when: {
      start: '2012-01-30', basis: 'resolved', phrase: 'on Monday', anchor: '003',
      note: 'The lede\'s "on Monday" is read as dating the opposition\'s refusal too.',
    },
    basis: 'stated',
    evidence: [{ source: '003', start: 769, end: 884, text: 'The resignation of Assad is the condition for any negotiation on the transition to a democratic government in Syria', speaker: 'ghalioun' }],
  },
  {
    id: 'opposition-talks-2013-11-12', actor: 'opposition', issue: 'talks-without-preconditions', position: 'opposes',
    condition: 'unless its pre-conditions are met, including Syrian Army withdrawals from captured cities and towns',
    when: { start: '2013-11-12', basis: 'resolved', phrase: 'On Tuesday', anchor: '004' },
    basis: 'reported',
    evidence: [{ source: '004', start: 1626, end: 1781, text: 'the Syrian National Council set a number of pre-conditions, including Syrian Army withdrawals from captured cities and towns, for attending the peace talks' }],
  },
  {
    id: 'opposition-assad-must-go-2013-11-14', actor: 'opposition', issue: 'assad-must-go', position: 'supports',
    when: { start: '2013-11-14', basis: 'article', anchor: '004', note: REPORT_DATE },
    basis: 'reported',
    evidence: [{ source: '004', start: 1277, end: 1443, text: 'The largest Syrian opposition groups still remain reluctant to take part in the Geneva-2 peace talks saying they cannot\u00a0accept Assad to play a role in Syria’s future.' }],
  },

  // The West
  {
    id: 'west-unsc-pressure-2012-01-27', actor: 'west', issue: 'un-security-council-pressure', position: 'supports',
    when: { start: '2012-01-27', basis: 'resolved', phrase: 'on Friday', anchor: '003' }, basis: 'reported',
    evidence: [{ source: '003', start: 2485, end: 2560, text: 'European and Arab nations on Friday pressed for UN Security Council backing' }],
  },
  {
    id: 'west-assad-must-go-2012-01-27', actor: 'west', issue: 'assad-must-go', position: 'supports',
    when: { start: '2012-01-27', basis: 'resolved', phrase: 'on Friday', anchor: '003' }, basis: 'reported',
    evidence: [{ source: '003', start: 2521, end: 2615, text: 'pressed for UN Security Council backing for an Arab League plan calling on Assad to stand down' }],
  },
  {
    id: 'west-unsc-pressure-2012-01-31', actor: 'west', issue: 'un-security-council-pressure', position: 'supports',
    when: { start: '2012-01-31', basis: 'article', anchor: '003', note: REPORT_DATE }, basis: 'reported',
    evidence: [
      { source: '003', start: 311, end: 362, text: 'Western calls to back UN sanctions against Damascus' },
      { source: '003', start: 1637, end: 1759, text: "mounting Western frustration over Moscow's refusal to support a UN Security Council resolution condemning the Assad regime" },
    ],
  },
  {
    id: 'west-assad-must-go-2012-02-08', actor: 'west', issue: 'assad-must-go', position: 'supports',
    when: { start: '2012-02-08', basis: 'article', anchor: '002', note: REPORT_DATE }, basis: 'reported',
    evidence: [{ source: '002', start: 273, end: 342, text: 'Western and Arab pressure for President Bashar al-Assad to cede power' }],
  },
  {
    id: 'west-unsc-pressure-2012-02-08', actor: 'west', issue: 'un-security-council-pressure', position: 'supports',
    when: {
      start: '2012-02-08', basis: 'resolved', phrase: 'later on Wednesday', anchor: '002',
      note: 'Sarkozy\'s office describing his conversation with Medvedev, dated with the Erdogan call.',
    },
    basis: 'stated',
    evidence: [{ source: '002', start: 1969, end: 2133, text: 'Despite the blockage in the Security Council, which he (Sarkozy) deeply regretted, the head of state stressed the need to increase the pressure on the Syrian regime', speaker: 'elysee' }],
  },
  {
    id: 'west-chemical-weapons-2013-09', actor: 'west', issue: 'chemical-weapons-disarmament', position: 'supports',
    when: { start: '2013-09', basis: 'resolved', phrase: 'In September', anchor: '004' }, basis: 'reported',
    evidence: [{ source: '004', start: 1953, end: 2025, text: 'the US agreed to a Russian proposal for Syria to destroy its banned arms' }],
  },
  {
    // The text names only "Russian and US efforts"; it says nothing of preconditions either way (like Russia's
    // observation of the same day, this records support for talks that bring "all parties" to the table).
    id: 'west-talks-2013-11-14', actor: 'west', issue: 'talks-without-preconditions', position: 'supports',
    when: { start: '2013-11-14', basis: 'article', anchor: '004', note: REPORT_DATE }, basis: 'reported',
    evidence: [{ source: '004', start: 581, end: 695, text: 'Russian and US efforts to convene a peace conference bringing all parties in the conflict to the negotiating table' }],
  },
  {
    id: 'west-assad-must-go-2015-09-04', actor: 'west', issue: 'assad-must-go', position: 'supports',
    when: {
      start: '2015-09-04', basis: 'inferred',
      note: 'Not dated in the text: the date of the report, itself inferred (see source 001).',
    },
    basis: 'reported',
    evidence: [{ source: '001', start: 1801, end: 1886, text: 'the west and Gulf states say he is part of the problem, not the solution, and must go' }],
  },
];
