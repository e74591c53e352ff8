import { afterEach, describe, expect, it } from 'vitest';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';
import { trackUncaught } from './support/uncaught.js';

/** Names every plain object inherits: a lookup keyed by them in `{}` finds a function, not nothing. */
const NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'prototype', '__defineGetter__'];
const ATTRIBUTES = ['locale', 'issue', 'theme', 'selected', 'lanes', 'start', 'end'];

const uncaught = trackUncaught();
afterEach(() => {
  document.body.replaceChildren();
});

const aTask = () => new Promise((r) => setTimeout(r, 30));

describe('attribute values named like Object.prototype members', () => {
  for (const attr of ATTRIBUTES) {
    it(`a new element with ${attr}="<each name>" still draws`, async () => {
      for (const name of NAMES) {
        // `lanes` naming no lane draws no lane, only a status line: do not wait for lanes then.
        const h = await mount({ dataset: smallDataset(), attrs: { [attr]: name }, noWait: attr === 'lanes' });
        await h.element.updateComplete;
        await aTask();
        expect(h.errorText(), `${attr}="${name}"`).toBeNull();
        if (attr === 'lanes') expect(h.element.shadowRoot!.querySelector('[role="status"]')?.textContent).toMatch(/\S/);
        else expect(h.lanes(), `${attr}="${name}"`).toEqual(['North', 'South']);
        h.element.remove();
      }
      expect(uncaught).toEqual([]);
    });

    it(`a drawn element keeps updating after ${attr}="<each name>"`, async () => {
      const h = await mount({ dataset: smallDataset() });
      for (const name of NAMES) {
        h.element.setAttribute(attr, name);
        await h.settle();
        await h.element.updateComplete;
      }
      h.element.removeAttribute(attr);
      h.element.setAttribute('selected', 'n-meeting');
      await h.settle();
      await aTask();
      expect(h.errorText()).toBeNull();
      expect(h.details()?.title).toBe('North meets South');
      expect(uncaught).toEqual([]);
    });
  }
});

describe('data ids named like Object.prototype members', () => {
  /** The small dataset with its ids renamed to inherited member names (all valid slugs). */
  function prototypeIds() {
    const text = JSON.stringify(smallDataset())
      .replaceAll('"north"', '"constructor"').replaceAll('"south"', '"prototype"')
      .replaceAll('"n-gov"', '"valueof"').replaceAll('"s-gov"', '"hasownproperty"')
      .replaceAll('"ceasefire"', '"tostring"').replaceAll('"src-a"', '"constructor"')
      .replaceAll('"n-meeting"', '"constructor"').replaceAll('"s-veto"', '"prototype"');
    return JSON.parse(text) as ReturnType<typeof smallDataset>;
  }

  it('draws, selects, shows details and exports', async () => {
    const h = await mount({ dataset: prototypeIds(), attrs: { issue: 'tostring', lanes: 'prototype constructor' } });
    expect(h.errorText()).toBeNull();
    expect(h.lanes()).toEqual(['South', 'North']);
    h.element.setAttribute('selected', 'constructor');
    await h.settle();
    expect(h.details()?.title).toBe('North meets South');
    expect(await h.element.focusEvent('prototype')).toBe(true);
    expect(h.details()?.title).toBe('South vetoes');
    expect(await h.element.exportSvg()).toContain('<svg');
    await aTask();
    expect(uncaught).toEqual([]);
  });
});
