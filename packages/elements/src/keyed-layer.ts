import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One SVG element to draw: tag, attributes as flat `name, value` pairs, and text or children. */
export interface NodeSpec {
  readonly tag: string;
  /**
   * Attributes every element of this kind has with the same values (`part`, `role`, …): pass
   * one shared array per kind. Elements are cloned from a prototype carrying them.
   */
  readonly statics?: readonly string[];
  readonly attrs: readonly (string | number)[];
  readonly text?: string;
  readonly children?: readonly NodeSpec[];
}

/** A top-level node of a layer, identified across updates by `key`. */
export interface KeyedSpec extends NodeSpec {
  readonly key: string;
}

interface Entry {
  el: Element;
  spec: NodeSpec;
}

/** Same element shape (tag, attribute names, children): then patching the values is enough. */
function compatible(a: NodeSpec, b: NodeSpec): boolean {
  if (a.tag !== b.tag || a.statics !== b.statics || a.attrs.length !== b.attrs.length || (a.text === undefined) !== (b.text === undefined)) return false;
  for (let i = 0; i < a.attrs.length; i += 2) if (a.attrs[i] !== b.attrs[i]) return false;
  const ac = a.children ?? [];
  const bc = b.children ?? [];
  if (ac.length !== bc.length) return false;
  for (let i = 0; i < ac.length; i++) if (!compatible(ac[i]!, bc[i]!)) return false;
  return true;
}

const prototypes = new Map<string, Element>();

/** A bare element with the kind's static attributes, to clone (cheaper than setting them one by one). */
function prototypeOf(tag: string, statics: readonly string[]): Element {
  const id = `${tag} ${statics.join(' ')}`;
  let proto = prototypes.get(id);
  if (!proto) {
    proto = document.createElementNS(SVG_NS, tag);
    for (let i = 0; i < statics.length; i += 2) proto.setAttribute(statics[i]!, statics[i + 1]!);
    prototypes.set(id, proto);
  }
  return proto;
}

function create(spec: NodeSpec): Element {
  const el = spec.statics
    ? (prototypeOf(spec.tag, spec.statics).cloneNode(false) as Element)
    : document.createElementNS(SVG_NS, spec.tag);
  const a = spec.attrs;
  for (let i = 0; i < a.length; i += 2) el.setAttribute(a[i] as string, String(a[i + 1]));
  if (spec.text !== undefined) el.textContent = spec.text;
  if (spec.children) for (const c of spec.children) el.append(create(c));
  return el;
}

/** Writes only the values that changed (a compatible spec is assumed). */
function patch(el: Element, from: NodeSpec, to: NodeSpec): void {
  if (from === to) return;
  const a = from.attrs;
  const b = to.attrs;
  for (let i = 1; i < b.length; i += 2) if (a[i] !== b[i]) el.setAttribute(b[i - 1] as string, String(b[i]));
  if (to.text !== undefined && to.text !== from.text) {
    const node = el.firstChild;
    // Rewriting the text node keeps it (cheaper than textContent, which replaces it).
    if (node && node.nodeType === Node.TEXT_NODE && !node.nextSibling) (node as Text).data = to.text;
    else el.textContent = to.text;
  }
  const fc = from.children;
  const tc = to.children;
  if (fc && tc) {
    let child = el.firstElementChild;
    for (let i = 0; i < tc.length && child; i++, child = child.nextElementSibling) patch(child, fc[i]!, tc[i]!);
  }
}

/**
 * A keyed list of SVG elements written straight into the element it is bound to (which must have
 * no other children), replacing `repeat` for the dense layers. Why: a zoom step replaces most of
 * ~1,000 marks, and `repeat` pays per item for two comment markers, a template instance and its
 * parts, and removes nodes one by one. Here a node kept across updates (same key, same shape)
 * gets only its changed attributes written and is not moved unless the order changed (so a
 * focused mark keeps focus); new nodes go in as fragments; when nothing is kept the old
 * children go in one call.
 *
 * Usage: `svg\`<g ${keyedLayer(specs)}></g>\``.
 */
class KeyedLayerDirective extends Directive {
  private entries = new Map<string, Entry>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('keyedLayer() goes on an element, as an element binding');
  }

  render(_specs: readonly KeyedSpec[]): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [specs]: [readonly KeyedSpec[]]): typeof noChange {
    const parent = part.element;
    const old = this.entries;
    const next = new Map<string, Entry>();
    const unique: KeyedSpec[] = [];
    const seen = new Set<string>();
    for (const spec of specs) {
      if (seen.has(spec.key)) continue; // a duplicate key is drawn once
      seen.add(spec.key);
      unique.push(spec);
      const e = old.get(spec.key);
      if (e && compatible(e.spec, spec)) next.set(spec.key, e);
    }
    if (next.size === 0) {
      if (parent.firstChild) parent.textContent = '';
    } else {
      for (const [key, e] of old) if (next.get(key) !== e) e.el.remove();
    }
    let cursor = parent.firstChild;
    let fragment: DocumentFragment | null = null;
    for (const spec of unique) {
      const e = next.get(spec.key);
      if (!e) {
        const el = create(spec);
        (fragment ??= document.createDocumentFragment()).append(el);
        next.set(spec.key, { el, spec });
        continue;
      }
      patch(e.el, e.spec, spec);
      e.spec = spec;
      if (fragment) {
        parent.insertBefore(fragment, cursor);
        fragment = null;
      }
      if (e.el === cursor) cursor = cursor.nextSibling;
      else parent.insertBefore(e.el, cursor);
    }
    if (fragment) parent.insertBefore(fragment, cursor);
    this.entries = next;
    return noChange;
  }
}

export const keyedLayer = directive(KeyedLayerDirective);
