/**
 * Exports what the timeline shows as a standalone image: an SVG string with every computed style
 * inlined (custom properties resolved, no stylesheet needed), or a PNG rendered from that SVG on an
 * offscreen canvas. Works on any element whose shadow root holds the plot `<svg>`.
 *
 * The lane labels are HTML beside the plot, and the cluster counts are drawn on a canvas over it;
 * both are written in as SVG `<text>`, so the file is readable (and its text selectable).
 */
import { canvasLabelsOf } from '../canvas-labels.js';
import { xmlSafe } from './xml-safe.js';
import { pngScale } from './png-scale.js';

/** Presentation properties copied from the live nodes; enough for shapes, lines and text. */
const STYLE_PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'visibility', 'display', 'font-family', 'font-size', 'font-weight',
  'font-style', 'text-anchor', 'direction', 'dominant-baseline', 'paint-order', 'color', 'marker-end', 'marker-start',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The plot: the largest `<svg>` in the element's shadow root. */
function findPlot(host: HTMLElement): SVGSVGElement {
  const svgs = [...(host.shadowRoot?.querySelectorAll('svg') ?? [])];
  const area = (s: SVGSVGElement) => {
    const r = s.getBoundingClientRect();
    return r.width * r.height;
  };
  const plot = svgs.sort((a, b) => area(b) - area(a))[0];
  if (!plot) throw new Error(`exportSvg: <${host.localName}> has no <svg> in its shadow root to export`);
  return plot;
}

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const declarations = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', declarations);
  // Interaction attributes mean nothing in a file.
  for (const name of ['tabindex', 'part', 'class']) target.removeAttribute(name);
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i];
    const t = targetChildren[i];
    if (s && t) inlineStyles(s, t);
  }
}

/** The lane labels: HTML beside or over the plot, so not in its `<svg>`. */
const laneLabels = (host: HTMLElement): HTMLElement[] =>
  [...(host.shadowRoot?.querySelectorAll<HTMLElement>('[part~="lane-label"]') ?? [])].filter((l) => l.checkVisibility());

/** The box the image covers: the plot plus the lane labels, in viewport pixels. */
function imageBox(plot: SVGSVGElement, labels: HTMLElement[]): DOMRect {
  const boxes = [plot.getBoundingClientRect(), ...labels.map((l) => l.getBoundingClientRect())];
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.right));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

/** An SVG `<text>` at (x, y), in the colour and font of `style`, plus `more` declarations. */
function svgText(content: string, x: number, y: number, style: CSSStyleDeclaration, more = ''): SVGTextElement {
  const text = document.createElementNS(SVG_NS, 'text');
  text.textContent = content;
  text.setAttribute('x', String(x));
  text.setAttribute('y', String(y));
  text.setAttribute(
    'style',
    `fill:${style.color};font-family:${style.fontFamily};font-size:${style.fontSize};font-weight:${style.fontWeight}${more}`,
  );
  return text;
}

/** Each label as SVG text at the same place, in its own colour and font. */
function labelTexts(labels: HTMLElement[], origin: DOMRect): SVGTextElement[] {
  return labels.map((label) => {
    const box = label.getBoundingClientRect();
    const style = getComputedStyle(label);
    const x = box.left - origin.left + parseFloat(style.paddingLeft || '0');
    const text = svgText(label.textContent?.trim() ?? '', x, box.top - origin.top + box.height / 2, style);
    text.setAttribute('dominant-baseline', 'middle');
    return text;
  });
}

/** The labels drawn on the element's canvases (the cluster counts), as SVG text at the same places. */
function canvasTexts(host: HTMLElement, origin: DOMRect): SVGTextElement[] {
  const out: SVGTextElement[] = [];
  for (const canvas of host.shadowRoot?.querySelectorAll('canvas') ?? []) {
    const box = canvas.getBoundingClientRect();
    const style = getComputedStyle(canvas);
    for (const l of canvasLabelsOf(canvas)) {
      // The canvas clips what falls outside it; so does the file.
      if (l.x < 0 || l.x > box.width || l.y < 0 || l.y > box.height) continue;
      const halo = style.getPropertyValue('--label-halo').trim();
      const more = `;text-anchor:${l.direction ? 'start' : 'middle'};dominant-baseline:central${l.direction ? `;direction:${l.direction}` : ''}`
        + (halo ? `;stroke:${halo};stroke-width:3px;stroke-linejoin:round;paint-order:stroke` : '');
      out.push(svgText(l.text, box.left - origin.left + l.x, box.top - origin.top + l.y, style, more));
    }
  }
  return out;
}

