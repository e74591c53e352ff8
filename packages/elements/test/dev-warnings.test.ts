import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';
import { attributeWarnings } from '../src/attribute-warnings.js';

// The tests run under the `development` export condition, as a Vite or webpack dev server does,
// so `#dev-mode` is on; the production builds drop the warnings (checked in test/pack).
let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
  document.body.replaceChildren();
});
const warned = () => warn.mock.calls.map((c) => String(c[0]));

describe('attribute values the element cannot use (development builds)', () => {
  it('each warn once, with the value and what is allowed', async () => {
    const data = smallDataset();
    const attrs = { theme: 'purple', locale: 'not a tag!', start: 'soon', issue: 'nope', selected: 'no-such-event' };
    await mount({ dataset: data, attrs });
    const messages = warned();
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^<syria-timeline> theme="purple": not a theme; expected "auto", "light", "dark"/),
      expect.stringMatching(/^<syria-timeline> locale="not a tag!": not a BCP 47 language tag/),
      expect.stringMatching(/^<syria-timeline> start="soon": not a date; expected YYYY, YYYY-MM or YYYY-MM-DD/),
      expect.stringMatching(new RegExp(`^<syria-timeline> issue="nope": not an issue of the data; expected "none" or one of "${data.issues[0]!.id}"`)),
      expect.stringMatching(/^<syria-timeline> selected="no-such-event": not the id of an event/),
    ]));
    expect(messages).toHaveLength(5);
    // A second element with the same values says nothing new.
    await mount({ dataset: data, attrs });
    expect(warned()).toHaveLength(5);
  });

  it('stay silent for values the element uses (a regional language tag, "none", an event id)', async () => {
    const data = smallDataset();
    await mount({ dataset: data, attrs: { theme: 'dark', locale: 'fr-CH', start: '2012-01', end: '2012-06', issue: 'none', selected: data.events[0]!.id } });
    expect(warned()).toEqual([]);
  });
});

describe('attributeWarnings', () => {
  const values = { issue: undefined, theme: 'auto', locale: 'en', selected: undefined, start: undefined, end: undefined, axis: 'compressed' };

  it('says that a language without interface text shows English, with the translated ones', () => {
    expect(attributeWarnings({ ...values, locale: 'de' }, null).map((w) => w.message)).toEqual([
      'locale="de": no interface text in that language: the text is English (translated: "en", "ru", "fr", "ar" and any added with SyriaTimeline.registerLocale), the dates use the locale',
    ]);
  });

  it('names the two time axes for an axis it does not know', () => {
    expect(attributeWarnings({ ...values, axis: 'log' }, null).map((w) => w.message)).toEqual([
      'axis="log": not a time axis; expected "compressed", "linear" (shown as "compressed")',
    ]);
    expect(attributeWarnings({ ...values, axis: 'linear' }, null)).toEqual([]);
  });

  it('leaves the checks that need data until the data is there', () => {
    expect(attributeWarnings({ ...values, issue: 'nope', selected: 'nope' }, null)).toEqual([]);
  });
});
