import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

// The story steps (`,` and `.`) come with the panels' lazy chunk (src/templates/panels.ts), since a
// step opens the details. A key pressed before the chunk has arrived is not lost: it steps once
// the chunk lands. The gate holds the chunk back here.

const gate = await vi.hoisted(async () => (await import('./support/chunk-gate.js')).chunkGate());
vi.mock('../src/templates/panels.js', (importOriginal) => gate.hold(importOriginal));

afterEach(() => document.body.replaceChildren());

describe('the story steps, loaded with the panels', () => {
  it('a "." pressed before the chunk arrives selects the first event in view once it lands', async () => {
    const h = await mount({ dataset: smallDataset(), width: 1200 });
    const first = [...smallDataset().events].sort((a, b) => a.when.start.localeCompare(b.when.start))[0]!;
    h.element.shadowRoot!.querySelector<HTMLElement>('svg.main')!.focus();
    await userEvent.keyboard('.');
    await vi.waitUntil(() => gate.requests > 0);
    await new Promise(requestAnimationFrame);
    expect(h.element.selected).toBeUndefined();

    gate.open();
    await vi.waitUntil(() => h.element.selected !== undefined);
    await h.element.updateComplete;
    expect(h.element.selected).toBe(first.id);
    expect(h.details()?.title).toBe(first.title);
  });
});
