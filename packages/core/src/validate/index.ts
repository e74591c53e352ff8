// Public API of core/validate: named re-exports only.
export {};
