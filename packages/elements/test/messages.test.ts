import { afterEach, describe, expect, it } from 'vitest';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

afterEach(() => document.body.replaceChildren());

const shadow = (el: HTMLElement) => el.shadowRoot!;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (n: Node | null | undefined) => squash(n?.textContent);

/** What a user reads in the toolbar, legend and details panel. */
function interfaceText(el: HTMLElement) {
  const root = shadow(el);
  const label = root.querySelector('[part="toolbar"] label');
  return {
    // The label's own words, without the issue names inside its <select>.
    stanceOn: squash([...(label?.childNodes ?? [])].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')),
    zoomIn: root.querySelector('[part="toolbar"] button .visually-hidden')?.textContent,
    legend: [...root.querySelectorAll('[part="legend"] li')].map(text),
    fields: [...root.querySelectorAll('[part="details"] dt')].map(text),
    close: root.querySelector('[part="details"] button.close')?.getAttribute('aria-label'),
  };
}

const ENGLISH = {
  stanceOn: 'Stance on', zoomIn: 'Zoom in', close: 'Close details',
  fields: ['Date', 'How dated', 'Type', 'Participants'],
  legend: ['Meeting', 'Supports', 'Opposes'],
};

const CASES = [
  { locale: 'ru', stanceOn: 'Позиция по вопросу', zoomIn: 'Увеличить', close: 'Закрыть подробности',
    fields: ['Дата', 'Как датировано', 'Тип', 'Участники'], legend: ['Встреча', 'Вето', 'За', 'Против'] },
  { locale: 'fr', stanceOn: 'Position sur', zoomIn: 'Zoom avant', close: 'Fermer les détails',
    fields: ['Date', 'Datation', 'Type', 'Participants'], legend: ['Rencontre', 'Veto', 'Pour', 'Contre'] },
  { locale: 'ar', stanceOn: 'الموقف من', zoomIn: 'تكبير', close: 'إغلاق التفاصيل',
    fields: ['التاريخ', 'طريقة التأريخ', 'النوع', 'المشاركون'], legend: ['اجتماع', 'فيتو', 'يؤيد', 'يعارض'] },
] as const;

const open = (locale: string) =>
  mount({ dataset: smallDataset(), attrs: { locale, selected: 'n-meeting', start: '2012-01', end: '2012-06' } });

describe('interface text follows the locale', () => {
  it('en (the default) keeps the English text', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { selected: 'n-meeting' } });
    const t = interfaceText(h.element);
    expect(t.stanceOn).toBe(ENGLISH.stanceOn);
    expect(t.zoomIn).toBe(ENGLISH.zoomIn);
    expect(t.close).toBe(ENGLISH.close);
    expect(t.fields).toEqual(ENGLISH.fields);
    expect(t.legend).toEqual(expect.arrayContaining(ENGLISH.legend));
  });

  for (const c of CASES) {
    it(`${c.locale}: toolbar, legend and details are translated`, async () => {
      const h = await open(c.locale);
      const t = interfaceText(h.element);
      expect(t.stanceOn).toBe(c.stanceOn);
      expect(t.zoomIn).toBe(c.zoomIn);
      expect(t.close).toBe(c.close);
      expect(t.fields).toEqual(c.fields);
      expect(t.legend).toEqual(expect.arrayContaining([...c.legend]));
      // No English interface word is left behind.
      expect(t.legend).not.toContain('Meeting');
      expect(t.legend).not.toContain('Supports');
      // Data-derived text is shown as given.
      expect(text(shadow(h.element).querySelector('[part="details"] h2'))).toBe('North meets South');
      expect(text(shadow(h.element).querySelector('[part="issue-picker"] option'))).toBe('A ceasefire should hold');
    });
  }

  it('the live summary is in the locale', async () => {
    // The first window is announced at once (only later zooms wait for a pause).
    const h = await open('ru');
    expect(text(shadow(h.element).querySelector('[data-summary]'))).toMatch(/^Показано \d+ событи/);
  });

  it('switching the locale back to en restores English', async () => {
    const h = await open('ru');
    expect(interfaceText(h.element).fields).toEqual(CASES[0].fields);
    h.element.setAttribute('locale', 'en');
    await h.settle();
    const t = interfaceText(h.element);
    expect(t.stanceOn).toBe(ENGLISH.stanceOn);
    expect(t.zoomIn).toBe(ENGLISH.zoomIn);
    expect(t.close).toBe(ENGLISH.close);
    expect(t.fields).toEqual(ENGLISH.fields);
    expect(t.legend).toEqual(expect.arrayContaining(ENGLISH.legend));
  });
});
