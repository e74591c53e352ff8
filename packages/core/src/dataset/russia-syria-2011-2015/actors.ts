import type { Actor } from '../../model/index.js';

/**
 * Everyone the five articles name as acting or acted upon.
 *
 * Lanes are given on the four root actors (russia, syrian-government, opposition, west) and inherited
 * through `partOf` (plus the US-led coalition, see below). Actors with no lane are counterparts: an event that only
 * they take part in is drawn in the context row ("Others"), never in a side's lane.
 * `titles[].from/until` bracket the dates on which the seeds attest a title, not the term of office
 * (the seeds say nothing about when a term began or ended).
 * Aliases are surface forms found in the seeds, so a reader can match the text to the actor.
 */
export const actors: Actor[] = [
  // Russia
  { id: 'russia', name: 'Russia', kind: 'state', lane: 'russia', aliases: ['Moscow', 'Russia'] },
  { id: 'kremlin', name: 'The Kremlin', kind: 'body', partOf: 'russia', aliases: ['the Kremlin'] },
  {
    id: 'putin', name: 'Vladimir Putin', kind: 'person', partOf: 'russia',
    aliases: ['Putin', 'Vladimir Putin'],
    titles: [
      { title: 'Prime Minister and presidential hopeful', from: '2012-03-02', until: '2012-03-02' },
      { title: 'President of Russia', from: '2013-11-14', until: '2015-09-04' },
    ],
  },
  {
    id: 'medvedev', name: 'Dmitry Medvedev', kind: 'person', partOf: 'kremlin',
    aliases: ['Medvedev'], titles: [{ title: 'President of Russia', from: '2012-02-08', until: '2012-02-08' }],
  },
  {
    id: 'russia-mfa', name: 'Russian Foreign Ministry', kind: 'body', partOf: 'russia',
    aliases: ['the foreign ministry', 'The Russian foreign ministry'],
  },
  {
    id: 'lavrov', name: 'Sergei Lavrov', kind: 'person', partOf: 'russia-mfa',
    aliases: ['Lavrov'], titles: [{ title: 'Foreign Minister of Russia', from: '2012-02-08', until: '2012-02-08' }],
  },

  // Assad and the Syrian government
  {
    id: 'syrian-government', name: 'Syrian government', kind: 'body', lane: 'assad',
    aliases: ['the Syrian authorities', 'Damascus', 'the Damascus regime', 'the Assad regime', "Assad's regime",
      'the Syrian regime', 'the Syrian government', 'the government'],
  },
  {
    id: 'assad', name: 'Bashar al-Assad', kind: 'person', partOf: 'syrian-government',
    aliases: ['Assad', 'Bashar al-Assad', 'Bashar Assad', 'Al-Assad', 'Bashar Al-Assad', 'The Syrian president'],
    titles: [{ title: 'President of Syria', from: '2012-01-31', until: '2015-09-04' }],
  },
  {
    id: 'syrian-army', name: 'Syrian army', kind: 'body', partOf: 'syrian-government',
    aliases: ['regime forces', 'government forces', 'Syrian Army', 'armed formations of the Syrian government'],
  },

  // The opposition
  {
    id: 'opposition', name: 'Syrian opposition', kind: 'group', lane: 'opposition',
    aliases: ['the opposition', 'Syria’s opposition', 'the Syrian opposition', 'opponents of Assad', "Assad's opponents",
      'The largest Syrian opposition groups', 'the main opposition groups'],
  },
  {
    id: 'snc', name: 'Syrian National Council', kind: 'group', partOf: 'opposition',
    aliases: ['the Syrian National Council', 'the opposition Syrian National Council'],
  },
  {
    id: 'ghalioun', name: 'Burhan Ghalioun', kind: 'person', partOf: 'snc',
    aliases: ['Burhan Ghalioun'], titles: [{ title: 'Head of the Syrian National Council', from: '2012-01-31', until: '2012-01-31' }],
  },
  {
    id: 'rebel-groups', name: 'Rebel groups', kind: 'group', partOf: 'opposition',
    aliases: ['the rebel groups', 'armed opponents of Assad', 'moderate anti-Assad rebel groups'],
  },

  // The West: a bloc (PLOVER declines to code it; see DATA-MODEL.md §8) with named members
  {
    id: 'west', name: 'The West', kind: 'bloc', lane: 'west',
    aliases: ['the West', 'the west', 'Western nations', 'Western countries', 'other Western countries'],
  },
  // Not 'US' nor 'the US': they also match "the US-led coalition", a different actor (001). The seeds' bare "US"
  // (004: "the US agreed", "a US military strike") is this actor all the same.
  { id: 'us', name: 'United States', kind: 'state', partOf: 'west', aliases: ['the United States'] },
  { id: 'france', name: 'France', kind: 'state', partOf: 'west' },
  {
    id: 'sarkozy', name: 'Nicolas Sarkozy', kind: 'person', partOf: 'france',
    aliases: ['Sarkozy'], titles: [{ title: 'President of France', from: '2012-02-08', until: '2012-02-08' }],
  },
  { id: 'elysee', name: 'Office of the French President', kind: 'body', partOf: 'france', aliases: ["Sarkozy's office"] },
  // The seeds say "European and Arab nations": no surface form of its own.
  { id: 'european-nations', name: 'European nations', kind: 'bloc', partOf: 'west' },

  // Counterparts (no lane)
  { id: 'china', name: 'China', kind: 'state' },
  { id: 'arab-league', name: 'Arab League', kind: 'igo', aliases: ['Arab League'] },
  { id: 'arab-nations', name: 'Arab nations', kind: 'bloc', aliases: ['Arab nations'] },
  { id: 'gulf-states', name: 'Gulf states', kind: 'bloc', aliases: ['Gulf states'] },
  { id: 'united-nations', name: 'United Nations', kind: 'igo', aliases: ['the United Nations', 'UN'] },
  {
    id: 'unsc', name: 'UN Security Council', kind: 'body', partOf: 'united-nations',
    aliases: ['the UN Security Council', 'the U.N. Security Council', 'the Security Council'],
  },
  {
    id: 'brahimi', name: 'Lakhdar Brahimi', kind: 'person', partOf: 'united-nations',
    // 004 spells him both ways: 'Lakhdar Brahimi' in the photo caption, 'Lakhdar Ibrahimi' in the body.
    aliases: ['Lakhdar Brahimi', 'Lakhdar Ibrahimi'],
    titles: [{ title: 'UN and Arab League Special Envoy for Syria', from: '2013-11-14', until: '2013-11-14' }],
  },
  {
    id: 'opcw', name: 'Organisation for the Prohibition of Chemical Weapons', kind: 'igo',
    aliases: ['OPCW', 'the Organisation for the Prohibition of Chemical Weapons'],
  },
  { id: 'turkey', name: 'Turkey', kind: 'state' },
  {
    id: 'erdogan', name: 'Tayyip Erdogan', kind: 'person', partOf: 'turkey',
    aliases: ['Erdogan', 'Tayyip Erdogan'],
    titles: [{ title: 'Prime Minister of Turkey', from: '2012-02-08', until: '2012-02-08' }],
  },
  { id: 'pakistan', name: 'Pakistan', kind: 'state' },
  {
    id: 'khar', name: 'Hina Rabbani Khar', kind: 'person', partOf: 'pakistan',
    aliases: ['Hina Rabbani Khar'],
    titles: [{ title: 'Foreign Minister of Pakistan', from: '2012-02-08', until: '2012-02-08' }],
  },
  {
    id: 'isil', name: 'Islamic State of Iraq and the Levant', kind: 'group',
    aliases: ['ISIL', 'the Islamic State', 'the Islamic State of Iraq and the Levant (ISIL) group'],
  },
  // Drawn in the West lane: the seeds name it only by its leader ("US-led") and name none of its other members.
  // Not `partOf: 'west'`, which would claim every member for the West.
  { id: 'us-led-coalition', name: 'US-led coalition', kind: 'bloc', lane: 'west', aliases: ['the US-led coalition'] },
  { id: 'iraqi-army', name: 'Iraqi army', kind: 'body', aliases: ['Iraqi armies'] },
  { id: 'kurdish-forces', name: 'Kurdish forces', kind: 'group', aliases: ['Kurdish forces'] },
  { id: 'foreign-editors', name: 'Foreign editors', kind: 'group', aliases: ['foreign editors'] },
  // "The United States and other countries" (002): the others are not named.
  { id: 'other-countries', name: 'Other countries (not named)', kind: 'bloc', aliases: ['other countries'] },
  // 004 does not say who carried out the chemical attack near Damascus; an actor is needed to record the act at all.
  { id: 'chemical-attack-perpetrators', name: 'Perpetrators of the chemical attack (not named)', kind: 'group' },
];
