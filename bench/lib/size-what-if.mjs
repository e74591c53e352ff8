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

const WITHOUT_BRUSH = {
  name: 'd3-brush', specifier: 'd3-brush', code: 'export function brushX() { throw new Error("stubbed"); }',
};
const WITHOUT_ZOOM = {
  name: 'd3-zoom', specifier: 'd3-zoom',
  code: 'export const zoomIdentity = {}; export function zoom() { throw new Error("stubbed"); }',
};
const WITHOUT_SELECTION = {
  name: 'd3-selection', specifier: 'd3-selection', code: 'export function select() { throw new Error("stubbed"); }',
};

/**
 * What the first load would weigh without parts that a few lines of our own could replace:
 * d3-brush (the overview brush), then d3-zoom as well (both pull in d3-transition, d3-interpolate
 * and d3-color), then d3-selection (only the two controllers use it). Each line says what dropping that part saves; none of these is a build we ship.
 */
export async function sizeWhatIf() {
  const steps = [
    { label: 'as shipped', rules: [] },
    { label: 'without d3-brush', rules: [WITHOUT_BRUSH] },
    { label: 'without d3-brush and d3-zoom', rules: [WITHOUT_BRUSH, WITHOUT_ZOOM] },
    { label: 'without d3-brush, d3-zoom and d3-selection', rules: [WITHOUT_BRUSH, WITHOUT_ZOOM, WITHOUT_SELECTION] },
  ];
  const results = [];
  for (const step of steps) {
    const { firstLoadGzip } = await elementBundleSizes({ plugins: [stub(step.rules)] });
    results.push({ label: step.label, gzipBytes: firstLoadGzip });
  }
  return results;
}
