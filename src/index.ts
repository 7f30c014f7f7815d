/** Classes, schemas and types, with no side effects: nothing is registered. */
export {ThammElement, type ContentState} from './core/thamm-element.js';
export {ThammNewsCard} from './news-card/news-card.js';
export {ThammQuote} from './quote/quote.js';
export {ThammPartnerStrip} from './partner-strip/partner-strip.js';
export {ThammContactBadge} from './contact-badge/contact-badge.js';
export {ThammNewsList} from './news-list/news-list.js';
export {newsItemSchema, type NewsItem} from './news-card/news-item.schema.js';
export {quoteSchema, type Quote} from './quote/quote.schema.js';
export {partnerStripSchema, type Partner, type PartnerStrip} from './partner-strip/partner-strip.schema.js';
export {contactSchema, type Contact} from './contact-badge/contact.schema.js';
export {newsListSchema, type NewsList, type MoreLink} from './news-list/news-list.schema.js';
export {contentBundleSchema, type ContentBundle} from './content-bundle.schema.js';
export type {LocalizedText, Image} from './core/schema-parts.js';
export {Invalid, type Schema, type JsonSchema} from './core/schema.js';
export {defineElement} from './core/define.js';
export {VERSION} from './core/version.js';
