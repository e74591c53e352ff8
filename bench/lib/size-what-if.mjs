import { readFile } from 'node:fs/promises';
import { elementBundleSizes } from './element-bundle.mjs';

/**
 * Replaces modules (matched by the end of their resolved path) with a stub exporting the same
 * names, each `undefined`: the build then holds everything but those modules' code (nothing runs).
 */
function stub(paths) {
  return {
    name: 'bench-size-stub',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && paths.some((p) => resolved.id.endsWith(p)) ? `\0stub:${resolved.id}` : null;
    },
    async load(id) {
      if (!id.startsWith('\0stub:')) return null;
      const source = await readFile(id.slice('\0stub:'.length), 'utf8');
      const names = new Set();
      for (const m of source.matchAll(/^export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|class|const|let|var)\s+([A-Za-z_$][\w$]*)/gm)) names.add(m[1]);
      for (const m of source.matchAll(/^export\s*\{([^}]*)\}\s*from/gm)) {
        for (const part of m[1].split(',')) {
          const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop();
          if (name && !part.trim().startsWith('type ')) names.add(name);
        }
      }
      return [...names].map((n) => `export const ${n} = undefined;`).join('\n') || 'export {};';
    },
  };
}

const E = 'packages/elements/src/';

/**
 * What the first load would weigh without parts that a first paint of the plot does not need and
 * that are still in it (issue 16's 35 KiB goal): each line is the first load with those modules'
 * code left out, so the difference from "as shipped" is what loading them on demand would save at
 * most (less the loader). None of these is a build we ship.
 */
export async function sizeWhatIf() {
  const steps = [
    { label: 'as shipped', paths: [] },
    { label: 'without the legend', paths: [`${E}templates/render-legend.ts`, `${E}legend-facts.ts`] },
    { label: 'without the overview strip and its brush', paths: [`${E}controllers/overview-brush-controller.ts`, `${E}templates/render-overview.ts`, `${E}overview-density.ts`] },
    { label: 'without the story steps (story-controller.ts)', paths: [`${E}controllers/story-controller.ts`] },
    { label: 'without the zoom gestures and animation (zoom-controller.ts, view-animation.ts)', paths: [`${E}controllers/zoom-controller.ts`, `${E}view-animation.ts`] },
    { label: 'without the tooltip, wheel hint and pill events', paths: [`${E}templates/render-tooltip.ts`, `${E}templates/render-wheel-hint.ts`, `${E}controllers/wheel-hint-controller.ts`, `${E}pill-events.ts`] },
    { label: 'without the hidden event list', paths: [`${E}templates/render-event-list.ts`] },
    { label: 'without the error panel', paths: [`${E}templates/render-error.ts`] },
    { label: 'without the side-card controller', paths: [`${E}controllers/side-card-controller.ts`] },
    { label: 'without the src loader (@lit/task)', paths: ['@lit/task/task.js', '@lit/task/index.js'] },
  ];
  const results = [];
  for (const step of steps) {
    const { firstLoadGzip } = await elementBundleSizes({ plugins: [stub(step.paths)] });
    results.push({ label: step.label, gzipBytes: firstLoadGzip });
  }
  return results;
}
