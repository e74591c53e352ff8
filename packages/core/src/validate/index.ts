// Public API of core/validate, in five groups of named re-exports, each taken here with `export *`
// (and nothing named here): esbuild's code splitting follows every re-export of a barrel that an
// app uses a name of directly, so a name of the common group named here would pull the other
// groups (valibot, the fast check) into the first load of an app that imports them with `import()`.
export * from './common-exports.js';
export * from './error-exports.js';
export * from './safe-url-exports.js';
export * from './fast-check-exports.js';
export * from './issue-list-exports.js';
