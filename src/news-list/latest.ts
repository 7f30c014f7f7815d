import {parseIsoDate} from '../core/iso-date.js';
import type {LocalizedText} from '../core/language.js';
import type {NewsItem} from '../news-card/news-item.schema.js';

/** Every language variant of a text. */
const variants = (text: LocalizedText) => (typeof text === 'string' ? [text] : Object.values(text));

/** Whether the item has `tag`, in any of the tag's languages, ignoring case. */
export function hasTag(item: NewsItem, tag: string): boolean {
  const wanted = tag.trim().toLowerCase();
  return (item.tags ?? []).some((text) => variants(text).some((variant) => variant.trim().toLowerCase() === wanted));
}

/**
 * The newest `limit` items, only those with `tag` when given. Dates compare
 * as instants: a date-only value is that day's start in UTC, so a date-time
 * later that day is newer. Equal dates keep the content's order.
 */
export function latest(items: readonly NewsItem[], limit: number, tag?: string): NewsItem[] {
  const time = (item: NewsItem) => parseIsoDate(item.date).getTime();
  return items
    .filter((item) => !tag || hasTag(item, tag))
    .map((item, index) => ({item, index, time: time(item)}))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .slice(0, limit)
    .map(({item}) => item);
}
