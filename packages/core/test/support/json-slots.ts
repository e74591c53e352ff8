/** A place in a JSON tree: an object or array, and one of its keys. */
export type JsonSlot = { parent: Record<string, unknown>; key: string };

/** Every object or array in a JSON tree, with each of its keys (for mutation tests). */
export function slotsOf(tree: unknown): JsonSlot[] {
  const slots: JsonSlot[] = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      slots.push({ parent: node as Record<string, unknown>, key });
      walk(child);
    }
  };
  walk(tree);
  return slots;
}
