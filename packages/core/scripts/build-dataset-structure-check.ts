import * as vocabulary from '../src/validate/dataset-vocabulary.js';
import * as safeUrl from '../src/validate/safe-url.js';
import * as safeColor from '../src/validate/safe-color.js';
import * as parseEdtf from '../src/dates/parse-edtf.js';
import { EDTF_PROFILE_PATTERN } from '../src/dates/parse-edtf.js';
import { SAFE_COLOR_PATTERN } from '../src/validate/safe-color.js';
import { datasetSchema, datasetSchemaParts } from '../src/validate/dataset-schema.js';

/**
 * src/validate/is-well-formed-dataset.ts as text, compiled from `datasetSchema` (so the yes/no
 * structure check and the valibot schema cannot disagree, and the check loads no valibot).
 *
 * It walks the valibot schema objects once (they are plain data) and writes one function per
 * strict object, with a named property read and a plain test per field: what a hand-written check
 * would do, as fast (no interpreter, no closure per field, no issue collection). Constants the
 * schema shares with the rest of the code (the patterns and enums of dataset-vocabulary.ts,
 * safe-url.ts, safe-color.ts, parse-edtf.ts) are imported by name, not copied.
 *
 * What it does not know (another schema type, a transformation, a `check` with a function, a
 * default or fallback) throws: the schema cannot grow a rule that the check silently drops.
 * `npm run schema` writes the file; a test fails when it is not what this gives.
 */
export function buildDatasetStructureCheck(
  schema: unknown = datasetSchema,
  parts: Record<string, unknown> = datasetSchemaParts,
  checkedByRules: readonly string[] = schema === datasetSchema ? CHECKED_BY_RULES : [],
): string {
  return new StructureCompiler(parts, checkedByRules).compile(schema as Node);
}

/** The parts of a valibot schema or action this reads. */
interface Node {
  kind: string;
  type: string;
  pipe?: readonly Node[];
  entries?: Readonly<Record<string, Node>>;
  item?: Node;
  items?: readonly Node[];
  rest?: Node;
  wrapped?: Node;
  default?: unknown;
  fallback?: unknown;
  options?: readonly unknown[];
  literal?: unknown;
  requirement?: unknown;
}

/** The modules whose exported patterns and lists the generated file imports by name, by identity. */
const SHARED: readonly [string, Record<string, unknown>][] = [
  ['./dataset-vocabulary.js', vocabulary],
  ['./safe-url.js', safeUrl],
  ['./safe-color.js', safeColor],
  ['../dates/parse-edtf.js', parseEdtf],
];

/** The id pattern, tested by `isSlug` (same answer, faster: see is-slug.ts). */
const SLUG_SOURCE = '^[a-z0-9][a-z0-9-]*$';

/**
 * Patterns with a faster test that implies them, tried first: the same answer, and on valid data
 * (where the faster one says yes) no regex. `isProfileDate` (a date that exists) implies the
 * profile's pattern; a test checks that on generated strings. `isHexOrNamedColor` implies the
 * colour pattern, whose first use compiles it (7–20 ms in a fresh page).
 */
const PRE_TESTS = new Map<RegExp, { name: string; from: string }>([
  [EDTF_PROFILE_PATTERN, { name: 'isProfileDate', from: './is-profile-date.js' }],
  [SAFE_COLOR_PATTERN, { name: 'isHexOrNamedColor', from: './safe-color.js' }],
]);

/**
 * Fields that a rule of the yes/no check tests again, fully, after the structure walk
 * (`checkDatasetSteps`, which passes `byRules`): there the walk tests only that they are strings.
 * A reference is looked up among the ids of its collection (check-references.ts), and every id
 * passed the id test in the same walk, so a reference that is not an id is not found either; a
 * date is tested by check-dates.ts (`isProfileDate`, then `parseEdtf`), which says no to what the
 * profile's pattern says no to. The verdict is the same, with one string test fewer per field;
 * the collecting pass (`byRules` unset) tests everything, so valibot's issues are unchanged.
 * Named `<object function>.<field>`; a name that matches no string field throws. (The fields of
 * `datasetSchema`: another schema gets none unless it is given its own list.)
 */
