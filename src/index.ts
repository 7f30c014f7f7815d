/** Classes, schemas and types, with no side effects: nothing is registered. */
export {ThammElement, type ContentState} from './core/thamm-element.js';
export {ThammNewsCard} from './news-card/news-card.js';
export {newsItemSchema, type NewsItem} from './news-card/news-item.schema.js';
export type {LocalizedTextValue as LocalizedText, ImageValue as Image} from './core/schema-parts.js';
export {defineElement} from './core/define.js';
export {VERSION} from './core/version.js';
