/**
 * @syria-timeline/core: the data model of dated diplomatic events, dates, validation,
 * queries, pure layout, and the built-in dataset. No DOM.
 */
export type * from './model/index.js';
export * from './dates/index.js';
// Not in dates/index.ts: esbuild's code splitting takes every module a barrel re-exports into the
// first load of an app that uses any name of that barrel (see validate/index.ts), and describeBasis
// is only for the element's details panel, a lazy chunk.
export * from './dates/describe-basis.js';
export * from './validate/index.js';
export * from './query/index.js';
export * from './layout/index.js';
export * from './dataset/index.js';
