import { afterEach, describe, expect, it } from 'vitest';
import { mount } from './support/mount.js';
import { TEST_FONT } from './support/test-font.js';
import { englishMessages } from '../src/messages.js';
import { messages as ru } from '../src/messages-ru.js';
import { messages as fr } from '../src/messages-fr.js';
import { messages as ar } from '../src/messages-ar.js';
import { builtinDataset } from '@syria-timeline/core';

afterEach(() => document.body.replaceChildren());

const context = new OffscreenCanvas(10, 10).getContext('2d')!;
/** Width of `text` in the test font, falling back to `fallback` for any character the font lacks. */
const width = (text: string, fallback: string, weight = 400) => {
  context.font = `${weight} 14px "${TEST_FONT}", ${fallback}`;
  return context.measureText(text).width;
};

/** Month names in a locale, as the axis and the details write them. */
const months = (locale: string) =>
  Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2012, m, 1)));

describe('tests draw text in the shipped font, whatever fonts the machine has', () => {
  it('the element and its text use the test font, loaded from the package', async () => {
    const h = await mount({});
    const label = h.element.shadowRoot!.querySelector('.labels [part~="lane-label"]')!;
    expect(getComputedStyle(label).fontFamily).toBe(`"${TEST_FONT}"`);
    const faces = [...document.fonts].filter((f) => f.family.replaceAll('"', '') === TEST_FONT);
    expect(faces.map((f) => [f.weight, f.status])).toEqual([['400', 'loaded'], ['700', 'loaded']]);
  });

  // A character the shipped font lacks would come from the machine's fonts: then its width would
  // change with the fallback named after the test font. Every script the tests measure is covered.
  const TEXTS: [string, string[]][] = [
    ['the built-in lane labels', builtinDataset.lanes.map((l) => l.label)],
    ['English interface text and months', [englishMessages.controls, englishMessages.zoomIn, ...months('en-GB'), '0123456789 – …']],
    ['Russian interface text and months', [ru.controls, ru.stanceOn, ru.loading, ...months('ru')]],
    ['French interface text and months', [fr.controls, fr.stanceOn, fr.loading, ...months('fr')]],
    ['Arabic interface text and months', [ar.controls, ar.stanceOn, ar.loading, ...months('ar')]],
  ];
  it('(the check below can tell: on this machine serif and monospace text differ in width)', () => {
    context.font = '14px serif';
    const serif = context.measureText('Assad (Syrian government)').width;
    context.font = '14px monospace';
    expect(context.measureText('Assad (Syrian government)').width).not.toBe(serif);
  });

  for (const [name, texts] of TEXTS) {
    it(`has every glyph of ${name}`, () => {
      for (const text of texts) {
        for (const weight of [400, 700]) {
          expect(width(text, 'serif', weight), text).toBe(width(text, 'monospace', weight));
        }
      }
    });
  }
});
