import type { TimelineEvent } from '../../model/index.js';

/** 004's Kremlin statement reports Thursday's call; its later sentences are read as part of the same readout. */
const SAME_READOUT_004 = 'Part of Thursday\'s phone call, as the Kremlin statement reports it.';

/**
 * Events of 2013–2015: the chemical weapons deal and the run-up to Geneva-2 (004, 14 November 2013), and Putin at the
 * Eastern Economic Forum (001, [4 September 2015]).
 */
export const events2013To2015: TimelineEvent[] = [
  {
    id: 'chemical-attack-near-damascus-2013-08-21',
    type: 'violence',
    title: 'Chemical weapons attack kills hundreds near Damascus',
    summary: 'A chemical weapons attack kills hundreds in villages near Damascus. The text does not say who carried it ' +
      'out; Assad denies his government\'s involvement.',
    when: {
      start: '2013-08-21', basis: 'inferred',
      note: 'The text gives no date; it places the attack before the US–Russian deal of September. Outside knowledge: ' +
        'the attack on the Ghouta suburbs of Damascus took place on 21 August 2013.',
    },
    participants: [{ actor: 'chemical-attack-perpetrators', role: 'actor' }],
    issues: ['chemical-weapons-disarmament'],
    evidence: [{ source: '004', start: 2086, end: 2159, text: 'a chemical weapons attack which killed hundreds in villages near Damascus' }],
    background: true,
  },
  {
    id: 'us-threatens-strike-2013-08',
    type: 'other',
    title: 'The US threatens a military strike in retaliation',
    summary: 'A US military strike in retaliation for the chemical attack is in prospect: the text describes the deal of ' +
      'September as a means to avert it. That the US had threatened it is the reading of that sentence.',
    when: {
      start: '2013-08', end: '2013-09', basis: 'inferred',
      note: 'The text says only that the September deal was "a means to avert a US military strike in retaliation"; ' +
        'it does not date the threat. Outside knowledge: the US said in late August and early September 2013 that it ' +
        'was prepared to strike.',
    },
    participants: [{ actor: 'us', role: 'actor' }, { actor: 'syrian-government', role: 'target' }],
    issues: ['military-strike'],
    evidence: [{ source: '004', start: 2040, end: 2159, text: 'avert a US military strike in retaliation for a chemical weapons attack which killed hundreds in villages near Damascus' }],
    // CAMEO 138: threaten with military force.
    codes: { cameo: '138', plover: { event: 'THREATEN' } },
  },
  {
    id: 'us-russia-chemical-weapons-deal-2013-09',
    type: 'agreement',
    title: 'US accepts Russia\'s proposal on Syria\'s chemical weapons',
    summary: 'The US agrees to a Russian proposal for Syria to destroy its banned chemical arms, as a way to avert a ' +
      'US military strike in retaliation for a chemical weapons attack near Damascus.',
    when: { start: '2013-09', basis: 'resolved', phrase: 'In September', anchor: '004' },
    participants: [
      // The US agrees to Russia's proposal: Russia is the party it answers; Syria is what the deal is about.
      { actor: 'us', role: 'actor' }, { actor: 'russia', role: 'recipient' }, { actor: 'syrian-government', role: 'object' },
    ],
    issues: ['chemical-weapons-disarmament', 'military-strike'],
    evidence: [{ source: '004', start: 1939, end: 2160, text: 'In September, the US agreed to a Russian proposal for Syria to destroy its banned arms as a means to avert a US military strike in retaliation for a chemical weapons attack which killed hundreds in villages near Damascus.' }],
  },
  {
    id: 'opcw-confirms-destruction-of-equipment-2013-11-01',
    type: 'statement',
    title: 'OPCW: Syria has destroyed its chemical weapons equipment',
    summary: 'A statement by the OPCW confirms that the Syrian government has completed the functional destruction ' +
      'of equipment once used in its declared chemical weapons.',
    when: {
      start: '2013-11-01', basis: 'resolved', phrase: 'On November 1', anchor: '004',
      outsideNote: 'Other agencies reported this OPCW statement on 31 October 2013; the article\'s "On November 1" is ' +
        'kept.',
    },
    // The OPCW has no lane: its statement is drawn in the context row, not as an act of the Syrian government.
    participants: [{ actor: 'opcw', role: 'actor' }],
    issues: ['chemical-weapons-disarmament'],
    evidence: [{ source: '004', start: 2224, end: 2461, text: 'On November 1,\u00a0a statement released by the Organisation for the Prohibition of Chemical Weapons (OPCW) confirmed that the Syrian government had completed the functional destruction of equipment once used in its declared chemical weapons.' }],
    background: true,
  },
  {
    id: 'brahimi-says-talks-unlikely-in-november-2013-11',
    type: 'statement',
    title: 'Brahimi: peace talks unlikely in November',
    summary: 'The UN and Arab League envoy Lakhdar Brahimi (spelt "Ibrahimi" in the text) says the peace talks are ' +
      'unlikely to be held in November.',
    when: { start: '2013-11-04', end: '2013-11-10', basis: 'resolved', phrase: 'last week', anchor: '004' },
    participants: [{ actor: 'brahimi', role: 'actor' }],
    issues: ['government-opposition-talks'],
    evidence: [{ source: '004', start: 1445, end: 1612, text: 'UN and Arab League Special Envoy Lakhdar Ibrahimi, who has engaged in shuttle diplomacy, said last week that it was unlikely the peace talks would be held in November.' }],
  },
  {
    id: 'snc-sets-preconditions-2013-11-12',
    type: 'demand',
    title: 'Syrian National Council sets preconditions for Geneva-2',
    summary: 'The Syrian National Council sets preconditions for attending the peace talks, including Syrian Army ' +
      'withdrawals from captured cities and towns.',
    when: { start: '2013-11-12', basis: 'resolved', phrase: 'On Tuesday', anchor: '004' },
    participants: [{ actor: 'snc', role: 'actor' }, { actor: 'syrian-army', role: 'object' }],
    issues: ['talks-without-preconditions'],
    evidence: [{ source: '004', start: 1614, end: 1782, text: 'On Tuesday, the Syrian National Council set a number of pre-conditions, including Syrian Army withdrawals from captured cities and towns, for attending the peace talks.' }],
  },
  {
    id: 'assad-denies-involvement-in-chemical-attack-2013-11-14',
    type: 'statement',
    title: 'Assad denies his government\'s involvement in the chemical attack',
    summary: 'Assad denies that his government was involved in the chemical attack near Damascus (the text says only ' +
      'that he "had denied" it, some time between the attack and the report).',
    when: {
      start: '2013-11-14', basis: 'article', anchor: '004',
      // Not a range from the attack to the report: it would be drawn as a bar, as if the denial had lasted months.
      note: '"Had denied": some time after the attack and before this report; the text gives no date.',
    },
    participants: [{ actor: 'assad', role: 'actor' }],
    issues: ['chemical-weapons-disarmament'],
    evidence: [{ source: '004', start: 2162, end: 2222, text: 'Assad had denied his government’s involvement in the attack.' }],
    // CAMEO 016: deny responsibility.
    codes: { cameo: '016' },
  },
  {
    id: 'assad-says-government-will-attend-geneva-2-2013-11-14',
    type: 'offer',
    title: 'Assad says his government will attend the peace conference',
    summary: 'Assad says his government will take part in the peace conference, after initial qualms about negotiating ' +
      'with the rebel groups.',
    when: {
      start: '2013-11-14', basis: 'article', anchor: '004',
      note: '"Has said": before the report; the text does not say when. The "initial" qualms are earlier still.',
    },
    participants: [{ actor: 'assad', role: 'actor' }, { actor: 'rebel-groups', role: 'object' }],
    issues: ['government-opposition-talks'],
    evidence: [{ source: '004', start: 753, end: 893, text: 'Assad has said his government will participate in the conference but had initially expressed qualms about negotiating with the rebel groups.' }],
    // CAMEO 036: express intent to meet or negotiate.
    codes: { cameo: '036' },
  },
  {
    id: 'putin-assad-call-2013-11-14',
    type: 'call',
    title: 'Putin and Assad discuss Geneva-2 by phone',
    summary: 'In their first talk in two years, Putin and Assad discuss the Russian and US efforts to convene the ' +
      'Geneva-2 peace conference; Putin welcomes Assad\'s readiness to send a government delegation, and hopes the ' +
      'main opposition groups will take part (the Kremlin\'s account).',
    when: { start: '2013-11-14', basis: 'resolved', phrase: 'on Thursday', anchor: '004' },
    participants: [
      { actor: 'putin', role: 'actor' }, { actor: 'assad', role: 'recipient' }, { actor: 'opposition', role: 'object' },
    ],
    issues: ['government-opposition-talks'],
    evidence: [
      { source: '004', start: 342, end: 532, text: 'Russian President Vladimir Putin on Thursday\u00a0discussed international peace efforts to end the Syrian conflict in a phone call with President Bashar Al-Assad, the Kremlin said in a statement.' },
      { source: '004', start: 534, end: 695, text: 'Their talk, the first in two years, focused on Russian and US efforts to convene a peace conference bringing all parties in the conflict to the negotiating table' },
      { source: '004', start: 896, end: 1120, text: 'Putin underscored the efforts by Russia and its partners to prepare for the Geneva-2 international conference and gave a positive assessment to Bashar al-Assad’s readiness to send a Syrian government delegation to this event', speaker: 'kremlin' },
      { source: '004', start: 1153, end: 1274, text: 'The hope was expressed that the main opposition groups will show a constructive approach and take part in the conference.', speaker: 'kremlin' },
    ],
  },
  {
    id: 'putin-praises-chemical-cooperation-2013-11-14',
    type: 'support',
    title: 'Putin praises Syria\'s cooperation with weapons inspectors',
    summary: 'According to the Kremlin, Putin praises Syria\'s cooperation with international inspectors in destroying ' +
      'its chemical weapons stockpile.',
    when: { start: '2013-11-14', basis: 'resolved', phrase: 'on Thursday', anchor: '004', note: SAME_READOUT_004 },
    participants: [{ actor: 'putin', role: 'actor' }, { actor: 'syrian-government', role: 'recipient' }],
    issues: ['chemical-weapons-disarmament'],
    evidence: [{ source: '004', start: 1784, end: 1937, text: 'The Kremlin statement also said that Putin praised Syria’s cooperation with international weapons inspectors to destroy its chemical armaments stockpile.' }],
  },
  {
    id: 'putin-urges-assad-to-protect-civilians-2013-11-14',
    type: 'appeal',
    title: 'Putin urges Assad to ease the plight of civilians',
    summary: 'Putin, concerned about civilian casualties, urges Assad to do his utmost to alleviate their plight and end ' +
      'the suffering of Christians and other religious minorities (the Kremlin\'s account).',
    when: { start: '2013-11-14', basis: 'resolved', phrase: 'on Thursday', anchor: '004', note: SAME_READOUT_004 },
    participants: [{ actor: 'putin', role: 'actor' }, { actor: 'assad', role: 'recipient' }],
    evidence: [{ source: '004', start: 2547, end: 2795, text: 'The Kremlin statement went on to say that Putin was concerned about civilian casualties and that he had urged Assad to do his utmost to alleviate their plight as well as end the suffering of Christians and other religious minorities in the country.' }],
  },
  {
    id: 'isil-gains-territory-2014-2015',
    type: 'violence',
    title: 'ISIL seizes large parts of Syria and Iraq',
    summary: 'ISIL gains large swaths of Syria and Iraq over the year before Putin\'s remarks.',
    when: {
      start: '2014-09~', end: '2015-09', basis: 'inferred',
      note: '"Over the past year" counted back from 001\'s inferred dateline (4 September 2015), to month precision; ' +
        'the text gives no dates of its own.',
    },
    participants: [{ actor: 'isil', role: 'actor' }],
    evidence: [{ source: '001', start: 2328, end: 2400, text: 'ISIL, which has gained large swaths of\nSyria and Iraq over the past year' }],
    background: true,
  },
  {
    id: 'putin-says-assad-ready-to-share-power-2015-09-04',
    type: 'statement',
    title: 'Putin: Assad is ready to share power with a "healthy" opposition',
    summary: 'Putin tells reporters in Vladivostok that Assad agrees to snap parliamentary elections and to bringing ' +
      'a "healthy" opposition into the leadership. He does not say what a "healthy" opposition is.',
    when: { start: '2015-09-04', basis: 'resolved', phrase: 'on Friday', anchor: '001' },
    participants: [{ actor: 'putin', role: 'actor' }, { actor: 'assad', role: 'object' }, { actor: 'opposition', role: 'object' }],
    issues: ['political-reform', 'government-opposition-talks'],
    evidence: [
      { source: '001', start: 451, end: 732, text: 'The Syrian president “is in agreement with” holding elections for parliament, as well as establishing contacts with the\u00a0so-called healthy opposition and bringing them into the leadership, Putin\u00a0told reporters on the sidelines of the Eastern Economic Forum in Vladivostok on Friday.' },
      { source: '001', start: 284, end: 449, text: 'Russian President Vladimir Putin has said that Syria’s Bashar al-Assad is ready to hold snap parliamentary elections and allow a “healthy” opposition to share power.' },
      { source: '001', start: 1174, end: 1250, text: 'Putin did not elaborate on what a “healthy” opposition was supposed to mean.' },
    ],
  },
  {
    id: 'putin-russia-imposes-nothing-2015-09-04',
    type: 'statement',
    title: 'Putin: an internal Syrian matter; Russia imposes nothing',
    summary: 'Putin says Syria\'s political development is primarily an internal issue: Russia is not imposing ' +
      'anything, but is ready to promote an internal Syrian dialogue.',
    when: {
      start: '2015-09-04', basis: 'article', anchor: '001',
      note: 'The sentence says only "Putin said"; it is not dated, nor tied to the forum or to the Kremlin statement.',
    },
    participants: [{ actor: 'putin', role: 'actor' }, { actor: 'syrian-government', role: 'object' }],
    issues: ['settlement-imposed-from-outside', 'government-opposition-talks'],
    evidence: [{ source: '001', start: 1011, end: 1158, text: 'This is primarily an issue of Syria’s internal development. We are\u00a0not imposing anything, but we are ready to promote this internal Syrian dialogue', speaker: 'putin' }],
  },
  {
    id: 'putin-calls-for-coordination-against-isil-2015-09-04',
    type: 'appeal',
    title: 'Putin calls for coordination in the fight against terrorism',
    summary: 'Putin says the fight against terrorism should go together with a political process in Syria, and that ' +
      'all countries fighting terrorism should at least coordinate; Moscow wants the US-led coalition striking ISIL to ' +
      'coordinate with the Syrian and Iraqi armies, moderate rebels and Kurdish forces.',
    when: {
      start: '2015-09-04', basis: 'article', anchor: '001',
      note: 'Neither the Kremlin statement quoted first nor the other sentences are dated in the text.',
    },
    participants: [
      { actor: 'putin', role: 'actor' }, { actor: 'us-led-coalition', role: 'recipient' },
      { actor: 'syrian-army', role: 'object' }, { actor: 'iraqi-army', role: 'object' }, { actor: 'rebel-groups', role: 'object' },
      { actor: 'kurdish-forces', role: 'object' }, { actor: 'isil', role: 'object' },
    ],
    issues: ['coordination-with-damascus-against-isil'],
    evidence: [
      { source: '001', start: 735, end: 906, text: 'Overall there is an understanding that the unification of forces in the fight against terrorism should proceed in parallel with some sort of political process within Syria', speaker: 'putin' },
      { source: '001', start: 2032, end: 2250, text: 'If it’s impossible today to organise joint work directly on the battle field between all those countries interested in fighting terrorism, it’s indispensable to at least establish some sort of coordination between them', speaker: 'putin' },
      { source: '001', start: 1429, end: 1682, text: 'Moscow wants the US-led coalition carrying out air strikes on the Islamic State of Iraq and the Levant (ISIL) group’s positions to coordinate with the Syrian and Iraqi armies and moderate anti-Assad rebel groups on the ground, as well as Kurdish forces.' },
    ],
  },
  {
    id: 'putin-says-refugees-flee-isil-2015-09-04',
    type: 'statement',
    title: 'Putin: refugees are fleeing ISIL, not Assad',
    summary: 'Putin says Syrian refugees are running away mainly from the Islamic State, not from Assad\'s government.',
    when: {
      start: '2015-09-04', basis: 'resolved', phrase: 'on Friday', anchor: '001',
      note: 'Said "at the forum", which 001 dates "on Friday".',
    },
    participants: [{ actor: 'putin', role: 'actor' }, { actor: 'isil', role: 'object' }, { actor: 'assad', role: 'object' }],
    evidence: [
      { source: '001', start: 2266, end: 2332, text: 'Putin told reporters that Syrian refugees were mainly fleeing ISIL' },
      { source: '001', start: 2404, end: 2555, text: 'People are running away not from the regime of Bashar al-Assad, but from the Islamic State, which has conquered significant territory in Syria and Iraq', speaker: 'putin' },
      { source: '001', start: 2558, end: 2582, text: 'Putin said at the forum.' },
    ],
  },
];
