import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describeBasis, type Source, type When } from '@syria-timeline/core';
import type { TimelineMessages } from '../messages.js';

/**
 * The "How dated" sentence of the details in the interface's words (`messages.dating`), with the
 * data in it (source title, phrase, notes) in elements of the data's language (`dataLang`): the
 * sentence is built with stand-ins, which are then swapped for the data (each in a `<bdi>`).
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
  // Each piece of data in a <bdi> (its direction from its own text) of the data's language: where it
  // runs against the interface's direction (an English title in an Arabic sentence), panels.css keeps
  // it in a box of its own, so that a line break inside it does not scatter its words and brackets
  // across two lines of the other direction.
  return html`${parts.map((part, i) => (i % 2 ? html`<bdi class="datum" lang=${ifDefined(dataLang)}>${data[Number(part)]}</bdi>` : part))}`;
}
