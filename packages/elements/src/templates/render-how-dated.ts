import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describeBasis, type Source, type When } from '@syria-timeline/core';
import type { TimelineMessages } from '../messages.js';

/**
 * The "How dated" sentence of the details in the interface's words (`messages.dating`), with the
 * data in it (source title, phrase, notes) in spans of the data's language (`dataLang`): the
 * sentence is built with stand-ins, which are then swapped for the data.
 */
export function howDated(
  when: When, sources: ReadonlyMap<string, Source>, messages: TimelineMessages, dataLang: string | undefined,
): TemplateResult {
  const data: string[] = [];
  const mark = (text: string) => `\u{E000}${data.push(text) - 1}\u{E001}`;
  const sentence = describeBasis(
    {
      ...when,
      ...(when.phrase === undefined ? {} : { phrase: mark(when.phrase) }),
      ...(when.note === undefined ? {} : { note: mark(when.note) }),
      ...(when.outsideNote === undefined ? {} : { outsideNote: mark(when.outsideNote) }),
    },
    { anchorName: (id) => mark(sources.get(id)?.title ?? id), sources, phrases: messages.dating },
  );
  const parts = sentence.split(/\u{E000}(\d+)\u{E001}/u);
  return html`${parts.map((part, i) => (i % 2 ? html`<span lang=${ifDefined(dataLang)}>${data[Number(part)]}</span>` : part))}`;
}
