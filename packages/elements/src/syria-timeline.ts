import { SyriaTimeline } from './syria-timeline-element.js';
import { warmIntlWhenIdle } from './intl-warm-up.js';

// Registering twice (two bundles on one page) would throw; the first definition wins.
if (!customElements.get('syria-timeline')) customElements.define('syria-timeline', SyriaTimeline);
warmIntlWhenIdle();

declare global {
  interface HTMLElementTagNameMap {
    'syria-timeline': SyriaTimeline;
  }
}
