import { svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { LaneBox, StanceChange, StanceSegment } from '@syria-timeline/core';

/**
 * Hatching laid over conditional stances ("supports, until …"), and the stripes that tell
 * "opposes" apart under forced colours (where every band is in the one system text colour).
 */
export const stancePatternDefs = svg`<pattern id="stance-hatch" patternUnits="userSpaceOnUse" width="6" height="6"
  patternTransform="rotate(45)"><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line></pattern>
  <pattern id="stance-stripes" patternUnits="userSpaceOnUse" width="6" height="3"><rect width="6" height="3" fill="Canvas"></rect>
  <line class="stripe-line" x1="0" y1="0.75" x2="6" y2="0.75" stroke-width="1.5"></line></pattern>`;

/**
 * Stance bands along the bottom of each lane: colour by position, opacity by freshness (how
 * recent the evidence is), hatched when conditional, and a tick where the position changes.
 * Each band is an image with the layout's plain-text label, so the stance is not colour-only.
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
      const w = Math.max(1, s.x2 - s.x);
      return svg`<g role="img" aria-label=${s.label}>
        <rect part="stance" class=${s.position} data-lane=${s.laneId} data-position=${s.position}
          x=${s.x} y=${lane.stanceY} width=${w} height=${height} fill-opacity=${s.freshness}></rect>
        ${s.condition === undefined
          ? svg``
          : svg`<rect class="conditional" x=${s.x} y=${lane.stanceY} width=${w} height=${height}
              fill="url(#stance-hatch)" aria-hidden="true"></rect>`}
      </g>`;
    },
  )}${repeat(
    changes,
    (c) => c.key,
    (c) => {
      const lane = lanes.get(c.laneId);
      // From just below the cluster row's pills (they end 3 px above the band) to just under the band.
      return lane
        ? svg`<line class="stance-change" aria-hidden="true" x1=${c.x} x2=${c.x} y1=${lane.stanceY - 2} y2=${lane.stanceY + height + 1}></line>`
        : svg``;
    },
  )}</g>`;
}
