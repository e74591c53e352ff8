import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { SyriaTimeline, type TimelineMessagesOverride } from '@syria-timeline/elements';
import { componentDocs } from './support/component-docs.js';
import { findTimeline, parts } from './support/timeline-queries.js';

/**
 * Interface languages beyond en, ru, fr and ar: `SyriaTimeline.registerLocale(language, messages, dir)`
 * adds one for the whole page; the `messages` property overrides some text of one element. Data
 * (titles, quotes, lane labels) is never translated: it keeps the dataset's `lang`.
 */
const meta = {
  title: 'syria-timeline/Languages',
  component: 'syria-timeline',
  tags: ['autodocs'],
  parameters: {
    docs: componentDocs(
      'Interface languages beyond en, ru, fr and ar: `SyriaTimeline.registerLocale(language, messages, dir)` adds one ' +
        'for the page, the `messages` property changes some text of one element; `locale="ar-SY"` writes ' +
        'Arabic-Indic digits everywhere. Data keeps the dataset\'s `lang`.',
      `<script type="module">
  import { SyriaTimeline } from '@syria-timeline/elements';
  SyriaTimeline.registerLocale('es', { zoomIn: 'Acercar', zoomOut: 'Alejar', reset: 'Restablecer' });
</script>
<syria-timeline locale="es-AR"></syria-timeline>`,
    ),
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Part of a Spanish interface: what it leaves out stays English until it is translated too. */
const SPANISH: TimelineMessagesOverride = {
  controls: 'Controles de la cronología', stanceOn: 'Postura sobre', noIssue: 'Ninguna',
  zoomIn: 'Acercar', zoomOut: 'Alejar', reset: 'Restablecer', legend: 'Leyenda',
  supports: 'A favor', opposes: 'En contra', neutral: 'Neutral', conditional: 'Condicional',
  range: 'Periodo', monthOrYear: 'Solo mes o año', approximate: 'Fecha aproximada',
  types: { statement: 'Declaración', meeting: 'Reunión', veto: 'Veto', agreement: 'Acuerdo' },
  region: 'Cronología de los hechos', plotRole: 'cronología',
  timeline: (range) => `Cronología, ${range}`,
  showing: (n, count, range) => `${count} ${n === 1 ? 'hecho' : 'hechos'}, ${range}`,
};

/** `SyriaTimeline.registerLocale('es', …)`, then `locale="es-AR"`: the interface in Spanish, dates in Argentine Spanish. */
export const AddedLanguage: Story = {
  render: () => {
    SyriaTimeline.registerLocale('es', SPANISH);
    return html`<syria-timeline locale="es-AR" start="2012-01" end="2012-06"></syria-timeline>`;
  },
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    expect(el.shadowRoot!.querySelector('button[title="Acercar"]')).not.toBeNull();
    expect(parts(el, 'legend')[0]?.textContent).toContain('Reunión');
    expect(parts(el, 'axis').map((a) => a.textContent).join(' ')).toMatch(/ene|feb|mar/i);
  },
};

/** The `messages` property: this element's French says "Tout voir" on its reset button. */
export const OverriddenText: Story = {
  render: () => html`<syria-timeline locale="fr" .messages=${{ reset: 'Tout voir' } satisfies TimelineMessagesOverride}></syria-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    const buttons = [...el.shadowRoot!.querySelectorAll('[part="toolbar"] button')].map((b) => b.textContent?.trim());
    expect(buttons).toContain('Tout voir');
    expect(el.shadowRoot!.querySelector('button[title="Zoom avant"]')).not.toBeNull();
  },
};

/** `locale="ar-SY"`: Arabic with Arabic-Indic digits, on the axis, the overview, the counts and the range alike. */
export const ArabicIndicDigits: Story = {
  render: () => html`<syria-timeline locale="ar-SY"></syria-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await findTimeline(canvasElement);
    const range = el.shadowRoot!.querySelector('.range-label')!.textContent ?? '';
    expect(range).toMatch(/[\u0660-\u0669]/);
    expect(range).not.toMatch(/[0-9]/);
  },
};
