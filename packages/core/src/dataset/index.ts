// Public API of core/dataset: named re-exports only.
export {};
