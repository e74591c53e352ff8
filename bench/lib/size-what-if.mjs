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
 * What the first load would weigh without parts that are still in it and that a first paint of the
 * plot needs little or not at all (issue 16's 35 KiB goal; already lazy: the panels, the story
 * steps, the pill list, the arrow-key moves, the overview's brush, the wheel hint, the error list,
 * the forced-colours rules, the hidden list of events in view): each line is the first load with those modules'
 * code left out, so the difference from "as shipped" is what loading them on demand would save at
 * most (less the loader). None of these is a build we ship.
 */
export async function sizeWhatIf() {
  const parts = [
    { label: 'the legend (open at first paint on a wide host)', paths: [`${E}templates/render-legend.ts`, `${E}legend-facts.ts`] },
    { label: 'the zoom gestures and animation (zoom-controller.ts, view-animation.ts)', paths: [`${E}controllers/zoom-controller.ts`, `${E}view-animation.ts`] },
    { label: 'the pointer and keyboard handling of the plot (plot-interaction-controller.ts)', paths: [`${E}controllers/plot-interaction-controller.ts`] },
    { label: 'the tooltip and pill events', paths: [`${E}templates/render-tooltip.ts`, `${E}pill-events.ts`] },
    { label: 'the side-card, stance-selection and lane-scroll controllers', paths: [`${E}controllers/side-card-controller.ts`, `${E}controllers/stance-selection-controller.ts`, `${E}controllers/lane-scroll-controller.ts`] },
    { label: 'the src loader (@lit/task)', paths: ['@lit/task/task.js', '@lit/task/index.js'] },
  ];
  const steps = [
    { label: 'as shipped', paths: [] },
    ...parts.map((p) => ({ label: `without ${p.label}`, paths: p.paths })),
    { label: 'without all of these', paths: parts.flatMap((p) => p.paths) },
  ];
  const results = [];
  for (const step of steps) {
    const { firstLoadGzip } = await elementBundleSizes({ plugins: [stub(step.paths)] });
    results.push({ label: step.label, gzipBytes: firstLoadGzip });
  }
  return results;
}
