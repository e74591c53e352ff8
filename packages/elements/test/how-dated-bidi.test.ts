import { afterEach, describe, expect, it } from 'vitest';
import { mount } from './support/mount.js';

// "How dated" in an Arabic interface quotes English data: the source's title and the article's
// phrase ("last November"). A right-to-left sentence that wraps inside such a piece splits it across
// two lines, its words and brackets out of reading order; each piece is kept in one box instead.

const EVENT = 'arab-league-november-initiative-2011-11';

/** The data pieces of the details' "How dated" line, and how many line boxes each is drawn in. */
async function pieces(locale: string, width: number) {
  const h = await mount({ attrs: { locale, selected: EVENT }, width });
  await h.settle();
  const details = h.element.shadowRoot!.querySelector('[part="details"]');
  await expect.poll(() => details?.querySelectorAll('dd .datum').length ?? 0).toBeGreaterThan(0);
  return [...details!.querySelectorAll<HTMLElement>('dd .datum')].map((d) => ({ text: d.textContent, boxes: d.getClientRects().length, display: getComputedStyle(d).display }));
}

describe('how dated, data against the sentence\'s direction', () => {
  afterEach(() => document.body.replaceChildren());

  it('ar, 390 px: the English source title and phrase each stay in one box, however long', async () => {
    const found = await pieces('ar', 390);
    expect(found.map((p) => p.text)).toEqual(['Results of Syria talks must not be predetermined: Russia', 'last November']);
    for (const p of found) expect(p.boxes, p.text ?? '').toBe(1);
  });

  it('en: the same pieces flow inline with the sentence (the same direction)', async () => {
    const found = await pieces('en', 390);
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) expect(p.display).toBe('inline');
  });
});
