/** A snippet that cannot be made: the message says why, in the elements' words. */
export class EmbedError extends Error {
  override name = 'EmbedError';
}
