import { html, noChange, render as litRender, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import { formatCount, type TimelineLayout, type ViewDomain } from '@syria-timeline/core';
import type { TimelineMessages } from '../messages.js';
import type { TimelineModel, ViewSummary } from '../timeline-model.js';
import { chunk } from '../lazy-chunk.js';

/** Most items the hidden list carries; beyond this a count is read instead (100,000 <li> would hurt everyone). */
export const EVENT_LIST_LIMIT = 200;

/**
 * The hidden list's template and its keyed items (render-event-list.ts, event-list-items.ts), a lazy
 * chunk: it is asked for when a dataset's first list starts being held back, and has the hold's
 * 300 ms to arrive (the first paint never waits for it).
 */
const listChunk = chunk(() => import('../templates/render-event-list.js'));

/** What the list reads from its host's last update: the view it drew, in the words it drew it in. */
export interface EventListView {
  model: TimelineModel;
  layout: TimelineLayout;
  /** The window shown now (the first view is described at once; later ones once they settle). */
  view: ViewDomain;
  messages: TimelineMessages;
  /** The locale of dates and numbers. */
  locale: string;
  /** The language of the interface (the list's own `lang`). */
  lang: string;
}

/** No summary and no list: before a dataset's first drawing, and after the data went. */
const NO_SUMMARY: ViewSummary = { summary: '', items: [], total: 0 };

/**
 * The live summary of the window ("Showing 12 events, Jan 2012 – Mar 2012") and the hidden list
 * of events in view, for screen readers (`renderEventList`, a lazy chunk). Both follow settled windows only:
 * `settle(window)` waits `delayMs` for the zooming to pause, so a screen reader hears one
 * announcement. The list is also held back at a dataset's first drawing (the first paint carries
 * the plot and the summary; the list's ~600 elements, their dates, style and layout come `delayMs`
 * later, as after a zoom).
 *
 * A settled window is written into the list's own element in the host's template (with Lit's
 * `render`), not by an update of the host: the plot, its ties and its canvases are not rendered
 * again for it. Only when the host has an update pending (its layout may be stale)
 * does the summary wait for that update.
 */
export class EventListController implements ReactiveController {
  /** The window the summary describes (null: the first view's, once there is one). */
  #committed: ViewDomain | null = null;
  #settleTimer: ReturnType<typeof setTimeout> | undefined = undefined;
  /** The dataset whose list may be shown (see `#allows`). */
  #ready: object | null = null;
  #holdTimer: ReturnType<typeof setTimeout> | undefined = undefined;
  /** The current hold, and the dataset's model it is for (a new hold, or none, makes an earlier one's late list chunk do nothing). */
  #hold: { readonly model: object } | null = null;
  #last: EventListView | null = null;
  #summary: ViewSummary = NO_SUMMARY;
  #summaryFor: unknown[] = [];
  #template: TemplateResult | null = null;
  /** The element the list is written into (in the host's template), and what was written last. */
  #container: HTMLElement | null = null;
  #shown: TemplateResult | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly isUpdatePending: boolean },
    private readonly delayMs: number,
    private readonly onPick: (id: string) => void,
  ) {
    host.addController(this);
  }

  /** A new dataset (or none): nothing is described until the host's next `update`, and the list is held back again. */
  reset(): void {
    clearTimeout(this.#settleTimer);
    this.#committed = null;
    this.#last = null;
    this.#summary = NO_SUMMARY;
    this.#summaryFor = [];
    this.#template = null;
  }

  /** The window moved to `window`: describe it once it has been still for `delayMs`. */
  settle(window: ViewDomain): void {
    clearTimeout(this.#settleTimer);
    this.#settleTimer = setTimeout(() => {
      this.#committed = window;
      this.#refresh();
    }, this.delayMs);
  }

  /**
   * In the host's update, once the view is laid out and drawn (for large data, from the update that
   * draws the text: see `StagedFirstDraw.textLater`): summarises `view` when anything it depends on
   * changed, and starts holding back the list of a new dataset.
   */
  update(view: EventListView): void {
    this.#last = view;
    this.#committed ??= view.view;
    this.#summarize(view);
  }

  /** The list's element in the host's template. */
  render(): TemplateResult {
    return html`<div class="event-list" ${eventListPart(this)}></div>`;
  }

  hostDisconnected(): void {
    clearTimeout(this.#settleTimer);
    clearTimeout(this.#holdTimer);
    this.#hold = null;
  }

  /**
   * The view moved while a dataset's first list is still held back: wait `delayMs` again, as after
   * any zoom, so that the list (its first date formats included) does not land between a reader's
   * first steps, and is filled once, for the window they settle on.
   */
  postpone(): void {
    const hold = this.#hold;
    if (!hold) return;
    this.#hold = null;
    this.#allows(hold.model);
  }

  /**
   * Whether the list of `model` may be filled now; the first time, no, and a refresh `delayMs` later
   * (or once the list's chunk has arrived, if later; if it cannot be loaded, the summary stays alone).
   */
  #allows(model: object): boolean {
    if (this.#ready === model) return true;
    if (this.#hold?.model !== model) {
      clearTimeout(this.#holdTimer);
      const hold = (this.#hold = { model });
      const arrived = listChunk.load();
      this.#holdTimer = setTimeout(() => {
        arrived.then(() => {
          if (this.#hold !== hold) return; // postponed, a new dataset, or disconnected since
          this.#ready = model;
          this.#hold = null;
          this.#refresh();
        }, () => undefined);
      }, this.delayMs);
    }
    return false;
  }

  /** Outside the host's update: summarise and show the settled window now, or leave it to an update on its way. */
  #refresh(): void {
    const last = this.#last;
    if (!last) return;
    if (this.host.isUpdatePending || !this.#container?.isConnected) {
      this.host.requestUpdate();
      return;
    }
    if (this.#summarize(last)) this.#write(this.template());
  }

  /** Summarises the committed window when it, the words or the list's hold changed; true if it did. */
  #summarize(view: EventListView): boolean {
    const { model, layout, messages, locale } = view;
    const listed = this.#allows(model);
    const inputs = [this.#committed, messages, locale, listed, model, view.lang];
    if (inputs.every((v, i) => v === this.#summaryFor[i])) return false;
    // The list follows settled windows only: re-reading it every frame would flood screen readers.
    this.#summaryFor = inputs;
    const showing = (n: number, range: string) => messages.showing(n, formatCount(n, locale), range);
    const summary = model.summarize(layout, this.#committed!, listed ? EVENT_LIST_LIMIT : 0, locale, showing);
    // Held back at the first drawing: no items, and no "n more" under an empty list.
    this.#summary = listed ? summary : { ...summary, total: 0 };
    this.#template = null;
    return true;
  }

  /** The summary and list as a template (the same object until they change). */
  template(): TemplateResult {
    const view = this.#last;
    if (!view) return renderSummary('', undefined);
    if (!this.#template) {
      const { summary, items, total } = this.#summary;
      const { locale, lang, model } = view;
      // The titles' language is marked where it is not the list's own.
      const dataLang = model.lang?.toLowerCase() === lang.toLowerCase() ? undefined : model.lang;
      // The list's chunk is there whenever the list may be filled (`#allows`).
      const list = listChunk.module?.renderEventList(items, total, view.messages, this.onPick, (n) => formatCount(n, locale), dataLang);
      this.#template = renderSummary(summary, list);
    }
    return this.#template;
  }

  /**
   * @internal In the host's render (`render`'s directive): the list's element is `container`; the
   * list is written into it when it changed, or when the container is new (the plot drawn anew).
   */
  showIn(container: HTMLElement): void {
    if (container !== this.#container) {
      this.#container = container;
      this.#shown = null;
    }
    this.#write(this.template());
  }

  #write(template: TemplateResult): void {
    if (template === this.#shown || !this.#container) return;
    this.#shown = template;
    litRender(template, this.#container);
  }
}

/**
 * The list's element in the host's template (`<div class="event-list">`, no box of its own: see
 * syria-timeline.css): tells the controller where to write. A plain directive, not an async one
 * (`setValue`), whose code the first load would carry (~1.1 KiB gzip); the controller writes into
 * the element with Lit's `render` instead.
 */
class EventListPart extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('the event list goes on an element, as an element binding');
  }

  render(_list: EventListController): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [list]: [EventListController]): typeof noChange {
    list.showIn(part.element as HTMLElement);
    return noChange;
  }
}

const eventListPart = directive(EventListPart);

/**
 * A polite live summary of the window ("Showing 12 events, Jan 2012 – Mar 2012"), updated when a
 * zoom settles rather than every frame, and under it the visually hidden `list` of events in view
 * (none while it is held back). The summary's element stays the same while the list comes and goes:
 * a live region must be in place before the text it announces changes.
 */
function renderSummary(summary: string, list: TemplateResult | undefined): TemplateResult {
  return html`<div class="visually-hidden" aria-live="polite" aria-atomic="true" data-summary>${summary}</div>
    <div class="visually-hidden">${list}</div>`;
}
