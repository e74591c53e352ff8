/**
 * `@syria-timeline/core/builtin-dataset`: the built-in Russia–Syria 2011–2015 dataset as an entry of
 * its own. It is most of core's weight (~14 KiB gzip), and a page that brings its own data never
 * needs it, so `<syria-timeline>` imports this entry lazily, only when it has neither `data`
 * nor `src` at its first frame. The main entry still exports `builtinDataset` too (same module, same object).
 */
export { builtinDataset } from './dataset/russia-syria-2011-2015/index.js';