const CHECKED_BY_RULES: readonly string[] = [
  'Actor.lane', 'Actor.partOf', 'Actor_titles.from', 'Actor_titles.until',
  'When.start', 'When.end', 'When.anchor',
  'TimelineEvent_participants.actor', 'TimelineEvent.issues', 'Evidence.source', 'Evidence.speaker',
  'Stance.actor', 'Stance.issue', 'Stance.until',
  'Relation.from', 'Relation.to', 'Relation.start', 'Relation.end',
];

class StructureCompiler {
  private readonly names = new Map<unknown, string>();
  private readonly functions: string[] = [];
  /** Strict object node → the name of its function. */
  private readonly compiled = new Map<Node, string>();
  private readonly imports = new Map<string, Set<string>>();
  private readonly constants: string[] = [];
  private readonly constantOf = new Map<unknown, string>();
  private usesSlug = false;
  /** The `CHECKED_BY_RULES` fields met. */
  private readonly byRules = new Set<string>();
  /** The object functions that take `byRules` (they have such a field, or call one that does). */
  private readonly takesByRules = new Set<string>();
  /** Whether the function being written needs `byRules` so far. */
  private needsByRules = false;
  private vars = 0;

  constructor(parts: Record<string, unknown>, private readonly checkedByRules: readonly string[]) {
    for (const [name, node] of Object.entries(parts)) this.names.set(node, name);
  }

  compile(root: Node): string {
    // The root's lists of objects are checked as lists only; `WELL_FORMED_ITEMS` checks their items
    // (in slices, for `checkDatasetSteps`; all of them, for `isWellFormedDataset`).
    const lists = new Map<string, string>();
    const shellName = this.object(unwrapObject(root, 'the dataset'), 'Dataset', 'the dataset', lists);
    const unmet = this.checkedByRules.filter((field) => !this.byRules.has(field));
    if (unmet.length > 0) throw new Error(`structure check: ${unmet.join(', ')} (CHECKED_BY_RULES) are not string fields`);
    const header = [
      '// Generated by packages/core/scripts/build-dataset-structure-check.ts from dataset-schema.ts: do not edit;',
      '// `npm run schema` writes it again (a test checks that it is current).',
      '',
      "import { KnownKeys } from './known-keys.js';",
      ...(this.usesSlug ? ["import { isSlug } from './is-slug.js';"] : []),
      ...[...this.imports].map(([from, names]) => `import { ${[...names].sort().join(', ')} } from '${from}';`),
      '',
      'type Rec = Readonly<Record<string, unknown>>;',
      '',
      ...this.constants,
      '',
      '/**',
      ' * True when `value` has the structure `datasetSchema` describes (valibot\'s `safeParse(datasetSchema,',
      ' * value).success`), without valibot: types, enums, patterns, limits, required and unknown fields.',
      ' * The rules between values (references, date order, quotes…) are the check-*.ts modules.',
      ' */',
      `export function isWellFormedDataset(value: unknown): boolean {`,
      `  if (!${shellName}(value)) return false;`,
      '  const o = value as Rec;',
      ...[...lists.keys()].map((key, i) => `  const l${i} = o.${key};
  if (Array.isArray(l${i}) && !WELL_FORMED_ITEMS.${key}(l${i}, 0, l${i}.length)) return false;`),
      '  return true;',
      '}',
      '',
      '/**',
      ' * `isWellFormedDataset` in parts, for a check that walks the lists in slices: this is the',
      ' * dataset\'s own fields, each list of objects checked only as a list (type and length), and',
      ' * `WELL_FORMED_ITEMS[list](items, from, to)` checks its items `from` to `to` (excluded). The shell',
      ' * and every slice passing is the same answer as `isWellFormedDataset`.',
      ' */',
      `export function isWellFormedDatasetShell(value: unknown): boolean {`,
      `  return ${shellName}(value);`,
      '}',
      '',
      '/**',
      ' * The structure check of a slice of each list of objects (see `isWellFormedDatasetShell`): one',
      ' * loop per list, so that each calls one item check (which the JIT can inline there).',
      ' * `byRules`: the rules walk follows (`checkDatasetSteps`), so the fields it tests fully again',
      ' * (references, dates: CHECKED_BY_RULES in the script) are only tested to be strings: the',
      ' * verdict of the two walks together is the same, not this one\'s alone.',
      ' */',
      `export const WELL_FORMED_ITEMS = {`,
      ...[...lists].map(([key, fn]) => [
        `  ${key}(items: readonly unknown[], from: number, to: number, ${this.takesByRules.has(fn) ? '' : '_'}byRules?: boolean): boolean {`,
        `    for (let i = from; i < to; i++) if (!${fn}(items[i]${this.takesByRules.has(fn) ? ', byRules' : ''})) return false;`,
        '    return true;',
        '  },',
      ]).flat(),
      '} as const;',
      '',
      '// A strict object, as valibot reads one: any non-null object; each field read as `value.key`; every',
      '// key `for…in` lists known, and as many as the fields read as defined (a key present with',
      '// `undefined` fails, as in valibot, where the field\'s schema then rejects `undefined`).',
    ];
    return `${[...header, ...this.functions].join('\n')}\n`;
  }

