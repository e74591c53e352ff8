import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { Dataset } from '@syria-timeline/core';
import type { LoadProgress } from '../load-progress.js';
import type * as FastCheck from '../fast-dataset-check.js';
import type * as Validator from '@syria-timeline/core/validate';
import { chunk } from '../lazy-chunk.js';
import { preparedTimelineOf } from '../prepared-timelines.js';
import type { StagedFirstDraw } from '../staged-first-draw.js';

export type DatasetState =
  | { status: 'loading'; progress?: LoadProgress | undefined }
  | { status: 'ready'; data: Dataset }
  | { status: 'error'; error: Error };

export interface DatasetInput {
  /** The `data` property: any value, validated here. */
  data: unknown;
  /** The `src` attribute: a URL of JSON, fetched with @lit/task. */
  src: string | undefined;
}

/** The built-in dataset once imported, shared by every element on the page. */
let builtin: Dataset | undefined;
let builtinImport: Promise<Dataset> | undefined;

/**
 * The built-in dataset is a lazy chunk (`@syria-timeline/core/builtin-dataset`, ~14 KiB gzip), so a
 * page that passes its own `data` or `src` never downloads it. Imported once per page.
 */
function importBuiltin(): Promise<Dataset> {
  builtinImport ??= import('@syria-timeline/core/builtin-dataset').then((m) => (builtin = m.builtinDataset));
  return builtinImport;
}

/**
 * The code that lists a dataset's problems (valibot and the issue messages, ~9 KiB gzip) is a lazy
 * chunk (`@syria-timeline/core/validate`): valid data is recognised by the fast check, so a page
 * whose data is valid never downloads it. Imported once per page, on the first invalid dataset.
 */
const validator = chunk(() => import('@syria-timeline/core/validate'));

/**
 * The fast check is a lazy chunk too (fast-dataset-check.ts, ~4 KiB gzip): a page that shows the
 * built-in dataset never downloads it. Imported once per page, on the first dataset to check
 * (then `data` is checked in the update that sees it).
 */
const fastCheck = chunk(() => import('../fast-dataset-check.js'));

/** The fast check's module, once it has arrived (a failed import is tried again by the next dataset). */
function importFastCheck(): Promise<typeof FastCheck> {
  return fastCheck.load().catch((e: unknown) => {
    throw new Error(`Could not load the dataset check: ${asError(e).message}`);
  });
}

/** `input` as a dataset, or a rejection with the `DatasetError` that lists its problems. */
async function checkDataset(input: unknown): Promise<Dataset> {
  const { validDataset } = fastCheck.module ?? (await importFastCheck());
  return validDataset(input) ?? parseWithValidator(input);
}

/**
 * What `dataset` shows: at once when the fast check says yes, or the data cannot be read (a
 * throwing getter, a Proxy trap, a toJSON: the page's object, not JSON; said, never thrown);
 * otherwise, later, the full validator's `DatasetError` (or the data, if it accepts it after all).
 */
function verdict(validDataset: typeof FastCheck.validDataset, dataset: unknown): DatasetState | Promise<DatasetState> {
  let valid: Dataset | undefined;
  try {
    valid = validDataset(dataset);
  } catch (e) {
    return { status: 'error', error: unreadable(e) };
  }
  if (valid) return { status: 'ready', data: valid };
  return invalid(dataset);
}

/**
 * What the full validator says of data the fast check said no to: its `DatasetError` (or the data,
 * if it accepts it after all); `parse` runs it (by default `parseDataset`, in one task).
 */
function invalid(dataset: unknown, parse?: (validator: typeof Validator) => Promise<Dataset>): Promise<DatasetState> {
  return parseWithValidator(dataset, parse).then(
    (data): DatasetState => ({ status: 'ready', data }),
    // DatasetError from the validator's chunk (the class is not in the first load).
    (e: unknown): DatasetState => ({ status: 'error', error: validator.module && e instanceof validator.module.DatasetError ? e : unreadable(e) }),
  );
}

/**
 * `data` of at least this many events is checked and prepared in time slices (`runInSlices`),
 * with a progress bar, so that no task blocks the page for long; smaller data is checked in the
 * update that sees it (no loading state once the fast check has arrived).
 */
export const SLICED_MIN_EVENTS = 20_000;

/** The length of `data.events` when it is an array, else 0 (data that cannot be read: the synchronous path says so). */
function eventCount(data: unknown): number {
  try {
    const events = typeof data === 'object' && data !== null ? (data as { events?: unknown }).events : undefined;
    return Array.isArray(events) ? events.length : 0;
  } catch {
    return 0;
  }
}

/** The time-sliced path of large data (sliced-dataset.ts, which imports the fast check), a lazy chunk: pages with small data never download it. */
const slicedPath = chunk(() => import('./sliced-dataset.js'));

/**
 * `dataset` checked, prepared and readied for its first drawing in time slices (the sliced path's
 * `checkAndPrepare`); rejects with the signal's reason once `signal` aborts.
 */
