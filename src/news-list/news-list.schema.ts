import {localizedText, url, type LocalizedText} from '../core/schema-parts.js';
import {array, object, optional, union, type Schema} from '../core/schema.js';
import {newsItemSchema, type NewsItem} from '../news-card/news-item.schema.js';

/** A programme's whole news archive fits; a larger list is a content error, not a frozen page. */
export const MAX_NEWS_ITEMS = 500;

/** Where "more news" leads, and its text (a localized default when absent). */
export interface MoreLink {
  url: string;
  label?: LocalizedText;
}

/** `{title?, items, more?}`, or the bare list of news items (a bundle's `#/news`). */
export type NewsList = {title?: LocalizedText; items: NewsItem[]; more?: MoreLink} | NewsItem[];

const items = array(newsItemSchema, 'a list of news items', MAX_NEWS_ITEMS, `at most ${MAX_NEWS_ITEMS} news items`);

export const newsListSchema: Schema<NewsList> = union<NewsList>(
  [
    object(
      {
        title: optional(localizedText),
        items,
        more: optional(object<MoreLink>({url, label: optional(localizedText)}, 'an object {url, label?}')),
      },
      'an object {items}',
    ),
    items,
  ],
  'an object {items} or a list of news items',
);
