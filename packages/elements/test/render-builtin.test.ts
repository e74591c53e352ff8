import { afterEach, describe, expect, it } from 'vitest';
import '../src/syria-timeline.js';
import type { SyriaTimeline } from '../src/syria-timeline-element.js';
import { TimelineHarness } from '../src/testing/timeline-harness.js';

async function mount(attrs: Record<string, string> = {}): Promise<TimelineHarness> {
  const el = document.createElement('syria-timeline') as SyriaTimeline;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.style.width = '900px';
  document.body.append(el);
  return new TimelineHarness(el).ready();
}

afterEach(() => document.body.replaceChildren());

describe('<syria-timeline> with no attributes', () => {
  it('shows the built-in dataset as four labelled lanes with marks', async () => {
    const h = await mount();
    console.log(h.lanes(), h.marks().length, h.clusters().length, h.ticks());
    expect(h.lanes()).toHaveLength(4);
    expect(h.marks().length).toBeGreaterThan(0);
  });
});
