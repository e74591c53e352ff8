import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, defaultClientConditions } from 'vite';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

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

const WITHOUT_DATASET = {
  name: 'dataset',
  pathEndsWith: path.join('dataset', 'russia-syria-2011-2015', 'index.ts'),
  code: 'export const builtinDataset = { version: 1, lanes: [], actors: [], issues: [], sources: [], events: [], stances: [] };',
};
const ONLY_EN_GB = ['ru', 'fr', 'ar'].map((id) => ({
  name: `locale-${id}`, specifier: `date-fns/locale/${id}`, code: `export { enGB as ${id} } from 'date-fns/locale/en-GB';`,
}));
const WITHOUT_BRUSH = {
  name: 'd3-brush', specifier: 'd3-brush', code: 'export function brushX() { throw new Error("stubbed"); }',
};

/** gzip bytes of the one-file minified bundle of packages/elements/src/index.ts, with `rules` stubbed. */
async function bundleGzip(rules) {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: path.join(root, 'packages', 'elements'),
    resolve: { conditions: ['source', ...defaultClientConditions] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [stub(rules)],
    build: {
      write: false,
      lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'bundle.js' },
      target: 'es2022',
      minify: true,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const chunk = [out].flat()[0].output.find((o) => o.type === 'chunk');
  return gzipSync(chunk.code, { level: 9 }).length;
}

/**
 * Where the bundle's bytes go: the same bundle with, cumulatively, the built-in dataset stubbed
 * out, only the en-GB date-fns locale, and no d3-brush (the overview brush). Each line says what
 * removing that part would save; none of these is a build we ship.
 */
export async function sizeWhatIf() {
  const steps = [
    { label: 'as shipped', rules: [] },
    { label: 'without the built-in dataset', rules: [WITHOUT_DATASET] },
    { label: '… and only the en-GB locale', rules: [WITHOUT_DATASET, ...ONLY_EN_GB] },
    { label: '… and no d3-brush (overview brush)', rules: [WITHOUT_DATASET, ...ONLY_EN_GB, WITHOUT_BRUSH] },
  ];
  const results = [];
  for (const step of steps) results.push({ label: step.label, gzipBytes: await bundleGzip(step.rules) });
  return results;
}
