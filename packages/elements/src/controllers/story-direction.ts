/**
 * The story step a key asks for on the element's root: `,`/`<` previous (-1), `.`/`>` next (1), 0
 * for any other key, with a modifier, already handled, or typed in a field.
 */
export function storyDirection(e: KeyboardEvent): -1 | 0 | 1 {
  if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return 0;
  const direction = e.key === ',' || e.key === '<' ? -1 : e.key === '.' || e.key === '>' ? 1 : 0;
  if (!direction) return 0;
  const target = e.composedPath()[0];
  if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) return 0;
  return direction;
}
