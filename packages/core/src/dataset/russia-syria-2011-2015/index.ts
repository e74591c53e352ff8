import type { Dataset } from '../../model/index.js';
import { actors } from './actors.js';
import { events } from './events.js';
import { issues } from './issues.js';
import { lanes } from './lanes.js';
import { relations } from './relations.js';
import { sources } from './sources.js';
import { stances } from './stances.js';

/**
 * Russia's diplomacy on the Syrian conflict, 2011–2015, as told by the five seed articles in `seeds/`.
 * Every event and stance quotes its seed exactly (UTF-16 offsets, checked against the files by
 * packages/core/test/seeds.test.ts); every relative date records its phrase and the dateline it was
 * resolved against; every date that needed outside knowledge says which, in `when.note`. The editorial rules are in
 * docs/EDITORIAL.md.
 */
export const builtinDataset: Dataset = { version: 1, lang: 'en', lanes, actors, issues, sources, events, stances, relations };
