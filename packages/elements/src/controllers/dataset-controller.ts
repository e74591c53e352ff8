import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { builtinDataset, parseDataset, type Dataset } from '@syria-timeline/core';

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

/**
 * Where the timeline's data comes from, in order: the `dataset` property (validated), the `src`
 * URL (fetched, then validated), else the built-in dataset. Failures become an `error` state and
 * one `onError` call per failing input; nothing is thrown or logged.
 */
export class DatasetController implements ReactiveController {
  private readonly task: Task<[string | undefined], Dataset | null>;
  private checkedInput: unknown = undefined;
  private checked: DatasetState | null = null;
  private reportedFetchError: unknown = undefined;

  constructor(
    host: ReactiveControllerHost,
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

  /** The current state; call from the host's `willUpdate`. */
  get state(): DatasetState {
    const { dataset } = this.input();
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
        return { status: 'ready', data: builtinDataset };
      default:
        // INITIAL: no src, or the task has not started yet.
        return this.input().src && dataset == null ? { status: 'loading' } : { status: 'ready', data: builtinDataset };
    }
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
