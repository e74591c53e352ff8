import { afterEach, describe, expect, it } from 'vitest';
import { LitElement, type ReactiveController } from 'lit';
import { SyriaTimeline } from '../src/syria-timeline-element.js';
import { TimelineHarness } from '../src/testing/timeline-harness.js';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

/**
 * The documented API of an element (README, "API"): the properties (most also attributes), the
 * read-only `visibleRange` and the methods. Nothing else of the element's own may be reachable on
 * an instance, or a framework prop of the same name would overwrite it.
 */
const DOCUMENTED = [
  'data', 'src', 'lanes', 'issue', 'start', 'end', 'selected', 'locale', 'theme', 'messages', 'wheelZoom', 'axis',
  'minSpan', 'maxSpan', 'bounds', 'visibleRange', 'zoomTo', 'resetZoom', 'focusEvent', 'exportSvg', 'exportPng',
].sort();

/** Names of the element's internals before 0.2, when TypeScript's `private` was all that kept them out of reach. */
const OLD_INTERNALS = [
  'view', 'committed', 'text', 'shown', 'media', 'size', 'zoom', 'wheelHint', 'brush', 'plot', 'names', 'pinned',
  'navigator', 'revealing', 'pillList', 'story', 'titles', 'legendOpen', 'legendOpenNow', 'stance', 'sides', 'model',
  'layout', 'layoutInputs', 'failed', 'pendingView', 'lastRange', 'summaryTimer', 'summary', 'summaryFor', 'overview',
  'plotSvg', 'brushGroup', 'datasetValue', 'source', 'exportFooter', 'laneLabelOptions', 'renderSide', 'reveal',
  'showEvent', 'focusInPlot', 'settle', 'drawn', 'fail', 'initialView', 'updateLayout', 'commit', 'select', 'activate',
  'onRootKeydown', 'closeDetails', 'zoomAround', 'stanceDetails', 'overviewOf', 'lanesScroll', 'limitsKey', 'cancelWarmUp',
];

afterEach(() => document.body.replaceChildren());

/** Names on `el` and on its prototypes below LitElement's. */
function namesOf(el: object): Set<string> {
  const names = new Set(Object.getOwnPropertyNames(el));
  for (let p = Object.getPrototypeOf(el) as object | null; p && p !== LitElement.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const n of Object.getOwnPropertyNames(p)) names.add(n);
  }
  return names;
}

/**
 * What Lit itself puts on an instance that has rendered, has a controller and has reflected a
 * property: the names a bare LitElement of that kind has.
 */
async function litOwnNames(): Promise<Set<string>> {
  class BareElement extends LitElement {
    static override properties = { mode: { reflect: true } };
    declare mode: string;
    constructor() {
      super();
      this.addController({ hostConnected() {} } satisfies ReactiveController);
    }
  }
  if (!customElements.get('bare-lit-element')) customElements.define('bare-lit-element', BareElement);
  const bare = document.createElement('bare-lit-element') as BareElement;
  document.body.append(bare);
  bare.mode = 'x';
  await bare.updateComplete;
  return new Set(Object.getOwnPropertyNames(bare));
}

describe('the element\'s public surface', () => {
  it('is the documented API: every other name on the instance and its class is Lit\'s own', async () => {
    const h = await mount({ dataset: smallDataset() });
    await h.element.zoomTo('2012-02', '2012-04');
    h.element.setAttribute('selected', 'n-meeting');
    await h.settle();
    const lit = await litOwnNames();
    const own = [...namesOf(h.element)].filter((n) => n !== 'constructor' && !lit.has(n) && !(n in LitElement.prototype));
    expect(own.sort()).toEqual(DOCUMENTED);
  });

  it('shadows nothing of HTMLElement (el.dataset is the data-* map)', () => {
    const shadowing = Object.getOwnPropertyNames(SyriaTimeline.prototype).filter((n) => n !== 'constructor' && n in HTMLElement.prototype);
    expect(shadowing).toEqual([]);
  });

  it('takes no harm from props named like its old internals, set before it is drawn and after (as a framework would)', async () => {
    const el = document.createElement('syria-timeline') as SyriaTimeline;
    const props = el as unknown as Record<string, unknown>;
    // Vue's `:zoom="3"`, `:size="2"`, `:view="1"`, …: set before the element is connected.
    for (const [i, name] of OLD_INTERNALS.entries()) props[name] = i;
    el.data = smallDataset();
    el.style.display = 'block';
    el.style.width = '900px';
    document.body.append(el);
    const h = await new TimelineHarness(el).ready();
    expect(h.errorText()).toBeNull();
    expect(h.lanes()).toEqual(['North', 'South']);
    // …and again once drawn: it still zooms, draws and selects.
    for (const name of OLD_INTERNALS) props[name] = 3;
    await el.zoomTo('2012-02', '2012-04');
    const range = el.visibleRange!;
    expect(range.start.toISOString().slice(0, 7)).toBe('2012-02');
    expect(range.end.toISOString().slice(0, 7)).toBe('2012-05');
    expect(h.marks().length).toBeGreaterThan(0);
    expect(await el.focusEvent('s-veto')).toBe(true);
    expect(h.details()?.title).toBe('South vetoes');
    await el.resetZoom();
    expect(h.errorText()).toBeNull();
  });
});
