import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const validateDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'validate');

describe('isValidDataset (src/validate/is-valid-dataset.ts)', () => {
  it('loads no valibot: its module graph is free of it, so the element can use it at first load', () => {
    const seen = new Set<string>();
    const bare = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, spec] of source.matchAll(/^(?:import|export)\s(?!type\b)[^'"]*from\s+'([^']+)'/gm)) {
        if (spec!.startsWith('.')) walk(path.resolve(path.dirname(file), spec!.replace(/\.js$/, '.ts')));
        else bare.add(spec!);
      }
    };
    // valid-dataset.ts is what the element imports at first load: it and is-valid-dataset.ts.
    walk(path.join(validateDir, 'valid-dataset.ts'));
    expect([...seen].map((f) => path.basename(f))).toContain('is-valid-dataset.ts');
    expect(seen.size).toBeGreaterThan(3);
    expect([...bare]).not.toContain('valibot');
    expect([...seen].map((f) => path.basename(f))).not.toContain('dataset-schema.ts');
  });
});
