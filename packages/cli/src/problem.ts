/** One thing wrong in an input file, where it is: printed as `file:line:column: message`. */
export interface Problem {
  file: string;
  line: number;
  /** 1-based; absent when only the line (a CSV row) is known. */
  column?: number;
  message: string;
}

/** `data.json:41:18: events[3].when.start: got "2013-02-30", expected …` (the form editors link). */
export function formatProblem(problem: Problem): string {
  const where = problem.column === undefined ? `${problem.line}` : `${problem.line}:${problem.column}`;
  return `${problem.file}:${where}: ${problem.message}`;
}
