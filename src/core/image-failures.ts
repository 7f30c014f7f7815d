import type {ReactiveControllerHost} from 'lit';
import type {Image} from './schema-parts.js';

/**
 * Remembers which image URLs failed to load in one element, so no broken
 * image is ever shown: the element renders without it (a partner's text
 * badge, no portrait). New content with other images shows them. It needs
 * no lifecycle, only the host to render again.
 */
export class ImageFailures {
  /** Made on the first failure: most elements never have one. */
  private failed?: Set<string>;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The image, unless its URL failed to load here. */
  shown<I extends Image>(image: I | undefined): I | undefined {
    return image && !this.failed?.has(image.src) ? image : undefined;
  }

  /** The `error` listener of every content image. An arrow, so templates can pass it as it is. */
  readonly handleError = (event: Event) => {
    (this.failed ??= new Set()).add((event.target as HTMLImageElement).getAttribute('src') ?? '');
    this.host.requestUpdate();
  };
}
