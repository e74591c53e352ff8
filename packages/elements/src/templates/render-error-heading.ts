import { html, type TemplateResult } from 'lit';
import type { TimelineMessages } from '../messages.js';

/**
 * The error panel while its list of problems (render-error.ts, a lazy chunk) is on its way, or
 * when it cannot be loaded (offline): never a blank element.
 */
export const renderErrorHeading = (m: TimelineMessages): TemplateResult =>
  html`<div part="error" role="alert"><h2>${m.cannotShow}</h2></div>`;