  /**
   * The function checking a strict object, written once per schema object (When serves three places).
   * With `lists`, a shell: its lists of objects are checked as lists only, and `lists` gets each
   * one's field name and item function.
   */
  private object(node: Node, name: string, at: string, lists?: Map<string, string>): string {
    const done = lists ? undefined : this.compiled.get(node);
    if (done) return done;
    const fn = lists ? name : this.names.get(node) ?? name;
    if ([...this.compiled.values()].includes(fn)) throw new Error(`structure check: two objects named ${fn} (at ${at})`);
    if (!lists) this.compiled.set(node, fn);
    const entries = Object.entries(node.entries!);
    const keys = this.constant(`new KnownKeys(${JSON.stringify(entries.map(([key]) => key))})`, `${upper(fn)}_KEYS`);
    const body: string[] = [];
    const outer = this.needsByRules;
    this.needsByRules = false;
    let required = 0;
    entries.forEach(([key, entry], i) => {
      if (key in Object.prototype) throw new Error(`structure check: field ${key} at ${at} is a member of Object.prototype`);
      if (!/^[A-Za-z_$][\w$]*$/.test(key)) throw new Error(`structure check: field ${JSON.stringify(key)} at ${at} is not an identifier`);
      this.plain(entry, `${at}.${key}`);
      const v = `f${i}`;
      body.push(`  const ${v} = o.${key};`);
      const optional = entry.type === 'exact_optional';
      const field = optional ? entry.wrapped! : entry;
      const indent = optional ? '    ' : '  ';
      const item = field.type === 'array' ? field.item! : undefined;
      let test: string[];
      if (lists && item?.type === 'strict_object' && !item.pipe) {
        this.plain(field, `${at}.${key}`);
        test = [`${indent}if (!(Array.isArray(${v})${and(this.actions(field, v, `${at}.${key}`))})) return false;`];
        lists.set(key, this.object(item, `${fn}_${key}`, `${at}.${key}[]`));
      } else {
        const byRules = this.checkedByRules.includes(`${fn}.${key}`);
        if (byRules) {
          this.byRules.add(`${fn}.${key}`);
          this.needsByRules = true;
        }
        test = this.value(field, v, `${fn}_${key}`, `${at}.${key}`, indent, byRules);
      }
      if (optional) body.push(`  if (${v} !== undefined) {`, ...test, '    n++;', '  }');
      else {
        required++;
        body.push(...test);
      }
    });
    const takes = this.needsByRules;
    if (takes) this.takesByRules.add(fn);
    this.needsByRules = outer;
    this.functions.push(
      '',
      `function ${fn}(value: unknown${takes ? ', byRules?: boolean' : ''}): boolean {`,
      "  if (typeof value !== 'object' || value === null) return false;",
      '  const o = value as Rec;',
      `  let n = ${required};`,
      ...body,
      `  return ${keys}.count(o) === n;`,
      '}',
    );
    return fn;
  }

