import { expect, it, vi } from 'vitest';
import { asked, idlePeriod } from './support/idle-queue.js';

// The element's idle-time code warm-up (code-warm-up.ts), on a page that defines the element and
// never gets data: it runs only in idle periods, a few steps per period, and leaves no trace the
// page can see. This file must not import the element statically: the warm-up starts when the
// element's module is evaluated, and must find the idle queue (support/idle-queue.ts). Each test file runs in a fresh page.

it('runs only in idle periods with time to spare, a step at a time, and leaves the page untouched', async () => {
  const { codeWarmUpLeft } = await import('../src/code-warm-up.js');
  await import('../src/syria-timeline.js');
  const steps = codeWarmUpLeft();
  expect(steps, 'a warm-up is waiting for the page to be idle').toBeGreaterThan(3);
  expect(asked.length).toBeGreaterThan(0);

  // From here (the modules are loaded), what the page could see of the warm-up.
  const before = document.documentElement.outerHTML;
  const mutations: MutationRecord[] = [];
  const observer = new MutationObserver((records) => mutations.push(...records));
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const events: string[] = [];
  const types = ['syria-timeline-select', 'syria-timeline-range-change', 'syria-timeline-error', 'focusin', 'focusout', 'error', 'unhandledrejection', 'resize', 'scroll'];
  for (const type of types) window.addEventListener(type, (e) => events.push(e.type), { capture: true });
  const consoleCalls = (['log', 'info', 'warn', 'error', 'debug'] as const).map((k) => vi.spyOn(console, k));
  const resources = performance.getEntriesByType('resource').length;


  // Busy periods (less time left than a step needs): nothing runs, and it asks again.
  for (let i = 0; i < 3; i++) idlePeriod(2);
  expect(codeWarmUpLeft()).toBe(steps);
  expect(asked.length).toBeGreaterThan(0);

  // A period that ends after the first step: the deadline is read again before each step.
  idlePeriod(50, 1);
  expect(codeWarmUpLeft()).toBe(steps - 1);
  expect(asked.length).toBeGreaterThan(0);

  // Idle periods: a step or more in each (as long as the first took under 10 ms), until all have run.
  let periods = 0;
  while (codeWarmUpLeft() > 0 && periods < 50) {
    const left = codeWarmUpLeft();
    idlePeriod(50);
    periods++;
    expect(left - codeWarmUpLeft(), 'a step or more per idle period').toBeGreaterThanOrEqual(1);
  }
  expect(codeWarmUpLeft()).toBe(0);
  // Done: it asks for no more idle time (only what the element's other warm-ups asked for, once).
  idlePeriod(50);
  expect(asked).toEqual([]);

  // Nothing the page can see: its DOM, its events, the console, the network.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  expect(mutations.concat(observer.takeRecords())).toEqual([]);
  expect(document.documentElement.outerHTML).toBe(before);
  expect(events).toEqual([]);
  for (const spy of consoleCalls) expect(spy).not.toHaveBeenCalled();
  expect(performance.getEntriesByType('resource').slice(resources).map((e) => e.name)).toEqual([]);
});
