import { isSlug } from './is-slug.js';

export { isSlug };

/**
 * A yes/no version of a valibot schema, for the common case of a valid dataset.
 *
 * valibot's `safeParse` copies every object and array it checks into its output (a dataset of
 * 100,000 events is about a million objects), and then the garbage collector collects them: ~500 ms
 * at 100k, most of `parseDataset`'s time, even with `abortEarly`. `findDatasetIssues` only needs to
 * know whether there is any structural issue; when this says there is none it skips valibot, and
 * otherwise valibot runs as before and lists every issue with its messages.
 *
 * This reads the schema objects (valibot schemas are plain data) and mirrors each `~run` it knows,
 * allocating nothing per value. Anything it does not know (another schema type, a transformation,
 * a default) makes `compileStructureCheck` return `undefined`, so the caller always runs valibot:
 * the shortcut can only be missing, never wrong. A test compares both on mutated datasets.
 */

/** True when the value passes the schema (valibot's `safeParse(...).success` would be true). */
export type StructureCheck = (value: unknown) => boolean;

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

// One interpreter over one shape of plan, rather than a closure per schema: the calls stay
// monomorphic and V8 optimises the whole walk as one function (closures were 3–4× slower here).
const enum Tag { String, Number, Boolean, Literal, Picklist, Array, Tuple, Object }
const enum Check { Regex, Slug, MinLength, MaxLength, MinValue, Predicate }

interface Plan {
  tag: Tag;
  /** Literal value, or picklist options. */
  value: unknown;
  /** Array item, tuple items then rest (last), or object fields in `keys` order. */
  children: Plan[];
  /** Object: field name → index in `children`; required fields count. */
  slot: Map<string, number> | undefined;
  /** Object: the keys of the last object checked, in order, and their slots (see run). */
  lastKeys: string[];
  lastSlots: number[];
  /** As a field of an object: may be absent. */
  optional: boolean;
  /** Object: how many fields are required. */
  requiredCount: number;
  /** Pipe validations, run in order on a value of the right type. */
  checks: Check[];
  args: unknown[];
}

class Unsupported extends Error {}

/** The source of the id pattern in dataset-schema.ts, checked by `isSlug` rather than the regex. */
const SLUG_SOURCE = '^[a-z0-9][a-z0-9-]*$';

