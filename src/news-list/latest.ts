import {parseIsoDate} from '../core/iso-date.js';
import type {LocalizedText} from '../core/language.js';
import type {NewsItem} from '../news-card/news-item.schema.js';

/** Most items a list shows, whatever `limit` says: a home-page block, not an archive. */
const MAX_SHOWN = 24;

/** How many items a `limit` attribute shows: 1 to 24, 3 when it is not a number. */
export const shownCount = (limit: unknown) => Math.min(MAX_SHOWN, Math.max(1, Math.trunc(Number(limit)) || 3));

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
