import { svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { LaneBox, Position, StanceChange, StanceObservation, StanceSegment } from '@syria-timeline/core';

/**
 * Hatching laid over conditional stances ("supports, until …"), and the stripes that tell
 * "opposes" apart under forced colours (where every band is in the one system text colour).
 */
export const stancePatternDefs = svg`<pattern id="stance-hatch" patternUnits="userSpaceOnUse" width="6" height="6"
  patternTransform="rotate(45)"><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line></pattern>
  <pattern id="stance-stripes" patternUnits="userSpaceOnUse" width="6" height="3"><rect width="6" height="3" fill="Canvas"></rect>
  <line class="stripe-line" x1="0" y1="0.75" x2="6" y2="0.75" stroke-width="1.5"></line></pattern>`;

/** The band's inset from the top and the bottom of its strip, px: it stays inside its own lane. */
const BAND_TOP = 1;
const BAND_BOTTOM = 3;
/** Radius of an observation's disc, px. */
export const OBSERVATION_RADIUS = 5.5;

/**
 * The glyph inside an observation's disc, the cue that is not colour: ✓ supports, ✗ opposes,
 * – neutral (a path centred on 0,0, stroked in the background colour).
 */
export const POSITION_GLYPHS: Readonly<Record<Position, string>> = Object.freeze({
  supports: 'M-2.75,0.25L-0.75,2.5L3,-2.5',
  opposes: 'M-2.5,-2.5L2.5,2.5M2.5,-2.5L-2.5,2.5',
  neutral: 'M-2.75,0H2.75',
});

/** The band's strip inside a lane: top and height. */
export function bandBox(lane: LaneBox, height: number): { y: number; height: number } {
  return { y: lane.stanceY + BAND_TOP, height: Math.max(1, height - BAND_TOP - BAND_BOTTOM) };
}

/**
 * Stance bands along the bottom of each lane, inside it: the observed stretch of a period solid,
 * the stretch carried forward after its last observation a dashed line (weaker, and never past
 * what a source supports), hatching when conditional, and a tick where the position changes.
 * Colour by position, in a palette apart from the lanes'; the observation points carry the
 * non-colour cue (`renderStanceObservations`). Clicking a segment opens its observation
 * (`data-stance`: the latest observation at or before the segment's start).
 */
export function renderStances(
  segments: readonly StanceSegment[],
  changes: readonly StanceChange[],
  lanes: ReadonlyMap<string, LaneBox>,
  height: number,
): SVGTemplateResult {
  if (height <= 0) return svg``;
  return svg`<g class="stances">${repeat(
    segments,
    (s) => s.key,
    (s) => {
      const lane = lanes.get(s.laneId);
      if (!lane) return svg``;
      const band = bandBox(lane, height);
      const w = Math.max(1, s.x2 - s.x);
      const opens = s.carried ? s.stanceIds[s.stanceIds.length - 1] : s.stanceIds[0];
      if (s.carried) {
        const y = band.y + band.height / 2;
        return svg`<g aria-hidden="true" data-stance=${opens} class="stance-segment">
          <rect class="stance-hit" x=${s.x} y=${band.y - 1} width=${w} height=${band.height + 2}></rect>
          <line part="stance" class=${`carried ${s.position}`} data-lane=${s.laneId} data-position=${s.position}
            x1=${s.x} x2=${s.x + w} y1=${y} y2=${y}></line></g>`;
      }
      return svg`<g aria-hidden="true" data-stance=${opens} class="stance-segment">
        <rect part="stance" class=${`observed ${s.position}`} data-lane=${s.laneId} data-position=${s.position}
          x=${s.x} y=${band.y} width=${w} height=${band.height}></rect>
        ${s.condition === undefined
          ? svg``
          : svg`<rect class="conditional" x=${s.x} y=${band.y} width=${w} height=${band.height} fill="url(#stance-hatch)"></rect>`}
      </g>`;
    },
  )}${repeat(
    changes,
    (c) => c.key,
    (c) => {
      const lane = lanes.get(c.laneId);
      // From just below the cluster row's pills (they end 3 px above the band) to the band's bottom.
      return lane
        ? svg`<line class="stance-change" aria-hidden="true" x1=${c.x} x2=${c.x} y1=${lane.stanceY - 2} y2=${lane.stanceY + height - BAND_BOTTOM + 1}></line>`
        : svg``;
    },
  )}</g>`;
}

/**
 * The observations, one disc each on the band, with the position's glyph: focusable buttons
 * (one tab stop for all of them, roving with the arrow keys) named with lane, position, issue,
 * date and basis, which open the observation in the details panel. Drawn after the marks, so the
 * tab stop comes after theirs.
 */
export function renderStanceObservations(
  points: readonly StanceObservation[],
  lanes: ReadonlyMap<string, LaneBox>,
  height: number,
  tabStop: string | null,
  selected: string | null,
  on: { click: (e: MouseEvent) => void; keydown: (e: KeyboardEvent) => void },
  label: string,
): SVGTemplateResult {
  if (height <= 0 || points.length === 0) return svg``;
  const stop = points.some((p) => p.stanceId === tabStop) ? tabStop : points[0]!.stanceId;
  return svg`<g class="stance-points" role="group" aria-label=${label} @click=${on.click} @keydown=${on.keydown}>${repeat(
    points,
    (p) => p.key,
    (p) => {
      const lane = lanes.get(p.laneId);
      if (!lane) return svg``;
      const band = bandBox(lane, height);
      const pressed = p.stanceId === selected;
      return svg`<g class=${`stance-point ${p.position}${pressed ? ' selected' : ''}`} role="button" part="stance-point"
        tabindex=${p.stanceId === stop ? 0 : -1} aria-label=${p.label} aria-pressed=${pressed ? 'true' : 'false'}
        data-stance=${p.stanceId} transform=${`translate(${p.x},${band.y + band.height / 2})`}>
        <circle class="point-ring" r=${OBSERVATION_RADIUS + 3}></circle>
        <circle class="point-disc" r=${OBSERVATION_RADIUS}></circle>
        <path class="point-glyph" d=${POSITION_GLYPHS[p.position]}></path></g>`;
    },
  )}</g>`;
}