  /**
   * Statements that `return false` unless `v` passes `node`. `name` names a nested object's
   * function; `at` is the place in the schema, for errors. `byRules`: a field of CHECKED_BY_RULES
   * (a string, or a list of strings), whose string tests are skipped when the `byRules` argument is set.
   */
  private value(node: Node, v: string, name: string, at: string, indent: string, byRules = false): string[] {
    this.plain(node, at);
    const tests = this.actions(node, v, at);
    if (byRules && !(node.type === 'string' && tests.length > 0) && !(node.type === 'array' && node.item!.type === 'string')) {
      throw new Error(`structure check: ${at} (CHECKED_BY_RULES) is not a string with tests or a list of them`);
    }
    switch (node.type) {
      case 'string': {
        const checks = byRules ? ` && (byRules || ${tests.join(' && ')})` : and(tests);
        return [`${indent}if (!(typeof ${v} === 'string'${checks})) return false;`];
      }
      // valibot's number() refuses NaN.
      case 'number': return [`${indent}if (!(typeof ${v} === 'number' && !Number.isNaN(${v})${and(tests)})) return false;`];
      case 'boolean': return [`${indent}if (!(typeof ${v} === 'boolean'${and(tests)})) return false;`];
      case 'literal': {
        const literal = node.literal;
        if (!['string', 'boolean'].includes(typeof literal) && !(typeof literal === 'number' && Number.isFinite(literal))) {
          throw new Error(`structure check: literal ${String(literal)} at ${at} (only strings, booleans and finite numbers)`);
        }
        return [`${indent}if (!(${v} === ${JSON.stringify(literal)}${and(tests)})) return false;`];
      }
      case 'picklist': {
        const options = node.options!;
        if (!options.every((o) => typeof o === 'string')) throw new Error(`structure check: picklist at ${at} has options other than strings`);
        const list = this.shared(options) ?? JSON.stringify(options);
        const set = this.constant(`new Set<unknown>(${list})`, `${upper(name)}_OPTIONS`);
        return [`${indent}if (!(${set}.has(${v})${and(tests)})) return false;`];
      }
      case 'strict_object': {
        const fn = this.object(node, name, at);
        if (tests.length > 0) throw new Error(`structure check: actions on an object at ${at}`);
        if (!this.takesByRules.has(fn)) return [`${indent}if (!${fn}(${v})) return false;`];
        this.needsByRules = true;
        return [`${indent}if (!${fn}(${v}, byRules)) return false;`];
      }
      case 'array':
      case 'tuple_with_rest': {
        // The list's own limits first: 10,000,000 items are not walked to say no.
        const lines = [`${indent}if (!(Array.isArray(${v})${and(tests)})) return false;`];
        const fixed = node.type === 'array' ? [] : node.items!;
        // Like valibot, a fixed item is checked even past the end of the list (as undefined).
        fixed.forEach((item, j) => {
          const x = `x${++this.vars}`;
          lines.push(`${indent}const ${x} = ${v}[${j}];`, ...this.value(item, x, name, `${at}[${j}]`, indent, byRules));
        });
        const item = node.type === 'array' ? node.item! : node.rest!;
        const i = `i${++this.vars}`;
        const x = `x${this.vars}`;
        lines.push(
          `${indent}for (let ${i} = ${fixed.length}; ${i} < ${v}.length; ${i}++) {`,
          `${indent}  const ${x}: unknown = ${v}[${i}];`,
          ...this.value(item, x, name, `${at}[]`, `${indent}  `, byRules),
          `${indent}}`,
        );
        return lines;
      }
      default:
        throw new Error(`structure check: schema type "${node.type}" at ${at} is not supported (see build-dataset-structure-check.ts)`);
    }
  }

