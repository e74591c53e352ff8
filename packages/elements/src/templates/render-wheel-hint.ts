import { html, type TemplateResult } from 'lit';

/**
 * The hint over the plot when a plain wheel scrolls the page past it ("Use Ctrl + scroll to
 * zoom"). Pointer-only help: screen readers get the keyboard map instead, so it is hidden from them.
 */
export function renderWheelHint(text: string): TemplateResult {
  return html`<div class="wheel-hint" part="wheel-hint" aria-hidden="true"><span>${text}</span></div>`;
}
