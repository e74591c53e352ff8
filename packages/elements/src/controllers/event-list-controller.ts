import { noChange, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { AsyncDirective, directive, type DirectiveResult } from 'lit/async-directive.js';
import { formatCount, type TimelineLayout, type ViewDomain } from '@syria-timeline/core';
import type { TimelineMessages } from '../messages.js';
import type { TimelineModel, ViewSummary } from '../timeline-model.js';
import { EVENT_LIST_LIMIT, renderEventList } from '../templates/render-event-list.js';

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
 * of events in view, for screen readers (`renderEventList`). Both follow settled windows only:
 * `settle(window)` waits `delayMs` for the zooming to pause, so a screen reader hears one
 * announcement. The list is also held back at a dataset's first drawing (the first paint carries
 * the plot and the summary; the list's ~600 elements, their dates, style and layout come `delayMs`
 * later, as after a zoom).
 *
 * A settled window is written into the list's own part of the host's template (an async
 * directive's `setValue`), not by an update of the host: the plot, its ties and its canvases are
 * not rendered again for it. Only when the host has an update pending (its layout may be stale)
 * does the summary wait for that update.
 */
export class EventListController implements ReactiveController {
  /** The window the summary describes (null: the first view's, once there is one). */
  #committed: ViewDomain | null = null;
  #settleTimer: ReturnType<typeof setTimeout> | undefined = undefined;
  /** The dataset whose list may be shown, and the one waited for (see `#allows`). */
  #ready: object | null = null;
  #waiting: object | null = null;
  #holdTimer: ReturnType<typeof setTimeout> | undefined = undefined;
  #last: EventListView | null = null;
  #summary: ViewSummary = NO_SUMMARY;
  #summaryFor: unknown[] = [];
  #template: TemplateResult | null = null;
  /** The part showing the list, while connected. */
  #part: EventListPart | null = null;

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

  /** The list's part of the host's template, in `messages` until the first view is summarised. */
  render(messages: TimelineMessages): DirectiveResult {
    return eventListPart(this, messages);
  }

  hostDisconnected(): void {
    clearTimeout(this.#settleTimer);
    clearTimeout(this.#holdTimer);
    this.#waiting = null;
  }

  /** Whether the list of `model` may be filled now; the first time, no, and a refresh `delayMs` later. */
  #allows(model: object): boolean {
    if (this.#ready === model) return true;
    if (this.#waiting !== model) {
      this.#waiting = model;
      clearTimeout(this.#holdTimer);
      this.#holdTimer = setTimeout(() => {
        this.#ready = model;
        this.#waiting = null;
        this.#refresh();
      }, this.delayMs);
    }
    return false;
  }

  /** Outside the host's update: summarise and show the settled window now, or leave it to an update on its way. */
  #refresh(): void {
    const last = this.#last;
    if (!last) return;
    if (this.host.isUpdatePending || !this.#part) {
      this.host.requestUpdate();
      return;
    }
    if (this.#summarize(last)) this.#part.show(this.template(last.messages));
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

  /** The summary and list as a template (the same object until they change; `messages` only before there is a view). */
  template(messages: TimelineMessages): TemplateResult {
    const view = this.#last;
    if (!view) return renderEventList('', [], 0, messages, this.onPick, String, undefined);
    if (!this.#template) {
      const { summary, items, total } = this.#summary;
      const { locale, lang, model } = view;
      // The titles' language is marked where it is not the list's own.
      const dataLang = model.lang?.toLowerCase() === lang.toLowerCase() ? undefined : model.lang;
      this.#template = renderEventList(summary, items, total, view.messages, this.onPick, (n) => formatCount(n, locale), dataLang);
    }
    return this.#template;
  }

  /** @internal the part's lifecycle: `part` shows the list from now on. */
  attach(part: EventListPart): void {
    this.#part = part;
  }

  /**
   * @internal `part` left the page (or the host's template). A part that replaces another (the
   * plot drawn again after an error) is attached before the one it replaces is detached.
   */
  detach(part: EventListPart): void {
    if (this.#part === part) this.#part = null;
  }
}

/** The list's part: renders the controller's template, and takes a new one when a window settles. */
class EventListPart extends AsyncDirective {
  #list: EventListController | null = null;
  #shown: TemplateResult | null = null;

  render(list: EventListController, messages: TimelineMessages): TemplateResult | typeof noChange {
    if (this.#list !== list) this.#list?.detach(this);
    this.#list = list;
    list.attach(this);
    const next = list.template(messages);
    // The host renders on every zoom frame: an unchanged list is not looked at again.
    if (next === this.#shown) return noChange;
    this.#shown = next;
    return next;
  }

  show(template: TemplateResult): void {
    this.#shown = template;
    this.setValue(template);
  }

  protected override disconnected(): void {
    this.#list?.detach(this);
  }

  protected override reconnected(): void {
    this.#list?.attach(this);
  }
}

const eventListPart = directive(EventListPart);