async function sliced(dataset: unknown, total: number, signal: AbortSignal, onProgress: (p: LoadProgress) => void): Promise<DatasetState> {
  const { checkAndPrepare } = await slicedPath.load().catch((e: unknown) => {
    throw new Error(`Could not load the dataset check: ${asError(e).message}`);
  });
  return checkAndPrepare(dataset, total, signal, onProgress, { unreadable, invalid });
}

/**
 * core's `parseDataset`, from the lazy chunk, for data the fast check said no to: it throws the
 * `DatasetError`, or returns the dataset if the full check accepts it after all (then it is drawn).
 */
async function parseWithValidator(input: unknown, parse?: (validator: typeof Validator) => Promise<Dataset>): Promise<Dataset> {
  const v = await validator.load().catch((e: unknown) => {
    throw new Error(`Could not load the dataset validator to report what is wrong: ${asError(e).message}`);
  });
  return parse ? parse(v) : v.parseDataset(input);
}

/**
 * Where the timeline's data comes from, in order: the `data` property (validated), the `src`
 * URL (fetched, then validated), else the built-in dataset (imported lazily; `loading` until it
 * arrives). The built-in dataset is only imported when the element still has neither `data` nor
 * `src` at its first frame (`firstFrame`): data given meanwhile (after `whenDefined`, from the
 * next module script, in a `DOMContentLoaded` handler) never costs the download. `data` is checked once the fast check (a lazy chunk) has arrived, and
 * invalid data is reported once the lazy validator has said what is wrong (`loading` until then). Failures become an `error` state and one `onError` call per failing input; nothing is
 * thrown or logged.
 */
