import path from 'node:path';

/** A CPU profile's call frame as the scripts print it: the function's name, then its file and line (`draw ours-X.js:7823`). */
export function frameName(f) {
  return `${f.functionName || '(anonymous)'} ${f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : ''}`.trim();
}
