/**
 * How far a `src` load has come, for the progress bar of the loading state: first the bytes
 * (`total` when the server sent a Content-Length for the body as read, else only `loaded`), then,
 * for data checked off the main thread, `checking` (the JSON being parsed and validated: no
 * measure), then the events as they arrive on the main thread.
 */
export type LoadProgress =
  | { phase: 'bytes'; loaded: number; total: number | undefined }
  | { phase: 'checking' }
  | { phase: 'events'; loaded: number; total: number };
