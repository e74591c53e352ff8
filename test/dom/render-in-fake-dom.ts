/**
 * <syria-timeline> in the fake DOMs of Node test runners (jsdom, happy-dom), as an app's own unit
 * tests meet it: no layout (every size is 0), no ResizeObserver or matchMedia in jsdom, no canvas.
 * Shared by the two test files, each run in its own environment (`@vitest-environment`).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import '@syria-timeline/elements';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function renderInFakeDom() {
  const el = document.createElement('syria-timeline');
  el.data = JSON.parse(await readFile(path.join(repo, 'packages/elements/test/fixtures/small-dataset.json'), 'utf8'));
  document.body.append(el);
  await el.updateComplete;
  const root = el.shadowRoot!;
  return {
    labels: [...root.querySelectorAll('[part~="lane-label"]')].map((n) => n.textContent?.trim()),
    error: root.querySelector('[part="error"]')?.textContent?.trim() ?? null,
    marks: root.querySelectorAll('[part~="mark"], [part~="cluster"]').length,
    el,
  };
}

/** The check both fake DOMs must pass: lanes and marks drawn, no error panel, no unhandled rejection. */
export async function expectRendersInFakeDom(): Promise<void> {
  const errors: unknown[] = [];
  const onError = (e: unknown) => errors.push(e);
  process.on('unhandledRejection', onError);
  try {
    const result = await renderInFakeDom();
    expect(result.error).toBeNull();
    expect(result.labels).toEqual(expect.arrayContaining(['North', 'South']));
    expect(result.marks).toBeGreaterThan(0);
    result.el.remove();
  } finally {
    process.off('unhandledRejection', onError);
  }
  expect(errors).toEqual([]);
}
