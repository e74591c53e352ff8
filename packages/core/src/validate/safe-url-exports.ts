// The safe-link check, re-exported by ./index.ts with `export *` (see there why it is a group of its
// own): named re-exports only. Apart from common-exports.ts since only the element's lazy chunks
// (the details panel, the side card) check links.
export { isSafeUrl } from './safe-url.js';
