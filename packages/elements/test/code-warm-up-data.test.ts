import { expect, it } from 'vitest';
import { asked, idlePeriod } from './support/idle-queue.js';
import type { SyriaTimeline } from '../src/syria-timeline-element.js';
import { smallDataset } from './fixtures/small-dataset.js';

// The element's idle-time code warm-up (code-warm-up.ts) gives way for good once an element has
// data: a page that hands its data over before it is idle runs none of it. This file must not
// import the element statically (see code-warm-up.test.ts). Each test file runs in a fresh page.

it('stops once an element gets data, before the page was idle', async () => {
  const { codeWarmUpLeft } = await import('../src/code-warm-up.js');
  await import('../src/syria-timeline.js');
  const steps = codeWarmUpLeft();
  expect(steps).toBeGreaterThan(3);

  const el = document.createElement('syria-timeline') as SyriaTimeline;
  el.style.display = 'block';
  el.style.width = '900px';
  el.data = smallDataset();
  document.body.append(el);
  const { TimelineHarness } = await import('../src/testing/timeline-harness.js');
  await new TimelineHarness(el).ready();
  expect(el.shadowRoot?.querySelector('[part="error"]')?.textContent ?? '').toBe('');
  expect(el.shadowRoot?.querySelector('[part~="lane"]'), 'the element drew its data').not.toBeNull();

  for (let i = 0; i < 10; i++) idlePeriod(50);
  expect(codeWarmUpLeft(), 'no step ran').toBe(steps);
  expect(asked, 'and it asks for no more idle time').toEqual([]);
  el.remove();
});
