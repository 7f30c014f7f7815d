import {image, isoDate, localizedText, text, url, type Image, type LocalizedText} from '../core/schema-parts.js';
import {object, optional, type Schema} from '../core/schema.js';

/** One quote and its speaker, as `<thamm-quote>` renders it. */
export interface Quote {
  /** The CMS's identifier; not shown. */
  id?: string;
  /** The words quoted, without quotation marks: the element adds those of their language. */
  text: LocalizedText;
  author: {
    name: LocalizedText;
    role?: LocalizedText;
    organization?: LocalizedText;
    image?: Image;
  };
  topic?: LocalizedText;
  /** ISO 8601: when the words were said. */
  date?: string;
  /** Where the words were published. */
  source?: {url: string; label?: LocalizedText};
}

export const quoteSchema: Schema<Quote> = object<Quote>(
  {
    id: optional(text),
    text: localizedText,
    author: object<Quote['author']>(
      {
        name: localizedText,
        role: optional(localizedText),
        organization: optional(localizedText),
        image: optional(image),
      },
      'an object {name}',
    ),
    topic: optional(localizedText),
    date: optional(isoDate),
    source: optional(
      object<NonNullable<Quote['source']>>({url, label: optional(localizedText)}, 'an object {url, label}'),
    ),
  },
  'a JSON object',
);
