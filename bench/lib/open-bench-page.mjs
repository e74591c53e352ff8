/**
 * A fresh page of the bench at `url` (its own context: 1280×800, reduced motion), its harness
 * ready, with a CDP session; its uncaught errors are printed. With `dataPath`, the page has also
 * fetched that JSON into `window.__data`, for the script to hand to `bench.render` (a million
 * events are too big to pass through `evaluate`). `initScript` (a function) runs in the page before its own scripts.
 *
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession }>}
 */
export async function openBenchPage(browser, url, dataPath, initScript) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.evaluate(() => window.bench.ready);
  if (dataPath) await page.evaluate(async (at) => { window.__data = await (await fetch(at)).json(); }, dataPath);
  return { context, page, cdp };
}