  /** The pipe's validations as tests on `v` (of the right type by then), in order. */
  private actions(node: Node, v: string, at: string): string[] {
    const tests: string[] = [];
    for (const action of actionsOf(node)) {
      if (action.kind === 'metadata') continue;
      if (action.kind !== 'validation') throw new Error(`structure check: a ${action.kind} "${action.type}" at ${at} (only validations)`);
      const requirement = action.requirement;
      switch (action.type) {
        case 'regex': {
          const pattern = requirement as RegExp;
          if (pattern.global || pattern.sticky) throw new Error(`structure check: regex ${String(pattern)} at ${at} has the g or y flag`);
          if (pattern.source === SLUG_SOURCE && pattern.flags === '') {
            this.usesSlug = true;
            tests.push(`isSlug(${v})`);
          } else {
            const test = `${this.shared(pattern) ?? this.constant(String(pattern), 'PATTERN')}.test(${v})`;
            const pre = PRE_TESTS.get(pattern);
            if (pre) {
              if (!this.imports.has(pre.from)) this.imports.set(pre.from, new Set());
              this.imports.get(pre.from)!.add(pre.name);
            }
            tests.push(pre ? `(${pre.name}(${v}) || ${test})` : test);
          }
          break;
        }
        case 'min_length': tests.push(`${v}.length >= ${number(requirement, at)}`); break;
        case 'max_length': tests.push(`${v}.length <= ${number(requirement, at)}`); break;
        case 'min_value': tests.push(`${v} >= ${number(requirement, at)}`); break;
        case 'integer': tests.push(`Number.isInteger(${v})`); break;
        case 'finite': tests.push(`Number.isFinite(${v})`); break;
        default: throw new Error(`structure check: action "${action.type}" at ${at} is not supported (see build-dataset-structure-check.ts)`);
      }
    }
    return tests;
  }

  /** Refuses a default or a fallback: the check says yes or no, it does not change values. */
  private plain(node: Node, at: string): void {
    if (node.default !== undefined || node.fallback !== undefined) throw new Error(`structure check: a default or fallback at ${at}`);
  }

  /** The name of an exported constant that is `value` itself, imported; or undefined. */
  private shared(value: unknown): string | undefined {
    for (const [from, module] of SHARED) {
      for (const [name, exported] of Object.entries(module)) {
        if (exported !== value) continue;
        if (!this.imports.has(from)) this.imports.set(from, new Set());
        this.imports.get(from)!.add(name);
        return name;
      }
    }
    return undefined;
  }

  /** A module-level constant holding `code` (one per distinct code). */
  private constant(code: string, name: string): string {
    const known = this.constantOf.get(code);
    if (known) return known;
    let unique = name;
    for (let k = 2; [...this.constantOf.values()].includes(unique); k++) unique = `${name}_${k}`;
    this.constantOf.set(code, unique);
    this.constants.push(`const ${unique} = ${code};`);
    return unique;
  }
}

/**
 * The actions of a piped schema in the order valibot runs them. `pipe[0]` is the schema itself, and
 * may be a pipe too (`pipe(evidenceList, description(…))`): its own actions run first.
 */
function actionsOf(node: Node): Node[] {
  if (!node.pipe) return [];
  return [...actionsOf(node.pipe[0]!), ...node.pipe.slice(1)];
}

function unwrapObject(node: Node, at: string): Node {
  if (node.type !== 'strict_object') throw new Error(`structure check: ${at} must be a strict object, not ${node.type}`);
  return node;
}

function and(tests: readonly string[]): string {
  return tests.map((t) => ` && ${t}`).join('');
}

function number(value: unknown, at: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`structure check: a requirement at ${at} that is not a finite number`);
  return String(value);
}

/** `TimelineEvent_codes` → `TIMELINE_EVENT_CODES`. */
function upper(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}
