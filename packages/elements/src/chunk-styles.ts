import { unsafeCSS, type CSSResult } from 'lit';

/** The stylesheets already added to each shadow root (the fallback `<style>` path has no list to read). */
const added = new WeakMap<Node, Set<CSSResult>>();

/**
 * A lazy chunk's stylesheet (its `?inline` CSS), to give to `adoptChunkStyles` once the chunk has
 * arrived: what the first paint does not draw (the panels, a pill's list) is not in the element's
 * own stylesheet, so the first load does not carry it.
 */
export const chunkStyles = (cssText: string): CSSResult => unsafeCSS(cssText);

/**
 * Adds `styles` to `root` (the element's shadow root) after the element's own, once. Call it before
 * the chunk's template is painted (in `updated`, which runs before the browser paints). Where a
 * browser has no constructable stylesheets (Lit then uses `<style>` elements too), a `<style>`.
 */
export function adoptChunkStyles(root: HTMLElement | DocumentFragment, styles: CSSResult | undefined): void {
  if (!styles) return;
  let done = added.get(root);
  if (!done) added.set(root, (done = new Set()));
  if (done.has(styles)) return;
  done.add(styles);
  const sheet = styles.styleSheet;
  if (root instanceof ShadowRoot && sheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = styles.cssText;
    root.append(style);
  }
}
