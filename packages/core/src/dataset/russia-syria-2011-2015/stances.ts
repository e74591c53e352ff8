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
 * - `basis`: 'stated' when the side says it itself (quoted or in reported speech of a statement); 'reported' when
 *   the article characterises the position; 'inferred' when it is read from conduct.
 * - `when`: the date the position was expressed, resolved like an event date where the text dates it; otherwise
 *   the date of the report (the source's dateline, with the dateline's own basis) and a note that says so.
 * - No `until`: none of the seeds ends a position explicitly.
 */
export const stances: Stance[] = [...russiaStances, ...otherStances];
