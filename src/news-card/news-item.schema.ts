import * as v from 'valibot';
import {expected, image, isoDate, LIMITS, localizedText, object, text, url} from '../core/schema-parts.js';

/** One news item, as `<thamm-news-card>` renders it. */
export const newsItemSchema = object(
  {
    id: v.optional(text),
    title: localizedText,
    date: isoDate,
    category: v.optional(localizedText),
    summary: v.optional(localizedText),
    url: v.optional(url),
    image: v.optional(image),
    location: v.optional(localizedText),
    tags: v.optional(
      v.pipe(v.array(localizedText, expected('a list')), v.maxLength(LIMITS.tags, `at most ${LIMITS.tags} tags`)),
    ),
  },
  expected('a JSON object'),
);

export type NewsItem = v.InferOutput<typeof newsItemSchema>;
