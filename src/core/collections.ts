/** The tags of the elements that show one part of a content bundle. */
export type EmbedTag = 'thamm-news-card' | 'thamm-quote' | 'thamm-partner-strip' | 'thamm-contact-badge' | 'thamm-news-list';

/** What a JSON Pointer into a bundle is shown by, and the element's own options. */
export interface Collection {
  tag: EmbedTag;
  /**
   * The attributes an embed may set (`data-*` in the blockquote form): only
   * these, so an editor's `data-onclick` or `data-src` never becomes one.
   */
  attributes: readonly string[];
}

/** An array index of a JSON Pointer: `0`, `12`, never `00` or `-`. */
const INDEX = '/(0|[1-9]\\d*)';

/**
 * Which element shows what a pointer selects in a content bundle, as the
 * contract's "Editor-proof embeds" maps them. No DOM: the blockquote upgrade
 * and the snippet command both read this one table.
 */
const COLLECTIONS: readonly (readonly [RegExp, Collection])[] = [
  [new RegExp(`^/news${INDEX}$`), {tag: 'thamm-news-card', attributes: ['heading-level']}],
  [/^\/news$/, {tag: 'thamm-news-list', attributes: ['heading-level', 'limit', 'tag']}],
  [new RegExp(`^/quotes${INDEX}$`), {tag: 'thamm-quote', attributes: ['variant']}],
  [/^\/partners$/, {tag: 'thamm-partner-strip', attributes: ['heading-level', 'logo-height', 'monochrome']}],
  [new RegExp(`^/contacts${INDEX}$`), {tag: 'thamm-contact-badge', attributes: []}],
];

/** What shows a pointer into a bundle (`/news/0` → the news card), or undefined. */
export const collectionFor = (pointer: string): Collection | undefined =>
  COLLECTIONS.find(([pattern]) => pattern.test(pointer))?.[1];

/** The element for a pointer into a bundle (`/news/0` → `thamm-news-card`), or undefined. */
export const elementFor = (pointer: string): EmbedTag | undefined => collectionFor(pointer)?.tag;

/** The attributes an element takes in an embed. */
export const attributesOf = (tag: EmbedTag): readonly string[] =>
  COLLECTIONS.find(([, collection]) => collection.tag === tag)![1].attributes;

/** The pointers an embed may use, for messages. */
export const COLLECTION_POINTERS = '#/news/<i>, #/news, #/quotes/<i>, #/partners or #/contacts/<i>';
