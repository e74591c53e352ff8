#!/usr/bin/env node
/**
 * What a screen reader gets of the hidden list of events in view, two builds of the bench page side
 * by side: Chromium's accessibility tree (CDP `Accessibility.getFullAXTree`) under the list (roles
 * and names of every node not ignored, in order), the live summary's text and its live/atomic
 * properties, and what activating the first item focuses; for 2,000 synthetic events without a
 * `lang`, with the interface's, and with another, at the first view and two zoomed ones. Prints
 * whether the two trees are identical, and whether they are once the text nodes (StaticText,
 * InlineTextBox) are left out.
 *
 *   node bench/list-ax.mjs DIR_A DIR_B [--print]   (directories of built bench pages)
 */
import path from 'node:path';
import { launchChromium } from './lib/launch-chromium.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { benchData } from './lib/bench-data.mjs';

const [dirA, dirB] = process.argv.slice(2);
const { dataset, windows } = benchData(2000);
const variants = [
  ['no lang, en UI', { ...dataset }, 'en'],
  ['lang en, en UI', { ...dataset, lang: 'en' }, 'en'],
  ['lang en, ar UI', { ...dataset, lang: 'en' }, 'ar'],
  ['lang fr, ru UI', { ...dataset, lang: 'fr' }, 'ru'],
];
const browser = await launchChromium();
async function snapshot(dir, data, locale) {
  const server = await serveStatic(path.resolve(dir), new Map());
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${server.url}/ours.html`);
  await page.evaluate(() => window.bench.ready);
  const out = [];
  await page.evaluate(async ([d, loc]) => {
    await window.bench.render(d);
    document.querySelector('syria-timeline').setAttribute('locale', loc);
  }, [data, locale]);
  const cdp = await context.newCDPSession(page);
  for (const w of [null, windows[3], windows[8]]) {
    if (w) await page.evaluate((w) => window.bench.zoomTo(w[0], w[1]), w);
    await page.waitForTimeout(900);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const lines = [];
    const walk = (n, depth) => {
      if (!n) return;
      if (!n.ignored) lines.push(`${'  '.repeat(depth)}${n.role?.value}: ${JSON.stringify(n.name?.value ?? '')}`);
      for (const c of n.childIds ?? []) walk(byId.get(c), n.ignored ? depth : depth + 1);
    };
    const backend = async (sel) => {
      const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector('syria-timeline').shadowRoot.querySelector(${JSON.stringify(sel)})` });
      if (!result.objectId) return null;
      return (await cdp.send('DOM.describeNode', { objectId: result.objectId })).node.backendNodeId;
    };
    const listId = await backend('ol[aria-label]');
    const liveId = await backend('[data-summary]');
    const list = nodes.find((n) => n.backendDOMNodeId === listId);
    const live = nodes.find((n) => n.backendDOMNodeId === liveId);
    const text = (n) => n ? (n.role?.value === 'StaticText' ? n.name?.value : (n.childIds ?? []).map((c) => text(byId.get(c))).join('')) : '';
    lines.push(`live region: ${live?.role?.value} ${JSON.stringify(text(live))} ${JSON.stringify(live?.properties?.filter((p) => ['live', 'atomic'].includes(p.name)).map((p) => p.value.value))}`);
    walk(list, 0);
    // What activating the first item does: the focused element and selection afterwards.
    const act = await page.evaluate(() => {
      const el = document.querySelector('syria-timeline');
      const b = el.shadowRoot.querySelector('ol[aria-label] li button');
      if (!b) return 'no button';
      b.click();
      return new Promise((r) => setTimeout(() => r(`focused ${el.shadowRoot.activeElement?.getAttribute('aria-label') ?? el.shadowRoot.activeElement?.tagName}`), 300));
    });
    out.push(lines.join('\n') + `\nactivate: ${act}`);
    // The click moves focus only; back to the same state for both builds.
  }
  await context.close();
  server.close?.();
  return out.join('\n----\n');
}
let same = true;
for (const [name, data, locale] of variants) {
  const a = await snapshot(dirA, data, locale);
  const b = await snapshot(dirB, data, locale);
  const coarse = (t) => t.split('\n').filter((l) => !/^\s*(StaticText|InlineTextBox):/.test(l)).join('\n');
  console.log(`${name}: without text nodes (list, items, markers, button names, live region, activation): ${coarse(a) === coarse(b) ? 'identical' : 'DIFFERENT'}`);
  const la = a.split('\n'), lb = b.split('\n');
  console.log(`${name}: A ${la.length} lines, B ${lb.length} lines, ${a === b ? 'identical' : 'DIFFERENT'}`);
  if (a !== b) {
    same = false;
    for (let i = 0; i < Math.max(la.length, lb.length); i++) if (la[i] !== lb[i]) { console.log(`  first difference at line ${i}:\n  A: ${la[i]}\n  B: ${lb[i]}`); break; }
  }
  if (process.argv.includes('--print')) console.log(b.split('\n').filter((l) => l.startsWith('activate') || l.startsWith('live')).join('\n'));
}
await browser.close();
process.exit(same ? 0 : 1);
