// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { renderInFakeDom } from './render-in-fake-dom.js';

it('renders the lanes and marks in happy-dom, at a default width, without throwing', async () => {
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
});
