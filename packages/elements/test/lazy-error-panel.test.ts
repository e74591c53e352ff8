import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyriaTimeline } from '../src/syria-timeline-element.js';
import { smallDataset } from './fixtures/small-dataset.js';

// The error panel's list of problems is a lazy chunk (src/templates/render-error.ts): only a page
// whose data fails downloads it. Until it lands (or when it cannot load) the panel still says that
// the data cannot be shown: never a blank element. The gate holds the chunk back here.

const gate = vi.hoisted(() => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open, requests: 0 };
});
vi.mock('../src/templates/render-error.js', async (importOriginal) => {
  gate.requests++;
  await gate.opened;
  return importOriginal();
});

afterEach(() => document.body.replaceChildren());

describe('the error panel, loaded lazily', () => {
  it('says the data cannot be shown at once, then lists the problem when the chunk lands; updateComplete waits for it', async () => {
    await import('../src/syria-timeline.js');
    const el = document.createElement('syria-timeline') as SyriaTimeline;
    const data = { ...smallDataset(), events: [{ ...smallDataset().events[0]!, id: 'Not A Slug' }] };
    (el as { data: unknown }).data = data;
    document.body.append(el);
    await vi.waitUntil(() => gate.requests > 0, { timeout: 5000 });
    let resolved = false;
    const complete = el.updateComplete.then(() => (resolved = true));
    await new Promise(requestAnimationFrame);
    const panel = () => el.shadowRoot!.querySelector('[part="error"]');
    expect(panel()?.getAttribute('role')).toBe('alert');
    expect(panel()?.querySelector('h2')?.textContent).toBe('The timeline could not be shown');
    expect(resolved).toBe(false);

    gate.open();
    await complete;
    expect(panel()?.querySelector('h2')?.textContent).not.toBe('The timeline could not be shown');
    expect(panel()?.textContent).toContain('Not A Slug');
  });
});
