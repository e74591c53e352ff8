import { elementBundleSizes } from './element-bundle.mjs';

/** Replaces modules (matched by import specifier or resolved path) with stub code. */
function stub(rules) {
  return {
    name: 'bench-size-stub',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const rule = rules.find((r) => r.specifier === source);
      if (rule) return `\0stub:${rule.name}`;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const byPath = resolved && rules.find((r) => r.pathEndsWith && resolved.id.endsWith(r.pathEndsWith));
      return byPath ? `\0stub:${byPath.name}` : null;
    },
    load(id) {
      if (!id.startsWith('\0stub:')) return null;
      return rules.find((r) => `\0stub:${r.name}` === id).code;
    },
  };
}

const WITHOUT_VALIDATOR = {
  name: 'is-valid-dataset', pathEndsWith: 'core/src/validate/is-valid-dataset.ts',
  code: 'export function isValidDataset() { return true; }',
};

/**
 * What the first load would weigh without parts that could be loaded on demand: the dataset check
 * (a page that only shows trusted data could skip it). The SVG/PNG export is already a lazy chunk.
 * Each line says what moving that part out of the first load would save; none of these is a build
 * we ship.
 */
export async function sizeWhatIf() {
  const steps = [
    { label: 'as shipped', rules: [] },
    { label: 'without the dataset check', rules: [WITHOUT_VALIDATOR] },
  ];
  const results = [];
  for (const step of steps) {
    const { firstLoadGzip } = await elementBundleSizes({ plugins: [stub(step.rules)] });
    results.push({ label: step.label, gzipBytes: firstLoadGzip });
  }
  return results;
}
