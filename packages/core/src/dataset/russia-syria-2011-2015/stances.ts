import type { Stance } from '../../model/index.js';
import { otherStances } from './stances-others.js';
import { russiaStances } from './stances-russia.js';

/**
 * Each side's position on each issue over time, as observations (periods are derived by the core).
 *
 * Conventions:
 * - `actor` is the lane's root actor (russia, syrian-government, opposition, west): the brief is each side's
 *   position. Who actually spoke is in the evidence (`speaker`, e.g. putin, lavrov, ghalioun, elysee) or in the
 *   quoted text (e.g. "the Syrian National Council", "European and Arab nations").
 * - `basis`: 'stated' when the side expresses the position itself (its quoted words, "X said", a formal act such as
 *   a veto or setting pre-conditions); 'reported' when it reaches us through someone else: another side relaying it,
 *   a readout of a conversation (the Kremlin's, the Élysée's), or the journalist's summary of a standing position;
 *   'inferred' when it is read from conduct or from words that do not state it (a comment says why).
 * - `when`: the date the position was expressed, resolved like an event date where the sentence (or the occasion it
 *   continues) is dated; otherwise basis 'article', the date of the report. See docs/EDITORIAL.md.
 * - No `until`: none of the seeds ends a position explicitly.
 */
export const stances: Stance[] = [...russiaStances, ...otherStances];
