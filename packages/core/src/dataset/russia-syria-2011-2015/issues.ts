import type { Issue } from '../../model/index.js';

/**
 * What the sides argue about. Each label is ONE proposition, so that a side's track of supports / opposes says
 * something true (docs/EDITORIAL.md, "Issues"). Where one theme holds several propositions on which a side takes
 * different positions, it is split: Russia opposes arming the opposition but supplies Damascus (a relation, not an
 * issue); it proposed the chemical deal to avert a strike; it asks for coordinated strikes on ISIL. Those are four
 * issues, not one "foreign intervention".
 */
export const issues: Issue[] = [
  {
    id: 'assad-must-go',
    label: 'Assad should step down',
    description: 'Assad should cede power, or have no role in Syria’s future, as a condition of any settlement.',
  },
  {
    id: 'government-opposition-talks',
    label: 'The government and the opposition should negotiate',
    description: 'The conflict should be settled by talks between the Syrian government and the opposition (in Moscow, ' +
      'under the Arab League plan of November 2011, at Geneva-2). Whether talks may be conditional is a separate ' +
      'issue, talks-without-preconditions; a statement about timing only (Brahimi\'s) is a position on neither.',
  },
  {
    id: 'talks-without-preconditions',
    label: 'Talks should start without preconditions',
    description: 'Neither side should make its coming to the table depend on a prior concession, such as Assad ' +
      'stepping down or the army leaving cities. Only statements about conditions for attending count here.',
  },
  {
    id: 'settlement-imposed-from-outside',
    label: 'Outside powers may decide Syria’s political settlement',
    description: 'Foreign states or "the international community" may determine the outcome of the crisis (who ' +
      'governs, on what terms) rather than leave it to the Syrians. Arming a side and military strikes are separate ' +
      'issues.',
  },
  {
    id: 'arming-the-opposition',
    label: 'Outside powers should arm or encourage the armed opposition',
    description: 'Supplying arms to, or otherwise encouraging, the opposition in its armed struggle. (Arms supplies ' +
      'to the government are a relation of the dataset, not this issue.)',
  },
  {
    id: 'military-strike',
    label: 'Outside powers may strike Syria militarily',
    description: 'Military action by foreign powers against the Syrian government, such as the US strike threatened ' +
      'after the chemical attack of 2013. Strikes against ISIL are coordination-with-damascus-against-isil.',
  },
  {
    id: 'coordination-with-damascus-against-isil',
    label: 'The fight against ISIL should be coordinated with Damascus',
    description: 'Those striking ISIL, above all the US-led coalition, should coordinate with the Syrian army (and ' +
      'others on the ground) rather than act without, or against, the Syrian government.',
  },
  {
    id: 'un-security-council-pressure',
    label: 'The UN Security Council should pressure Damascus',
    description: 'Pressure on the Syrian government through the Security Council: resolutions condemning it, ' +
      'sanctions, backing the Arab League plan.',
  },
  {
    id: 'both-sides-to-blame',
    label: 'Government and opposition share the blame for the violence',
    description: 'The violence is the doing of both sides, so outsiders should treat them even-handedly (Russia\'s ' +
      '"equally to blame"), as opposed to blaming the government\'s repression or the "armed extremists" alone.',
  },
  {
    id: 'political-reform',
    label: 'Syria needs political reform',
    description: 'The Syrian government should reform: elections, power sharing, "profound democratic changes".',
  },
  {
    id: 'chemical-weapons-disarmament',
    label: 'Syria’s chemical weapons should be destroyed',
    description: 'Syria should give up and destroy its chemical weapons under international inspection.',
  },
];
