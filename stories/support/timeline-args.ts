import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArgTypes } from '@storybook/web-components-vite';

/** The attributes of <syria-timeline> that stories set (its `data` property is passed separately). */
export interface TimelineArgs {
  lanes?: string;
  issue?: string;
  /** Any BCP 47 tag; 'de' here as a language with dates but no interface text of its own. */
  locale?: 'en' | 'ru' | 'fr' | 'ar' | 'de';
  theme?: 'light' | 'dark' | 'auto';
  start?: string;
  end?: string;
  selected?: string;
  src?: string;
}

/** Controls only: the descriptions come from the element's JSDoc, through the custom-elements manifest. */
export const timelineArgTypes: Partial<ArgTypes<TimelineArgs>> = {
  lanes: { control: 'text' },
  issue: { control: 'text' },
  locale: { control: 'inline-radio', options: ['en', 'ru', 'fr', 'ar', 'de'] },
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  start: { control: 'text' },
  end: { control: 'text' },
  selected: { control: 'text' },
  src: { control: 'text' },
};

/**
 * Renders the element with the given attributes. `data`, when given, is set as the `data` property;
 * otherwise the property is left alone, so the element shows its built-in dataset (or `src`).
 */
export function renderTimeline(args: TimelineArgs, data?: unknown): TemplateResult {
  const { lanes, issue, locale, theme, start, end, selected, src } = args;
  return data === undefined
    ? html`<syria-timeline
        lanes=${ifDefined(lanes)} issue=${ifDefined(issue)} locale=${ifDefined(locale)} theme=${ifDefined(theme)}
        start=${ifDefined(start)} end=${ifDefined(end)} selected=${ifDefined(selected)} src=${ifDefined(src)}
      ></syria-timeline>`
    : html`<syria-timeline
        .data=${data}
        lanes=${ifDefined(lanes)} issue=${ifDefined(issue)} locale=${ifDefined(locale)} theme=${ifDefined(theme)}
        start=${ifDefined(start)} end=${ifDefined(end)} selected=${ifDefined(selected)}
      ></syria-timeline>`;
}