export class DatasetController implements ReactiveController {
  private readonly task: Task<[string | undefined], Dataset | null>;
  private checkedInput: unknown = undefined;
  private checked: DatasetState | null = null;
  private reportedFetchError: unknown = undefined;
  private builtinWait: Promise<void> | null = null;
  private builtinError: Error | null = null;
  private checkWait: Promise<void> | null = null;
  /** Aborts the sliced check of the `data` value in flight (see `SLICED_MIN_EVENTS`). */
  private slicing: AbortController | null = null;
  private stoppedByDisconnection = false;
  /** How far the `src` load in flight has come, and when the host was last asked to show it. */
  private progress: LoadProgress | undefined = undefined;
  private progressShown = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly input: () => DatasetInput,
    private readonly onError: (error: Error) => void,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      task: async ([src], { signal }) => {
        this.progress = undefined;
        if (!src) return null;
        // The streaming loader and its worker client are a lazy chunk: pages given `data` never load them.
        const { loadSrc } = await import('./src-loader.js');
        signal.throwIfAborted();
        const data = await loadSrc(src, signal, { check: checkDataset, onProgress: (p) => this.progressed(p) });
        // Large data: what its first drawing would do in one task, in slices (as for `data`).
        if (data.events.length >= SLICED_MIN_EVENTS) await (await slicedPath.load()).readyForDrawing(preparedTimelineOf(data), signal);
        return data;
      },
      // The URL is only fetched when no `data` property overrides it.
      args: () => {
        const { data, src } = this.input();
        return [data == null && src ? src : undefined] as [string | undefined];
      },
    });
  }

  /**
   * Settles once the built-in dataset has arrived (or data came before it had to be imported), or
   * the lazy checks have said whether a `data` value is valid (and listed its problems if not), and
   * the host has been asked to update with it; null when nothing lazy is
   * loading. (A `src` fetch is not included: its loading state is drawn.)
   */
  get loading(): Promise<void> | null {
    const { data, src } = this.input();
    return (data == null && !src ? this.builtinWait : null) ?? this.checkWait;
  }

  /** The current state; call from the host's `willUpdate`. */
  get state(): DatasetState {
    const { data, src } = this.input();
    // A sliced check of a `data` value no longer shown stops (its result would never be used).
    if (this.slicing && data !== this.checkedInput) this.stopSlicing();
    if (data == null && !src) return this.builtinState();
    if (data != null) {
      if (data !== this.checkedInput || !this.checked) {
        this.checkedInput = data;
        this.checked = this.check(data);
      }
      return this.checked;
    }
    switch (this.task.status) {
      case TaskStatus.PENDING:
        return { status: 'loading', progress: this.progress };
      case TaskStatus.ERROR: {
        const error = asError(this.task.error);
        if (this.reportedFetchError !== this.task.error) {
          this.reportedFetchError = this.task.error;
          this.onError(error);
        }
        return { status: 'error', error };
      }
      case TaskStatus.COMPLETE:
        if (this.task.value) return { status: 'ready', data: this.task.value };
        return { status: 'loading' };
      default:
        // INITIAL: the task has not started yet (it starts in the host's update).
        return { status: 'loading' };
    }
  }

  /**
   * Ready at once for valid data once the fast check has loaded (before that, loading until it
   * has); for invalid data, loading until the lazy validator has the error.
   */
  private check(dataset: unknown): DatasetState {
    const total = eventCount(dataset);
    if (total >= SLICED_MIN_EVENTS) return this.checkInSlices(dataset, total);
    const now = fastCheck.module
      ? verdict(fastCheck.module.validDataset, dataset)
      : importFastCheck().then((m) => verdict(m.validDataset, dataset), (e: unknown): DatasetState => ({ status: 'error', error: asError(e) }));
    if (!(now instanceof Promise)) {
      if (now.status === 'error') this.onError(now.error);
      return now;
    }
    const wait: Promise<void> = now.then((state) => {
      if (this.checkedInput !== dataset) return; // another dataset came meanwhile: its own check reports
      this.checked = state;
      if (state.status === 'error') this.onError(state.error);
    }).then(() => {
      if (this.checkWait === wait) this.checkWait = null;
      this.host.requestUpdate();
    });
    this.checkWait = wait;
    return { status: 'loading' };
  }

  /**
   * A large `data` value, checked and prepared in time slices (`sliced`): loading, with its
   * progress, until then. A newer value, unsetting it, or the host's disconnection stops it.
   */
  private checkInSlices(dataset: unknown, total: number): DatasetState {
    this.stopSlicing();
    const job = new AbortController();
    this.slicing = job;
    const { signal } = job;
    const wait: Promise<void> = sliced(dataset, total, signal, (progress) => {
      if (signal.aborted) return;
      this.checked = { status: 'loading', progress };
      this.progressed(progress);
    }).then(
      (state) => {
        if (signal.aborted) return;
        this.checked = state;
        if (state.status === 'error') this.onError(state.error);
      },
      (e: unknown) => {
        if (signal.aborted) return;
        const error = asError(e);
        this.checked = { status: 'error', error };
        this.onError(error);
      },
    ).then(() => {
      if (this.slicing === job) this.slicing = null;
      if (this.checkWait === wait) this.checkWait = null;
      if (!signal.aborted) this.host.requestUpdate();
    });
    this.checkWait = wait;
    return { status: 'loading', progress: { phase: 'checking', loaded: 0, total } };
  }

  private stopSlicing(): void {
    this.slicing?.abort();
    this.slicing = null;
    this.checkWait = null;
  }

  /** Shows a load's progress, at most every `PROGRESS_MS` (and at once when its phase changes). */
  private progressed(progress: LoadProgress): void {
    const phaseChanged = progress.phase !== this.progress?.phase;
    this.progress = progress;
    const now = performance.now();
    if (phaseChanged || now - this.progressShown >= PROGRESS_MS) {
      this.progressShown = now;
      this.host.requestUpdate();
    }
  }

  /**
   * A staged first drawing for the host (staged-first-draw.ts), from the sliced path's lazy chunk:
   * null until it has loaded, which it has by the time large data (`data` or `src`) is ready.
   */
  stagedFirstDraw(): StagedFirstDraw | null {
    return slicedPath.module ? new slicedPath.module.StagedFirstDraw(this.host) : null;
  }

  private builtinState(): DatasetState {
    if (builtin) return { status: 'ready', data: builtin };
    if (this.builtinError) return { status: 'error', error: this.builtinError };
    this.builtinWait ??= firstFrame().then(() => {
      const { data, src } = this.input();
      // Data or a URL came before the first frame: the built-in dataset is not needed after all.
      if (data != null || src) return this.settleBuiltin(null);
      return importBuiltin().then(
        () => this.settleBuiltin(null),
        (e: unknown) => this.settleBuiltin(new Error(`Could not load the built-in dataset: ${asError(e).message}`)),
      );
    });
    return { status: 'loading' };
  }

  private settleBuiltin(error: Error | null): void {
    this.builtinWait = null;
    if (error) {
      this.builtinError = error;
      this.onError(error);
    }
    this.host.requestUpdate();
  }

  hostUpdate(): void {}

  hostConnected(): void {
    if (this.stoppedByDisconnection) this.host.requestUpdate();
    this.stoppedByDisconnection = false;
  }

  hostDisconnected(): void {
    // Nobody sees it: stop; a reconnection checks the value again.
    if (this.slicing) {
      this.stopSlicing();
      this.checked = null;
      this.stoppedByDisconnection = true;
    }
  }
}

/** How often a `src` load's progress is drawn, at most, ms. */
const PROGRESS_MS = 50;

/** How long to wait for a frame where there are none (a hidden tab, a fake DOM), ms. */
const NO_FRAME_MS = 100;

/**
 * Resolves at the next frame (before it is painted): the moment the element first has to show
 * something. A page's own data given before then, in the same task or a later one, is seen.
 */
function firstFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => resolve());
    // Hidden tabs run no frames; fake DOMs may have no requestAnimationFrame.
    setTimeout(resolve, typeof requestAnimationFrame === 'function' ? NO_FRAME_MS : 0);
  });
}

function asError(e: unknown): Error {
  if (e instanceof Error) return e;
  try {
    return new Error(String(e));
  } catch {
    return new Error(`a thrown ${typeof e} that cannot be shown`);
  }
}

/** An exception thrown while the dataset was being read (not a list of problems in it). */
function unreadable(e: unknown): Error {
  let message: string;
  try {
    message = asError(e).message;
  } catch {
    message = 'an error that cannot be shown';
  }
  return new Error(`Could not read the dataset: ${message}`, { cause: e });
}
