// Public API of @syria-timeline/cli: the commands as functions, for scripts and tests.
export { runCli, USAGE, type CliOutput } from './run-cli.js';
export { validateDatasetFile, type ValidateOptions } from './commands/validate.js';
export { quoteEvidence, evidenceIn, QuoteNotFoundError } from './commands/quote.js';
export { importTables, DEFAULT_LANE_COLORS, type ImportOptions, type ImportResult, type TableKind } from './commands/import-tables.js';
export { initDataset, SCHEMA_URL } from './commands/init.js';
export { findQuote, type QuoteMatch } from './find-quote.js';
export { resolveRelativeDate, SUPPORTED_RELATIVE_PHRASES, type ResolvedDate } from './resolve-relative-date.js';
export { LocatedJson, JsonSyntaxError, pathKeys, type TextPosition } from './json-locations.js';
export { formatProblem, type Problem } from './problem.js';
