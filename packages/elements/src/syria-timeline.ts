import { SyriaTimeline } from './syria-timeline-element.js';
import { warmIntlWhenIdle } from './intl-warm-up.js';
import { warmCodeWhenIdle } from './code-warm-up.js';

// Registering twice (two bundles on one page) would throw; the first definition wins.
if (!customElements.get('syria-timeline')) customElements.define('syria-timeline', SyriaTimeline);
warmIntlWhenIdle();
warmCodeWhenIdle();

declare global {
  interface HTMLElementTagNameMap {
    'syria-timeline': SyriaTimeline;
  }
}
