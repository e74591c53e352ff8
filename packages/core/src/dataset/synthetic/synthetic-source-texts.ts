import type { Id } from '../../model/index.js';

/**
 * The one source text behind every synthetic evidence: pass it to `parseDataset(d, { sourceTexts })`
 * so that slices are checked exactly. It is tiny on purpose: every event quotes the same slice
 * `[0, 9)`, so a 100,000-event dataset does not carry 100,000 sentences of text.
 */
export const SYNTHETIC_SOURCE_TEXTS: Readonly<Record<Id, string>> = Object.freeze({
  synthetic: 'synthetic',
});