/** Line height of the footer's text block, px. */
const FOOTER_LINE = 16;

/** The footer lines as SVG text under the image, in the host's colour and font (12px). */
function footerTexts(lines: readonly string[], top: number, host: HTMLElement): SVGTextElement[] {
  const style = getComputedStyle(host);
  return lines.map((line, i) => {
    const text = svgText(line, 8, top + (i + 1) * FOOTER_LINE, style, ';font-size:12px');
    text.setAttribute('class', 'footer');
    return text;
  });
}

/** What `exportSvg` draws, and its size in CSS pixels (for the PNG). */
function buildImage(host: HTMLElement, footer: readonly string[] = []): { svg: SVGSVGElement; width: number; height: number } {
  const plot = findPlot(host);
  const labels = laneLabels(host);
  const box = imageBox(plot, labels);
  const plotBox = plot.getBoundingClientRect();
  const width = Math.ceil(box.width);
  const imageHeight = Math.ceil(box.height);
  const height = imageHeight + (footer.length ? (footer.length + 1) * FOOTER_LINE : 0);

  const clone = plot.cloneNode(true) as SVGSVGElement;
  inlineStyles(plot, clone);
  // The plot keeps its own coordinates, nested where it sits beside the label column.
  clone.setAttribute('x', String(plotBox.left - box.left));
  clone.setAttribute('y', String(plotBox.top - box.top));
  clone.setAttribute('width', String(plotBox.width));
  clone.setAttribute('height', String(plotBox.height));

  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const label = plot.getAttribute('aria-label');
  if (label) {
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = label;
    svg.append(title);
  }
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  const bg = getComputedStyle(host).backgroundColor;
  background.setAttribute('fill', bg && bg !== 'rgba(0, 0, 0, 0)' ? bg : '#ffffff');
  svg.append(background, clone, ...canvasTexts(host, box), ...labelTexts(labels, box), ...footerTexts(footer, imageHeight, host));
  return { svg, width, height };
}

/**
 * The timeline as an SVG document (a string): the plot and the lane labels, every style inlined,
 * on the element's background colour, and `footer` (lines of plain text, such as the relations of
 * the sides shown) in a text block under it.
 * @example downloadFile(new Blob([exportSvg(el)], { type: 'image/svg+xml' }), 'timeline.svg')
 */
export function exportSvg(host: HTMLElement, footer: readonly string[] = []): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(buildImage(host, footer).svg)}`;
}

/** The SVG as well-formed XML: characters XML forbids (from the data's text) become U+FFFD. */
const serialize = (svg: SVGSVGElement): string => xmlSafe(new XMLSerializer().serializeToString(svg));

/**
 * The timeline as a PNG, drawn from `exportSvg` on an offscreen canvas at `scale` × its CSS size
 * (default: the screen's pixel ratio, at least 2, so the image stays sharp). A timeline too large
 * for a canvas at that scale is drawn smaller (see `pngScale`). Rejects with a RangeError for a
 * `scale` that is not a positive finite number.
 */
export async function exportPng(
  host: HTMLElement, asked: number = Math.max(2, globalThis.devicePixelRatio || 1), footer: readonly string[] = [],
): Promise<Blob> {
  const { svg, width, height } = buildImage(host, footer);
  const scale = pngScale(asked, width, height);
  const svgText = serialize(svg);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode().catch((e: unknown) => {
      throw new Error(`exportPng: the browser could not read the exported SVG as an image (${(e as Error)?.message})`, { cause: e });
    });
    const canvas = new OffscreenCanvas(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('exportPng: this browser gives no 2D canvas context');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await canvas.convertToBlob({ type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}
