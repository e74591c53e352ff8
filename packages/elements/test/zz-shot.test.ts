import { it } from 'vitest';
import { page } from 'vitest/browser';
import '../src/syria-timeline.js';
import type { SyriaTimeline } from '../src/syria-timeline-element.js';
import { TimelineHarness } from '../src/testing/timeline-harness.js';

it('shot', async () => {
  await page.viewport(1100, 900);
  const el = document.createElement('syria-timeline') as SyriaTimeline;
  el.style.width = '1000px';
  const params = (import.meta.env.VITE_SHOT ?? '') as string;
  for (const kv of params.split(',').filter(Boolean)) { const [k, v] = kv.split('='); el.setAttribute(k!, v!); }
  document.body.append(el);
  const h = await new TimelineHarness(el).ready();
  await h.settle();
  if (params.includes('focus')) { await h.focusFirstMark(); await h.pressKey('ArrowRight'); await h.pressKey('Enter'); }
  await page.screenshot({ path: '../../../node_modules/.shots/shot.png', element: el });
});
