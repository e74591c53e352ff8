/**
 * Screenshots of the demo page for the README (docs/*.png): 1440×900 and 390×844, light and dark,
 * taken in headless Chromium from the Vite dev server (as `npm start` serves the page).
 *
 *   node scripts/demo-screenshots.mjs            writes docs/demo-<width>-<theme>.png
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SHOTS = [
  { width: 1440, height: 900, theme: 'light', query: '?selected=russia-china-veto-2012-02-04' },
  { width: 1440, height: 900, theme: 'dark', query: '?theme=dark' },
  { width: 390, height: 844, theme: 'light', query: '' },
  { width: 390, height: 844, theme: 'dark', query: '?theme=dark&selected=russia-china-veto-2012-02-04' },
];

const server = await createServer({ root: repo, configFile: path.join(repo, 'vite.config.ts'), logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } });
await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, reducedMotion: 'reduce', colorScheme: shot.theme });
    await page.goto(`http://127.0.0.1:${port}/${shot.query}`);
    await page.waitForFunction(() => document.querySelector('syria-timeline')?.shadowRoot?.querySelector('[part~="lane"]'), null, { timeout: 60_000 });
    await page.evaluate(async () => {
      await document.fonts.ready;
      await document.querySelector('syria-timeline').updateComplete;
    });
    await page.waitForTimeout(400);
    const file = path.join(repo, 'docs', `demo-${shot.width}-${shot.theme}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${path.relative(repo, file)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
