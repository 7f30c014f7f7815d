import {languageTag} from './core/schema-parts.js';
import {array, object, optional, type Schema} from './core/schema.js';
import {contactSchema, type Contact} from './contact-badge/contact.schema.js';
import {newsItemSchema, type NewsItem} from './news-card/news-item.schema.js';
import {partnerStripSchema, type PartnerStrip} from './partner-strip/partner-strip.schema.js';
import {quoteSchema, type Quote} from './quote/quote.schema.js';

/**
 * What a CMS exports: every kind of content, in one document. Elements
 * select their object from it with a JSON Pointer (`bundle.json#/news/0`).
 */
export interface ContentBundle {
  /** The language of the bundle's plain strings. */
  lang?: string;
  news?: NewsItem[];
  quotes?: Quote[];
  partners?: PartnerStrip;
  contacts?: Contact[];
}

export const contentBundleSchema: Schema<ContentBundle> = object<ContentBundle>(
  {
    lang: optional(languageTag),
    news: optional(array(newsItemSchema, 'a list of news items')),
    quotes: optional(array(quoteSchema, 'a list of quotes')),
    partners: optional(partnerStripSchema),
    contacts: optional(array(contactSchema, 'a list of contacts')),
  },
  'a JSON object',
);