/** The check for `schema`, or `undefined` when the schema uses something this does not mirror. */
export function compileStructureCheck(schema: unknown): StructureCheck | undefined {
  let plan: Plan;
  try {
    plan = compile(schema as Node);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  return (value) => run(plan, value);
}

function compile(node: Node): Plan {
  if (node.fallback !== undefined || node.default !== undefined) throw new Unsupported();
  const plan: Plan = { tag: Tag.String, value: undefined, children: [], slot: undefined, optional: false, requiredCount: 0, lastKeys: [], lastSlots: [], checks: [], args: [] };
  switch (node.type) {
    case 'exact_optional': return compile(node.wrapped!); // absence is handled by the object
    case 'string': plan.tag = Tag.String; break;
    case 'number': plan.tag = Tag.Number; break;
    case 'boolean': plan.tag = Tag.Boolean; break;
    case 'literal':
      // valibot compares with SameValueZero, which differs from === only for NaN.
      if (typeof node.literal === 'number' && Number.isNaN(node.literal)) throw new Unsupported();
      plan.tag = Tag.Literal;
      plan.value = node.literal;
      break;
    case 'picklist':
      if (node.options!.some((option) => typeof option === 'number' && Number.isNaN(option))) throw new Unsupported();
      plan.tag = Tag.Picklist;
      plan.value = node.options;
      break;
    case 'array':
      plan.tag = Tag.Array;
      plan.children = [compile(node.item!)];
      break;
    case 'tuple_with_rest':
      plan.tag = Tag.Tuple;
      plan.children = [...node.items!.map(compile), compile(node.rest!)];
      break;
    case 'strict_object': {
      plan.tag = Tag.Object;
      const keys = Object.keys(node.entries!);
      plan.slot = new Map(keys.map((key, i) => [key, i]));
      for (const key of keys) {
        const entry = node.entries![key]!;
        if (entry.type === 'optional' || entry.type === 'nullish') throw new Unsupported();
        // A field named like a member of Object.prototype would be "in" every object (see run).
        if (key in Object.prototype) throw new Unsupported();
        const child = compile(entry);
        child.optional = entry.type === 'exact_optional';
        plan.children.push(child);
        if (!child.optional) plan.requiredCount++;
      }
      break;
    }
    default: throw new Unsupported();
  }
  // pipe[0] is the schema itself; the rest are actions.
  for (const action of node.pipe?.slice(1) ?? []) {
    if (action.kind === 'metadata') continue;
    if (action.kind !== 'validation') throw new Unsupported(); // a transformation changes the value
    const requirement = action.requirement;
    switch (action.type) {
      case 'regex': {
        const pattern = requirement as RegExp;
        if (pattern.global || pattern.sticky) throw new Unsupported(); // lastIndex would carry over
        plan.checks.push(pattern.source === SLUG_SOURCE && pattern.flags === '' ? Check.Slug : Check.Regex);
        break;
      }
      case 'min_length': plan.checks.push(Check.MinLength); break;
      case 'max_length': plan.checks.push(Check.MaxLength); break;
      case 'min_value': plan.checks.push(Check.MinValue); break;
      case 'integer':
      case 'finite': plan.checks.push(Check.Predicate); break;
      default: throw new Unsupported();
    }
    plan.args.push(requirement);
  }
  return plan;
}

function run(plan: Plan, value: unknown): boolean {
  switch (plan.tag) {
    case Tag.String: if (typeof value !== 'string') return false; break;
    case Tag.Number: if (typeof value !== 'number' || Number.isNaN(value)) return false; break;
    case Tag.Boolean: if (typeof value !== 'boolean') return false; break;
    case Tag.Literal: if (value !== plan.value) return false; break;
    case Tag.Picklist: if (!(plan.value as readonly unknown[]).includes(value)) return false; break;
    case Tag.Array: {
      if (!Array.isArray(value) || !withinMaxLength(plan, value)) return false;
      const item = plan.children[0]!;
      for (let i = 0; i < value.length; i++) if (!run(item, value[i])) return false;
      break;
    }
    case Tag.Tuple: {
      if (!Array.isArray(value) || !withinMaxLength(plan, value)) return false;
      const fixed = plan.children.length - 1;
      // Like valibot: each fixed item is checked even past the end (as undefined).
      for (let i = 0; i < fixed; i++) if (!run(plan.children[i]!, value[i])) return false;
      const rest = plan.children[fixed]!;
      for (let i = fixed; i < value.length; i++) if (!run(rest, value[i])) return false;
      break;
    }
    case Tag.Object: {
      // valibot accepts any truthy object here and reads fields with `key in value` (inherited ones
      // too). A plain object (JSON's kind) inherits no field names, so one pass over its own keys
      // says the same; anything else (an array, a class instance) is left to valibot.
      if (!value || typeof value !== 'object') return false;
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return false;
      const record = value as Record<string, unknown>;
      let found = 0;
      // `record[key]` inside `for…in` is V8's fast path (enum cache).
      // Objects of one kind list their keys in the same order, so the k-th key is usually the
      // previous object's k-th key: a pointer comparison (keys are internalised) instead of a lookup.
      let k = 0;
      for (const key in record) {
        let i = plan.lastSlots[k]!;
        if (key !== plan.lastKeys[k]) {
          const slot = plan.slot!.get(key);
          if (slot === undefined) return false; // an unknown field
          i = plan.lastSlots[k] = slot;
          plan.lastKeys[k] = key;
        }
        k++;
        const child = plan.children[i]!;
        if (!run(child, record[key])) return false;
        if (!child.optional) found++;
      }
      if (found !== plan.requiredCount) return false;
      break;
    }
  }
  const checks = plan.checks;
  if (checks.length === 0) return true;
  for (let c = 0; c < checks.length; c++) {
    const arg = plan.args[c];
    switch (checks[c]) {
      case Check.Regex: if (!(arg as RegExp).test(value as string)) return false; break;
      case Check.Slug: if (!isSlug(value as string)) return false; break;
      case Check.MinLength: if ((value as { length: number }).length < (arg as number)) return false; break;
      case Check.MaxLength: if ((value as { length: number }).length > (arg as number)) return false; break;
      case Check.MinValue: if (!((value as number) >= (arg as number))) return false; break;
      case Check.Predicate: if (!(arg as (v: unknown) => boolean)(value)) return false; break;
    }
  }
  return true;
}

/** A list's own `maxLength`, checked before its items (10,000,000 of them are not walked to say no). */
function withinMaxLength(plan: Plan, list: readonly unknown[]): boolean {
  const at = plan.checks.indexOf(Check.MaxLength);
  return at < 0 || list.length <= (plan.args[at] as number);
}
