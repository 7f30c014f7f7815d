import {image, isoDate, LIMITS, localizedText, text, url, type Image, type LocalizedText} from '../core/schema-parts.js';
import {array, object, optional, type Schema} from '../core/schema.js';

/** One news item, as `<thamm-news-card>` renders it. */
export interface NewsItem {
  /** The CMS's identifier; not shown. */
  id?: string;
  title: LocalizedText;
  /** ISO 8601: `2020-10-15`, or with a time and offset. */
  date: string;
  category?: LocalizedText;
  summary?: LocalizedText;
  /** The full article; the whole card links there. */
  url?: string;
  image?: Image;
  location?: LocalizedText;
  tags?: LocalizedText[];
}

export const newsItemSchema: Schema<NewsItem> = object<NewsItem>(
  {
    id: optional(text),
    title: localizedText,
    date: isoDate,
    category: optional(localizedText),
    summary: optional(localizedText),
    url: optional(url),
    image: optional(image),
    location: optional(localizedText),
    tags: optional(array(localizedText, 'a list', LIMITS.tags, `at most ${LIMITS.tags} tags`)),
  },
  'a JSON object',
);
