import { afterEach, describe, expect, it } from 'vitest';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

afterEach(() => {
  document.body.replaceChildren();
  delete (window as { pwned?: boolean }).pwned;
});

const PAYLOAD = `<img src=x onerror="window.pwned=true"><script>window.pwned=true</script><b>bold</b>`;

/** Every free-text field of the small dataset replaced by markup. */
function hostileDataset() {
  const d = smallDataset();
  for (const l of d.lanes) l.label = `${l.label} ${PAYLOAD}`;
  for (const a of d.actors) a.name = `${a.name} ${PAYLOAD}`;
  for (const i of d.issues) i.label = `${i.label} ${PAYLOAD}`;
  for (const s of d.sources) {
    s.title = `${s.title} ${PAYLOAD}`;
    s.publisher = PAYLOAD;
  }
  for (const e of d.events) {
    e.title = `${e.title} ${PAYLOAD}`;
    e.summary = PAYLOAD;
  }
  return d;
}

/** Elements that only markup in the data could have created. */
const injected = (root: ShadowRoot) => root.querySelectorAll('img, script, b, iframe, object, embed');

describe('data is text, never markup', () => {
  it('renders markup in every text field as inert text', async () => {
    const h = await mount({ dataset: hostileDataset(), attrs: { start: '2012-01', end: '2012-06' } });
    const root = h.element.shadowRoot!;
    expect(h.lanes()[0]).toContain('<script>');
    expect(h.marks().some((m) => m.label.includes('<img src=x'))).toBe(true);
    h.element.setAttribute('selected', 'n-meeting');
    await h.settle();
    const details = h.details()!;
    expect(details.title).toContain('<b>bold</b>');
    expect(details.text).toContain('onerror=');
    await h.focusFirstMark();
    expect(h.tooltipText()).toContain('<script>');
    expect(root.querySelector('[part="issue-picker"]')!.textContent).toContain('<img');
    expect(injected(root)).toHaveLength(0);
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('shows a javascript: source URL only inside the error text, never as a link', async () => {
    const d = hostileDataset();
    d.sources[0]!.url = 'javascript:window.pwned=true';
    const h = await mount({ dataset: d });
    const root = h.element.shadowRoot!;
    expect(h.errorText()).toContain('sources[0].url');
    expect(h.errorText()).toContain('javascript:window.pwned=true');
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(injected(root)).toHaveLength(0);
  });

  it('refuses a lane colour that tries to break out of its style value', async () => {
    const d = smallDataset();
    d.lanes[0]!.color = 'red; } :host { display: none } x {';
    const h = await mount({ dataset: d });
    expect(h.errorText()).toContain('lanes[0].color');
    expect(getComputedStyle(h.element).display).toBe('block');
  });
});
