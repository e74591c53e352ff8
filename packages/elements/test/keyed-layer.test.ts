import { afterEach, describe, expect, it } from 'vitest';
import { render, svg } from 'lit';
import { keyedLayer, type KeyedSpec } from '../src/keyed-layer.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
let host: SVGSVGElement | null = null;

function mount(): SVGSVGElement {
  host = document.createElementNS(SVG_NS, 'svg');
  document.body.append(host);
  return host;
}

afterEach(() => host?.remove());

const STATICS = ['role', 'button'];
const dot = (key: string, x: number, extra: Partial<KeyedSpec> = {}): KeyedSpec => ({
  key, tag: 'circle', statics: STATICS, attrs: ['data-key', key, 'cx', x, 'tabindex', -1], ...extra,
});
const draw = (root: SVGSVGElement, specs: KeyedSpec[]) => render(svg`<g ${keyedLayer(specs)}></g>`, root);
const layer = (root: SVGSVGElement) => root.querySelector('g')!;
const keys = (root: SVGSVGElement) => [...layer(root).children].map((c) => c.getAttribute('data-key'));

describe('keyedLayer', () => {
  it('draws the specs in order, with static and given attributes, text and children', () => {
    const root = mount();
    draw(root, [
      dot('a', 1),
      { key: 'b', tag: 'g', attrs: ['data-key', 'b'], children: [{ tag: 'text', attrs: ['x', 4], text: '12' }] },
    ]);
    expect(keys(root)).toEqual(['a', 'b']);
    const a = layer(root).children[0]!;
    expect(a.namespaceURI).toBe(SVG_NS);
    expect([a.getAttribute('role'), a.getAttribute('cx'), a.getAttribute('tabindex')]).toEqual(['button', '1', '-1']);
    expect(layer(root).querySelector('text')?.textContent).toBe('12');
    expect(layer(root).querySelector('text')?.getAttribute('x')).toBe('4');
  });

  it('keeps the nodes of keys still drawn, updates their changed attributes, and follows the new order', () => {
    const root = mount();
    draw(root, [dot('a', 1), dot('b', 2), dot('c', 3)]);
    const [a, , c] = [...layer(root).children];
    draw(root, [dot('d', 0), dot('c', 30), dot('e', 4), dot('a', 10)]);
    expect(keys(root)).toEqual(['d', 'c', 'e', 'a']);
    expect(layer(root).children[1]).toBe(c);
    expect(layer(root).children[3]).toBe(a);
    expect(c!.getAttribute('cx')).toBe('30');
    expect(a!.getAttribute('cx')).toBe('10');
  });

  it('leaves keyboard focus on a kept node while others come and go around it', () => {
    const root = mount();
    draw(root, [dot('a', 1), dot('b', 2, { attrs: ['data-key', 'b', 'cx', 2, 'tabindex', 0] }), dot('c', 3)]);
    const b = layer(root).children[1] as SVGElement;
    b.focus();
    expect(document.activeElement).toBe(b);
    draw(root, [dot('x', 0), dot('y', 1), dot('b', 5, { attrs: ['data-key', 'b', 'cx', 5, 'tabindex', 0] }), dot('z', 9)]);
    expect(layer(root).children[2]).toBe(b);
    expect(document.activeElement).toBe(b);
  });

  it('replaces a node whose shape changed, removes what is gone, and draws a repeated key once', () => {
    const root = mount();
    draw(root, [dot('a', 1), dot('b', 2)]);
    const a = layer(root).children[0];
    draw(root, [{ key: 'a', tag: 'rect', attrs: ['data-key', 'a', 'x', 1] }, dot('c', 3), dot('c', 4)]);
    expect(keys(root)).toEqual(['a', 'c']);
    expect(layer(root).children[0]).not.toBe(a);
    expect(layer(root).children[0]!.tagName).toBe('rect');
    draw(root, []);
    expect(layer(root).children.length).toBe(0);
  });
});
