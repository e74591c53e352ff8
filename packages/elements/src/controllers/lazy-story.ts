import type { ReactiveControllerHost } from 'lit';
import type { Chunk, LazyChunks } from '../lazy-chunk.js';
import type { StoryController, StoryOptions } from './story-controller.js';
import { storyDirection } from './story-direction.js';
import type * as Panels from '../templates/panels.js';

/**
 * The story steps (StoryController) from the panels' lazy chunk: what they do (open the details
 * of the previous/next event, say its heading) needs the panels anyway. Until the chunk is there,
 * the details are closed, so there is no place to show; a `,`/`.` key pressed before it has
 * arrived is taken (default prevented) and stepped once it lands.
 */
export class LazyStory {
  #real: StoryController | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly lazy: LazyChunks,
    private readonly panels: Chunk<typeof Panels>,
    private readonly options: StoryOptions,
  ) {}

  #from(m: typeof Panels | undefined): StoryController | null {
    if (m) this.#real ??= new m.StoryController(this.host, this.options);
    return this.#real;
  }

  /** 1-based place of event `id` in the story (null until the chunk is there). */
  place(id: string): { n: number; total: number } | null {
    return this.#from(this.panels.module)?.place(id) ?? null;
  }

  /** The event before or after the selection (null until the chunk is there). */
  neighbour(direction: -1 | 1): string | null {
    return this.#from(this.panels.module)?.neighbour(direction) ?? null;
  }

  step(direction: -1 | 1): void {
    this.#from(this.panels.module)?.step(direction);
  }

  /** On the element's root: `,`/`<` previous, `.`/`>` next (see StoryController). */
  readonly onKeydown = (e: KeyboardEvent): void => {
    const real = this.#from(this.panels.module);
    if (real) return real.onKeydown(e);
    const direction = storyDirection(e);
    if (!direction) return;
    e.preventDefault();
    // A chunk that cannot load (offline) steps nothing.
    void this.lazy.wait(this.panels).then((m) => this.#from(m)?.step(direction), () => undefined);
  };
}
