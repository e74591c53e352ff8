import type { EdtfDate, Id } from './when.js';

/**
 * - `state`: Russia, China; `body`: a foreign ministry, the UN Security Council, the Kremlin;
 * - `person`: Putin, Ghalioun; `group`: the Syrian National Council;
 * - `igo`: the UN, the Arab League, the OPCW; `bloc`: "the West".
 */
export type ActorKind = 'state' | 'body' | 'person' | 'group' | 'igo' | 'bloc';

export interface ActorTitle {
  title: string;
  from?: EdtfDate;
  until?: EdtfDate;
}

/** Anyone who acts or is acted upon. */
export interface Actor {
  id: Id;
  name: string;
  kind: ActorKind;
  /** Surface forms in the sources: 'Moscow', 'the Kremlin', 'Damascus'. */
  aliases?: string[];
  /** The body or state this actor belongs to (lavrov → russia-mfa → russia); acyclic. */
  partOf?: Id;
  /** The actor's swimlane; when absent it is inherited through `partOf`; none ⇒ a counterpart only. */
  lane?: Id;
  /** Override of the lane colour. */
  color?: string;
  titles?: ActorTitle[];
  codes?: { cameo?: string; wikidata?: string };
}
