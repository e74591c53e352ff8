/**
 * The closed lists and patterns of the dataset format, shared by the valibot schema
 * (dataset-schema.ts, from which dataset.schema.json and the yes/no structure check
 * is-well-formed-dataset.ts are generated; the latter imports these by name, without valibot)
 * and the rule checks (check-*.ts). One list each, so they cannot drift.
 */

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const WIKIDATA_PATTERN = /^Q\d+$/;
export const CAMEO_EVENT_PATTERN = /^\d{2,4}$/;
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
/** A BCP 47 language tag, as the HTML `lang` attribute takes it: 'en', 'ar', 'pt-BR', 'sr-Latn'. */
export const LANG_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

// A module of its own: the element's first load needs this list (the legend's order), and a bundler
// would put the whole module it lives in there.
export { EVENT_TYPES } from './event-types.js';
export const PLOVER_EVENTS = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'] as const;
export const ACTOR_KINDS = ['state', 'body', 'person', 'group', 'igo', 'bloc'] as const;
/** The kinds of actor that can be the speaker of a quote. */
export const SPEAKER_KINDS = ['person', 'body', 'group'] as const;
export const ROLES = ['actor', 'recipient', 'target', 'object'] as const;
export const WHEN_BASES = ['stated', 'resolved', 'article', 'inferred'] as const;
export const RELATION_KINDS = ['alliance', 'arms-supply', 'military-base', 'patronage', 'diplomatic-backing', 'other'] as const;

/** The fields a date basis requires (one table for the collecting pass, the fast check and the JSON Schema). */
export const BASIS_REQUIRES = {
  resolved: ['phrase', 'anchor'],
  article: ['anchor'],
  inferred: ['note'],
} as const satisfies Partial<Record<(typeof WHEN_BASES)[number], readonly string[]>>;

/**
 * A note saying the text does not date the item: then its basis is not `stated` (it is `article`,
 * dated by its article, or `inferred`). Lowercase words only, read case-insensitively, so that the
 * JSON Schema can spell the same test without regex flags (see `caseInsensitivePattern`).
 */
export const UNDATED_NOTE_PATTERN = /not dated|undated|no date|does not date/i;
export const POSITIONS = ['supports', 'opposes', 'neutral'] as const;
export const STANCE_BASES = ['stated', 'reported', 'inferred'] as const;
