// Writes the published JSON Schema from the same schemas that validate content
// at run time (compiled to dist/ by tsc), so the two never drift. Shared parts
// become $defs: a schema object used in several places is referenced by name.
import {mkdirSync, writeFileSync} from 'node:fs';
import {contentBundleSchema} from '../dist/content-bundle.schema.js';
import {contactSchema} from '../dist/contact-badge/contact.schema.js';
import {image, localizedText} from '../dist/core/schema-parts.js';
import {newsItemSchema} from '../dist/news-card/news-item.schema.js';
import {newsListSchema} from '../dist/news-list/news-list.schema.js';
import {partnerStripSchema} from '../dist/partner-strip/partner-strip.schema.js';
import {quoteSchema} from '../dist/quote/quote.schema.js';

const definitions = {
  NewsItem: newsItemSchema,
  Quote: quoteSchema,
  PartnerStrip: partnerStripSchema,
  Contact: contactSchema,
  NewsList: newsListSchema,
  LocalizedText: localizedText,
  Image: image,
};
const names = new Map(Object.entries(definitions).map(([name, schema]) => [schema.json, name]));

/** A copy of `json` with named parts replaced by references; `undefined` keywords dropped. */
function withRefs(json, self) {
  if (json !== self && names.has(json)) return {$ref: `#/$defs/${names.get(json)}`};
  if (Array.isArray(json)) return json.map((item) => withRefs(item));
  if (json === null || typeof json !== 'object') return json;
  const entries = Object.entries(json).filter(([keyword, value]) => value !== undefined && !(keyword === 'required' && value.length === 0));
  return Object.fromEntries(entries.map(([keyword, value]) => [keyword, withRefs(value)]));
}

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'thamm-widgets/schema/thamm-content.schema.json',
  title: 'THAMM content bundle',
  description: 'What a CMS exports for thamm-widgets; elements select their object with a JSON Pointer (bundle.json#/news/0).',
  ...withRefs(contentBundleSchema.json),
  $defs: Object.fromEntries(Object.entries(definitions).map(([name, {json}]) => [name, withRefs(json, json)])),
};

mkdirSync('dist/schema', {recursive: true});
writeFileSync('dist/schema/thamm-content.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
console.log('wrote dist/schema/thamm-content.schema.json');
