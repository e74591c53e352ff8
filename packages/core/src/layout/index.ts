// Public API of core/layout: named re-exports only.
export {};
