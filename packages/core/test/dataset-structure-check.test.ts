import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import fc from 'fast-check';
import { buildDatasetStructureCheck } from '../scripts/build-dataset-structure-check.js';
import { isProfileDate } from '../src/validate/is-profile-date.js';
import { EDTF_PROFILE_PATTERN } from '../src/dates/parse-edtf.js';

const generatedFile = fileURLToPath(new URL('../src/validate/is-well-formed-dataset.ts', import.meta.url));

/** The generator on a schema of one list of objects `{ list: [{ a: field }] }` (its field is `f0`). */
const build = (field: v.GenericSchema) => buildDatasetStructureCheck(v.strictObject({ list: v.array(v.strictObject({ a: field })) }), {});

describe('the structure check compiled from datasetSchema (is-well-formed-dataset.ts)', () => {
  it('is what `npm run schema` generates from the whole of datasetSchema (regenerate it if this fails)', () => {
    expect(readFileSync(generatedFile, 'utf8')).toBe(buildDatasetStructureCheck());
  });

  it('imports the shared patterns and lists by name, and nothing of valibot', () => {
    const code = buildDatasetStructureCheck();
    expect(code).toMatch(/import \{[^}]*\bEVENT_TYPES\b[^}]*\} from '\.\/dataset-vocabulary\.js'/);
    expect(code).toContain('EDTF_PROFILE_PATTERN.test(');
    expect(code).not.toMatch(/from 'valibot'/);
  });

  it('fails loudly on a schema type or action it cannot compile, rather than dropping the rule', () => {
    const unsupported: [string, v.GenericSchema][] = [
      ['object', v.object({ b: v.string() })],
      ['optional', v.optional(v.string())],
      ['union', v.union([v.string(), v.number()])],
      ['variant', v.variant('k', [v.strictObject({ k: v.literal('x') })])],
      ['lazy', v.lazy(() => v.string())],
      ['nullable', v.nullable(v.string())],
      ['unknown', v.unknown()],
      ['check', v.pipe(v.string(), v.check((s) => s !== 'x'))],
      ['transform', v.pipe(v.string(), v.transform((s) => s.length))],
      ['g flag', v.pipe(v.string(), v.regex(/a/g))],
      ['default', v.exactOptional(v.string(), 'x')],
      ['email', v.pipe(v.string(), v.email())],
    ];
    for (const [name, field] of unsupported) expect(() => build(field), name).toThrow(/structure check/);
  });

  it('writes each supported type and action as a plain test', () => {
    const code = build(v.pipe(v.string(), v.minLength(1), v.maxLength(5), v.regex(/^x/i), v.description('d')));
    expect(code).toContain("if (!(typeof f0 === 'string' && f0.length >= 1 && f0.length <= 5 && PATTERN.test(f0))) return false;");
    expect(code).toContain('const PATTERN = /^x/i;');
    expect(build(v.pipe(v.number(), v.integer(), v.minValue(0)))).toContain('Number.isInteger(f0) && f0 >= 0');
    // A pipe of a pipe: the inner actions count too (valibot runs them first).
    expect(build(v.pipe(v.pipe(v.array(v.boolean()), v.maxLength(3)), v.description('d')))).toContain('Array.isArray(f0) && f0.length <= 3');
    expect(build(v.tupleWithRest([v.literal(1)], v.literal(2)))).toMatch(/const x\d+ = f0\[0\];\n\s+if \(!\(x\d+ === 1\)\) return false;/);
  });

  it('tries isProfileDate before the profile pattern only because it implies the pattern (same answer, faster)', () => {
    const near = fc.stringMatching(/^[0-9X]{4}(?:-[0-9X]{2}(?:-[0-9X]{2})?)?[~?%]?$/);
    fc.assert(
      fc.property(fc.oneof(near, fc.string()), (s) => {
        if (isProfileDate(s)) expect(EDTF_PROFILE_PATTERN.test(s), s).toBe(true);
      }),
      { seed: 3, numRuns: 5000 },
    );
  });
});
