/** The tags of the elements that show one part of a content bundle. */
export type EmbedTag = 'thamm-news-card' | 'thamm-quote' | 'thamm-partner-strip' | 'thamm-contact-badge';

/**
 * Which element shows what a JSON Pointer selects in a content bundle, as the
 * contract's "Editor-proof embeds" maps them. The one place to add `/news` →
 * `<thamm-news-list>` when that element exists. No DOM: the snippet command uses it too.
 */
const COLLECTIONS: readonly (readonly [RegExp, EmbedTag])[] = [
  [/^\/news\/(0|[1-9]\d*)$/, 'thamm-news-card'],
  [/^\/quotes\/(0|[1-9]\d*)$/, 'thamm-quote'],
  [/^\/partners$/, 'thamm-partner-strip'],
  [/^\/contacts\/(0|[1-9]\d*)$/, 'thamm-contact-badge'],
];

/** The element for a pointer into a bundle (`/news/0` → `thamm-news-card`), or undefined. */
export const elementFor = (pointer: string): EmbedTag | undefined =>
  COLLECTIONS.find(([pattern]) => pattern.test(pointer))?.[1];

/** The pointers an embed may use, for messages. */
export const COLLECTION_POINTERS = '#/news/<i>, #/quotes/<i>, #/partners or #/contacts/<i>';
