import * as v from 'valibot';
import {expected, object} from './core/schema-parts.js';
import {contactSchema} from './contact-badge/contact.schema.js';
import {newsItemSchema} from './news-card/news-item.schema.js';
import {partnerStripSchema} from './partner-strip/partner-strip.schema.js';
import {quoteSchema} from './quote/quote.schema.js';

/**
 * What a CMS exports: every kind of content, in one document. Elements
 * select their object from it with a JSON Pointer (`bundle.json#/news/0`);
 * `lang` names the language of its plain strings.
 */
export const contentBundleSchema = object(
  {
    lang: v.optional(v.string(expected('a BCP 47 language tag'))),
    news: v.optional(v.array(newsItemSchema, expected('a list of news items'))),
    quotes: v.optional(v.array(quoteSchema, expected('a list of quotes'))),
    partners: v.optional(partnerStripSchema),
    contacts: v.optional(v.array(contactSchema, expected('a list of contacts'))),
  },
  expected('a JSON object'),
);

export type ContentBundle = v.InferOutput<typeof contentBundleSchema>;
