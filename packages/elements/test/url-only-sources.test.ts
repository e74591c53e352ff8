import { afterEach, describe, expect, it } from 'vitest';
import type { Evidence } from '@syria-timeline/core';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

afterEach(() => document.body.replaceChildren());

const shadow = (h: { element: HTMLElement }) => h.element.shadowRoot!;

/** The small dataset with a second source, known only by its URL, quoted (without offsets) by the meeting. */
function withWebSource(url = 'https://example.org/web/harbour-meeting', quote: Evidence = { source: 'web', text: 'the two governments met at the harbour' }) {
  const d = smallDataset();
  d.sources.push({
    id: 'web', title: 'Governments meet at the harbour', publisher: 'Web Wire', url,
    dateline: { start: '2012-03-06', basis: 'stated' },
  });
  d.events.find((e) => e.id === 'n-meeting')!.evidence.push(quote);
  return d;
}

describe('a source known only by its URL', () => {
  it("shows its quote in the details, as text, with the source's title linked to its URL", async () => {
    const url = 'https://example.org/web/harbour-meeting';
    const h = await mount({ dataset: withWebSource(url), attrs: { selected: 'n-meeting' } });
    const quotes = [...shadow(h).querySelectorAll<HTMLElement>('[part="details"] [part="quote"]')];
    expect(quotes).toHaveLength(2);
    const web = quotes[1]!;
    expect(web.querySelector('p')!.textContent).toBe('“the two governments met at the harbour”');
    const link = web.querySelector<HTMLAnchorElement>('footer a')!;
    expect(link.href).toBe(url);
    expect(link.textContent).toBe('Governments meet at the harbour, Web Wire');
    expect(link.rel).toBe('noopener noreferrer');
    // The quote with offsets, from the source with a file, is shown as before.
    expect(quotes[0]!.querySelector('p')!.textContent).toBe('“North meets”');
  });

  it('with offsets on its quote, the data is refused and the error says why', async () => {
    const h = await mount({ dataset: withWebSource(undefined, { source: 'web', start: 0, end: 5, text: 'North' }) });
    expect(h.errorText()).toContain('events[1].evidence[1].start');
    expect(h.errorText()).toContain('known only by its URL');
  });
});
