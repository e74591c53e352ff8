import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyriaTimeline } from '../src/syria-timeline-element.js';
import { smallDataset } from './fixtures/small-dataset.js';

// The error panel's list of problems is a lazy chunk (src/templates/render-error.ts): only a page
// whose data fails downloads it. Until it lands (or when it cannot load) the panel still says that
// the data cannot be shown: never a blank element. The gate holds the chunk back here.

const gate = await vi.hoisted(async () => (await import('./support/chunk-gate.js')).chunkGate());
vi.mock('../src/templates/render-error.js', (importOriginal) => gate.hold(importOriginal));

afterEach(() => document.body.replaceChildren());

describe('the error panel, loaded lazily', () => {
  it('says at once that the data is not valid and how many problems it has, then lists them when the chunk lands, without a second alert; updateComplete waits for it', async () => {
    await import('../src/syria-timeline.js');
    const el = document.createElement('syria-timeline') as SyriaTimeline;
    const data = { ...smallDataset(), events: [{ ...smallDataset().events[0]!, id: 'Not A Slug' }] };
    (el as { data: unknown }).data = data;
    document.body.append(el);
    await vi.waitUntil(() => gate.requests > 0, { timeout: 5000 });
    let resolved = false;
    const complete = el.updateComplete.then(() => (resolved = true));
    await new Promise(requestAnimationFrame);
    const alerts = () => [...el.shadowRoot!.querySelectorAll('[role="alert"]')];
    expect(alerts()).toHaveLength(1);
    const alert = alerts()[0]!;
    expect(alert.closest('[part="error"]')).not.toBeNull();
    expect(alert.querySelector('h2')?.textContent).toBe('The timeline data is not valid');
    expect(alert.textContent).toContain('1 problem found');
    expect(el.shadowRoot!.querySelector('[part="error"] li')).toBeNull();
    expect(resolved).toBe(false);

    gate.open();
    await complete;
    // The same alert node, unchanged (a screen reader announces the failure once); the list is beside it.
    expect(alerts()).toEqual([alert]);
    expect(alert.textContent).not.toContain('Not A Slug');
    expect(el.shadowRoot!.querySelector('[part="error"] li')?.textContent).toContain('Not A Slug');
  });
});
