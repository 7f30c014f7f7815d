import * as v from 'valibot';
import {expected, image, isoDate, localizedText, object, text, url} from '../core/schema-parts.js';

/** One quote and its speaker, as `<thamm-quote>` renders it. */
export const quoteSchema = object(
  {
    id: v.optional(text),
    text: localizedText,
    author: object(
      {
        name: localizedText,
        role: v.optional(localizedText),
        organization: v.optional(localizedText),
        image: v.optional(image),
      },
      expected('an object {name}'),
    ),
    topic: v.optional(localizedText),
    date: v.optional(isoDate),
    source: v.optional(object({url, label: v.optional(localizedText)}, expected('an object {url, label}'))),
  },
  expected('a JSON object'),
);

export type Quote = v.InferOutput<typeof quoteSchema>;
