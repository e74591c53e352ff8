/**
 * How far a `src` load, or the check of a large `data` value, has come, for the progress bar of
 * the loading state: first the bytes (`total` when the server sent a Content-Length for the body
 * as read, else only `loaded`), then `checking` (the data being validated: without `total` no
 * measure, as while a dataset worker parses and checks; with it, the events checked so far), then
 * the events as they arrive on the main thread, or as they are prepared for drawing.
 */
export type LoadProgress =
  | { phase: 'bytes'; loaded: number; total: number | undefined }
  | { phase: 'checking'; loaded?: number; total?: number }
  | { phase: 'events'; loaded: number; total: number };
