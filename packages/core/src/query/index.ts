// Public API of core/query: named re-exports only.
export {};
