import type { Issue } from '../../model/index.js';

/** What the sides argue about, each label phrased as a proposition a side can support or oppose. */
export const issues: Issue[] = [
  {
    id: 'assad-must-go',
    label: 'Assad should step down',
    description: 'Assad should cede power, or have no role in Syria’s future, as a condition of any settlement.',
  },
  {
    id: 'talks-without-preconditions',
    label: 'Talks should start without preconditions',
    description: 'The government and the opposition should sit down to talk without first requiring Assad to go ' +
      'or the army to withdraw.',
  },
  {
    id: 'foreign-intervention',
    label: 'Outside powers may intervene in Syria',
    description: 'Outside interference in the conflict: arming or encouraging one side, military action, ' +
      'or settling the outcome from abroad.',
  },
  {
    id: 'un-security-council-pressure',
    label: 'The UN Security Council should pressure Damascus',
    description: 'Pressure on the Syrian government through the Security Council: resolutions condemning it, ' +
      'sanctions, backing the Arab League plan.',
  },
  {
    id: 'chemical-weapons-disarmament',
    label: 'Syria’s chemical weapons should be destroyed',
    description: 'Syria should give up and destroy its chemical weapons under international inspection.',
  },
];
