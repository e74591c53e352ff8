import { svg, type SVGTemplateResult } from 'lit';
import type { TieKind, TieMark } from '@syria-timeline/core';
import { roundPx as r1 } from '../round-px.js';

/** Arrow head size, px: what the former `<marker>` (8 units at stroke width 1.25) drew. */
const HEAD_LENGTH = 8.75;
const HEAD_HALF_WIDTH = HEAD_LENGTH / 2;
/** The tip sits this far past the arc's end (the marker's refX was 7 of 8). */
const HEAD_OVERSHOOT = HEAD_LENGTH / 8;
/** Half the length of the bar that ends an `against` tie (⊣), px. */
const BAR_HALF = 5.5;
/** Radius of the open circle that ends an `about` tie, px. */
const DOT_RADIUS = 3;

/** Drawing order: the quiet kinds first, so `against` stays on top where ties cross. */
const KINDS: readonly TieKind[] = ['about', 'to', 'against'];

/** One kind's ties as two path strings: the arcs, and their ends (heads, bars or circles). */
interface TiePaths {
  arcs: string;
  ends: string;
  count: number;
}

/**
 * The end of a tie of `kind` at (x, y), pointing along (ux, uy):
 * - `to` (a recipient): a filled arrow head;
 * - `against` (a target): the arrow head with a bar across its tip (⊣), drawn as a stroke;
 * - `about` (an object): a small open circle on the arc's end.
 */
function endPath(kind: TieKind, x: number, y: number, ux: number, uy: number): string {
  const tipX = x + ux * HEAD_OVERSHOOT;
  const tipY = y + uy * HEAD_OVERSHOOT;
  if (kind === 'about') {
    const cx = x - ux * DOT_RADIUS;
    const cy = y - uy * DOT_RADIUS;
    return `M${r1(cx - DOT_RADIUS)},${r1(cy)}a${DOT_RADIUS},${DOT_RADIUS} 0 1,0 ${DOT_RADIUS * 2},0a${DOT_RADIUS},${DOT_RADIUS} 0 1,0 ${-DOT_RADIUS * 2},0Z`;
  }
  const baseX = tipX - ux * HEAD_LENGTH;
  const baseY = tipY - uy * HEAD_LENGTH;
  let d = `M${r1(tipX)},${r1(tipY)}L${r1(baseX - uy * HEAD_HALF_WIDTH)},${r1(baseY + ux * HEAD_HALF_WIDTH)}` +
    `L${r1(baseX + uy * HEAD_HALF_WIDTH)},${r1(baseY - ux * HEAD_HALF_WIDTH)}Z`;
  if (kind === 'against') {
    d += `M${r1(tipX - uy * BAR_HALF)},${r1(tipY + ux * BAR_HALF)}L${r1(tipX + uy * BAR_HALF)},${r1(tipY - ux * BAR_HALF)}`;
  }
  return d;
}

function tiePaths(ties: readonly TieMark[], markSize: number, keep: (t: TieMark) => boolean): Map<TieKind, TiePaths> {
  const gap = markSize / 2 + 2;
  const out = new Map<TieKind, TiePaths>();
  for (const t of ties) {
    if (!keep(t)) continue;
    const kind = t.kind;
    let paths = out.get(kind);
    if (!paths) out.set(kind, (paths = { arcs: '', ends: '', count: 0 }));
    const down = t.y2 > t.y1 ? 1 : -1;
    const y1 = t.y1 + down * gap;
    const y2 = t.y2 - down * gap;
    const mid = (y1 + y2) / 2;
    const bow = Math.min(28, Math.abs(y2 - y1) * 0.25);
    paths.arcs += `M${r1(t.x)},${r1(y1)}Q${r1(t.x + bow)},${r1(mid)} ${r1(t.x)},${r1(y2)}`;
    // The end points along the arc's end tangent (from the control point to the end).
    const dx = -bow;
    const dy = y2 - mid;
    const len = Math.hypot(dx, dy) || 1;
    paths.ends += endPath(kind, t.x, y2, dx / len, dy / len);
    paths.count++;
  }
  return out;
}

function layer(paths: Map<TieKind, TiePaths>, state: 'rest' | 'active'): SVGTemplateResult[] {
  return KINDS.flatMap((kind) => {
    const p = paths.get(kind);
    if (!p) return [];
    return [svg`<path part=${`tie tie-${kind}`} class=${`tie-arc ${kind} ${state}`} data-kind=${kind} data-state=${state}
        data-count=${p.count} d=${p.arcs}></path><path class=${`tie-end ${kind} ${state}`} d=${p.ends}></path>`];
  });
}

/**
 * Ties as arcs from the acting lane's mark to the other lane's mark at the same instant, drawn by
 * kind: to a recipient a solid arc and arrow head, against a target a solid arc ending in a bar
 * across the arrow (⊣), about an object a dashed arc ending in an open circle. At rest they are
 * faint (a dense month would be a thicket); the ties of the hovered, focused or selected events
 * (`activeIds`) are drawn again on top, in full.
 *
 * They bow sideways so a tie does not hide the marks it crosses, and stop short of the glyphs at
 * both ends. Decorative for assistive technology: the marks' labels already name both lanes.
 * One path per kind and state (and one for their ends): a zoom step replaces most ties, and a
 * hundred elements to create and style cost more than a few long `d`s.
 */
export function renderTies(ties: readonly TieMark[], markSize: number, activeIds: ReadonlySet<string> = new Set()): SVGTemplateResult {
  if (ties.length === 0) return svg``;
  const rest = tiePaths(ties, markSize, () => true);
  const active = activeIds.size === 0 ? new Map<TieKind, TiePaths>() : tiePaths(ties, markSize, (t) => activeIds.has(t.eventId));
  return svg`<g aria-hidden="true" class=${active.size ? 'ties has-active' : 'ties'}>${layer(rest, 'rest')}${layer(active, 'active')}</g>`;
}
