/**
 * @syria-timeline/core: the data model of dated diplomatic events, dates, validation,
 * queries, pure layout, and the built-in dataset. No DOM.
 */
export type * from './model/index.js';
export * from './dates/index.js';
export * from './validate/index.js';
export * from './query/index.js';
export * from './layout/index.js';
export * from './dataset/index.js';
