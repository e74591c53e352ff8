import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { parseDataset, type Dataset } from '@syria-timeline/core';

export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; data: Dataset }
  | { status: 'error'; error: Error };

export interface DatasetInput {
  /** The `dataset` property: any value, validated here. */
  dataset: unknown;
  /** The `src` attribute: a URL of JSON, fetched with @lit/task. */
  src: string | undefined;
}

/** The built-in dataset once imported, shared by every element on the page. */
let builtin: Dataset | undefined;
let builtinImport: Promise<Dataset> | undefined;

/**
 * The built-in dataset is a lazy chunk (`@syria-timeline/core/builtin-dataset`, ~14 KiB gzip), so a
 * page that passes its own `dataset` or `src` never downloads it. Imported once per page.
 */
function importBuiltin(): Promise<Dataset> {
  builtinImport ??= import('@syria-timeline/core/builtin-dataset').then((m) => (builtin = m.builtinDataset));
  return builtinImport;
}

/**
 * Where the timeline's data comes from, in order: the `dataset` property (validated), the `src`
 * URL (fetched, then validated), else the built-in dataset (imported lazily; `loading` until it
 * arrives). Failures become an `error` state and one `onError` call per failing input; nothing is
 * thrown or logged.
 */
export class DatasetController implements ReactiveController {
  private readonly task: Task<[string | undefined], Dataset | null>;
  private checkedInput: unknown = undefined;
  private checked: DatasetState | null = null;
  private reportedFetchError: unknown = undefined;
  private builtinWait: Promise<void> | null = null;
  private builtinError: Error | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly input: () => DatasetInput,
    private readonly onError: (error: Error) => void,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      task: async ([src], { signal }) => (src ? loadDataset(src, signal) : null),
      // The URL is only fetched when no `dataset` property overrides it.
      args: () => {
        const { dataset, src } = this.input();
        return [dataset == null && src ? src : undefined] as [string | undefined];
      },
    });
  }

  /**
   * Settles once the built-in dataset has arrived and the host has been asked to update with it;
   * null when nothing lazy is loading. (A `src` fetch is not included: its loading state is drawn.)
   */
  get loading(): Promise<void> | null {
    return this.builtinWait;
  }

  /** The current state; call from the host's `willUpdate`. */
  get state(): DatasetState {
    const { dataset, src } = this.input();
    if (dataset == null && !src) return this.builtinState();
    if (dataset != null) {
      if (dataset !== this.checkedInput || !this.checked) {
        this.checkedInput = dataset;
        this.checked = validate(dataset);
        if (this.checked.status === 'error') this.onError(this.checked.error);
      }
      return this.checked;
    }
    switch (this.task.status) {
      case TaskStatus.PENDING:
        return { status: 'loading' };
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

  private builtinState(): DatasetState {
    if (builtin) return { status: 'ready', data: builtin };
    if (this.builtinError) return { status: 'error', error: this.builtinError };
    this.builtinWait ??= importBuiltin().then(
      () => this.settleBuiltin(null),
      (e: unknown) => this.settleBuiltin(new Error(`Could not load the built-in dataset: ${asError(e).message}`)),
    );
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
}

async function loadDataset(src: string, signal: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(src, { signal });
  } catch (e) {
    if (signal.aborted) throw e;
    throw new Error(`Could not load ${src}: ${asError(e).message}`);
  }
  if (!response.ok) throw new Error(`Could not load ${src}: the server answered ${response.status} ${response.statusText}`.trim());
  const text = await response.text();
  // Dev servers and SPAs answer unknown paths with their index page and a 200.
  if (/^\s*</.test(text)) throw new Error(`Could not read ${src} as JSON: the server sent an HTML page (is the address right?)`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`Could not read ${src} as JSON: ${asError(e).message}`);
  }
  return parseDataset(json);
}

function validate(input: unknown): DatasetState {
  try {
    return { status: 'ready', data: parseDataset(input) };
  } catch (e) {
    return { status: 'error', error: asError(e) };
  }
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}
