/**
 * The demo page as `npm start` serves it (Vite dev server on the repository root, workspace sources
 * through the `source` condition, no build step), driven in Chromium: the link keeps the view.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

let server: ViteDevServer;
let browser: Browser;
let base = '';

beforeAll(async () => {
  server = await createServer({
    root: repo,
    configFile: path.join(repo, 'vite.config.ts'),
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('vite dev server: no port');
  base = `http://127.0.0.1:${address.port}`;
  browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the demo and waits until the timeline shows lanes; collects page errors. */
async function open(query = '', viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage(viewport ? { viewport } : {});
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${base}/${query}`);
  await page.waitForFunction(LANE_LABELS, null, { timeout: 60_000 });
  return { page, errors };
}

/** Runs in the page: the lane labels shown (a hidden second set exists for narrow widths); null while none. */
const LANE_LABELS = () => {
  const labels = [...(document.querySelector('syria-timeline')?.shadowRoot?.querySelectorAll('[part~="lane-label"]') ?? [])]
    .filter((n) => n.checkVisibility())
    .map((n) => n.textContent?.trim() ?? '');
  return labels.length > 0 ? labels : null;
};
const query = (page: Page) => new URL(page.url()).searchParams;

describe('the demo page (npm start)', () => {
  it('opens the view a link describes: lanes, order, language, issue', async () => {
    const { page, errors } = await open('?lanes=west+russia&locale=fr&issue=assad-must-go&start=2012-01&end=2012-06');
    expect(await page.evaluate(LANE_LABELS)).toEqual(['The West', 'Russia']);
    const attrs = await page.evaluate(() => {
      const el = document.querySelector('syria-timeline')!;
      return { locale: el.getAttribute('locale'), issue: el.getAttribute('issue'), start: el.getAttribute('start') };
    });
    expect(attrs).toEqual({ locale: 'fr', issue: 'assad-must-go', start: '2012-01' });
    expect(await page.locator('#locale').inputValue()).toBe('fr');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('writes each control into the link, so a copied link opens the same view', async () => {
    const { page } = await open();
    await page.selectOption('#locale', 'ru');
    await page.check('input[name="theme"][value="dark"]');
    await page.uncheck('#lane-list li:nth-child(2) input[type="checkbox"]');
    const params = query(page);
    expect(params.get('locale')).toBe('ru');
    expect(params.get('theme')).toBe('dark');
    // Three of the four sides, and the context row "Others" (a row of the picker too).
    expect(params.get('lanes')?.split(' ')).toHaveLength(4);
    expect(await page.evaluate(LANE_LABELS)).toHaveLength(4);
    await page.close();
  });

  it('keeps the selected event and the zoomed window in the link', async () => {
    const { page } = await open('?start=2012-01&end=2012-12');
    // The plot's one tab stop: focus the timeline's active mark, select it with Enter.
    await page.evaluate(() => {
      const mark = document.querySelector('syria-timeline')?.shadowRoot?.querySelector<HTMLElement>('svg.main [tabindex="0"]');
      mark?.focus();
    });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('selected'));
    const selected = query(page).get('selected');
    expect(await page.evaluate(() => document.querySelector('syria-timeline')?.getAttribute('selected'))).toBe(selected);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('selected'));
    const before = query(page).get('start');
    await page.evaluate(() => {
      // Typed by hand: this test's tsconfig does not load the element's global types.
      const el = document.querySelector('syria-timeline') as unknown as { zoomTo(start: string, end: string): void };
      el.zoomTo('2012-03-01', '2012-04-30');
    });
    await page.waitForFunction((b) => new URL(location.href).searchParams.get('start') !== b, before);
    expect(query(page).get('start')).toMatch(/^2012-0[23]-\d\d$/);

    // The link, opened afresh, selects the same event.
    const again = await open(`?selected=${selected}`);
    expect(await again.page.evaluate(() => document.querySelector('syria-timeline')?.getAttribute('selected'))).toBe(selected);
    await again.page.close();
    await page.close();
  });

  it('exports the view as an SVG file and a PNG file', async () => {
    const { page, errors } = await open('?lanes=russia+west');
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
    expect(svgFile.suggestedFilename()).toMatch(/\.svg$/);
    const svg = await readFile(await svgFile.path(), 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg/);
    // The lane labels are in the picture, as text.
    expect(svg).toContain('>Russia</text>');
    expect(svg).toContain('>The West</text>');

    const [pngFile] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(pngFile.suggestedFilename()).toMatch(/\.png$/);
    const png = await readFile(await pngFile.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await page.locator('#status').textContent()).toBe('PNG exported.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a copied link reloaded 10 times shows the same window and selection (the exclusive end is written as the last day shown)', async () => {
    const { page } = await open('?start=2012-01&end=2012-12');
    // A window that is not whole days, as a wheel or a drag leaves it; and a selection.
    await page.evaluate(() => {
      const el = document.querySelector('syria-timeline') as unknown as { zoomTo(start: Date, end: Date): void; setAttribute(n: string, v: string): void };
      el.zoomTo(new Date(Date.UTC(2012, 1, 3, 7, 30)), new Date(Date.UTC(2012, 2, 1, 0, 0)));
    });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('start')?.startsWith('2012-02'));
    expect(query(page).get('end')).toBe('2012-02-29');
    await page.evaluate(() => {
      // The plot's tab stop (the lane labels before it are buttons with a tab stop of their own).
      const mark = document.querySelector('syria-timeline')?.shadowRoot?.querySelector<HTMLElement>('svg.main [data-key][tabindex="0"]');
      mark?.focus();
    });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('selected'));
    const link = page.url();
    const seen: string[] = [];
    let url = link;
    for (let i = 0; i < 10; i++) {
      await page.goto(url);
      await page.waitForFunction(LANE_LABELS, null, { timeout: 60_000 });
      await page.waitForTimeout(50);
      seen.push(await page.evaluate(() => {
        const el = document.querySelector('syria-timeline') as unknown as { visibleRange: { start: Date; end: Date }; getAttribute(n: string): string | null };
        const r = el.visibleRange;
        return `${r.start.toISOString()} ${r.end.toISOString()} ${el.getAttribute('selected')}`;
      }));
      url = page.url();
      expect(url).toBe(link);
    }
    expect(new Set(seen).size).toBe(1);
    const params = new URL(link).searchParams;
    expect(seen[0]).toBe(`2012-02-03T00:00:00.000Z 2012-03-01T00:00:00.000Z ${params.get('selected')}`);
    await page.close();
  });

  it('shows the chart first: its top is above 300 px at 1440×900, before the options form', async () => {
    const { page } = await open('', { width: 1440, height: 900 });
    const top = await page.evaluate(() => document.querySelector('syria-timeline')!.getBoundingClientRect().top);
    expect(top).toBeLessThan(300);
    const formTop = await page.evaluate(() => document.querySelector('#controls')!.getBoundingClientRect().top);
    expect(formTop).toBeGreaterThan(top);
    await page.close();
  });

  it("has one issue picker and one reset, the element's own", async () => {
    const { page } = await open();
    const counts = await page.evaluate(() => {
      const el = document.querySelector('syria-timeline')!;
      const inPage = [...document.querySelectorAll('select, button')].map((n) => n.closest('label')?.textContent ?? n.textContent ?? '');
      const inElement = [...el.shadowRoot!.querySelectorAll('select, button')].map((n) => n.getAttribute('aria-label') ?? n.closest('label')?.textContent ?? n.textContent ?? '');
      const count = (names: string[], re: RegExp) => names.filter((n) => re.test(n)).length;
      return {
        issuePickers: count(inPage, /issue|stance/i) + el.shadowRoot!.querySelectorAll('[part="issue-picker"]').length,
        resets: count(inPage, /reset|show everything/i) + count(inElement, /^reset$/i),
      };
    });
    expect(counts).toEqual({ issuePickers: 1, resets: 1 });
    await page.close();
  });

  it('never scrolls sideways at 320 px, with the details open too', async () => {
    const { page } = await open('', { width: 320, height: 640 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.evaluate(() => document.querySelector('syria-timeline')!.setAttribute('selected', 'russia-china-veto-2012-02-04'));
    await page.waitForFunction(() => document.querySelector('syria-timeline')?.shadowRoot?.querySelector('[part="details"]'));
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('a ?selected= link opens the details on screen, right under the chart on a phone', async () => {
    const { page } = await open('?selected=russia-china-veto-2012-02-04', { width: 390, height: 844 });
    await page.waitForFunction(() => document.querySelector('syria-timeline')?.shadowRoot?.querySelector('[part="details"]'));
    await page.waitForTimeout(100);
    const box = await page.evaluate(() => {
      const r = document.querySelector('syria-timeline')!.shadowRoot!.querySelector('[part="details"]')!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight };
    });
    expect(box.top).toBeLessThan(box.height);
    expect(box.bottom).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the demo page under axe', () => {
  /** axe-core run in the page on the whole document, every rule up to WCAG AA (best practices and experimental included). */
  async function axeViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ path: path.join(repo, 'node_modules/axe-core/axe.min.js') });
    return page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      axe.configure({ rules: axe.getRules().map(({ ruleId, tags }) => ({ id: ruleId, enabled: !tags.includes('wcag2aaa') })) });
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    });
  }

  for (const locale of ['en', 'ar']) {
    it(`finds nothing in ${locale}, with an event selected and its details open`, async () => {
      const { page } = await open(`?locale=${locale}&start=2012-01&end=2012-03`);
      // The hidden list of events in view (whose items name their events) follows the first drawing by 300 ms.
      await page.waitForFunction(() => document.querySelector('syria-timeline')?.shadowRoot?.querySelector('[data-event]'));
      await page.evaluate(async () => {
        const el = document.querySelector('syria-timeline') as unknown as HTMLElement & {
          focusEvent(id: string): Promise<boolean>; updateComplete: Promise<boolean>;
        };
        const id = el.shadowRoot?.querySelector('[data-event]')?.getAttribute('data-event');
        if (id) await el.focusEvent(id);
        await el.updateComplete;
      });
      await page.waitForFunction(() => document.querySelector('syria-timeline')?.shadowRoot?.querySelector('[part="details"]'));
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
