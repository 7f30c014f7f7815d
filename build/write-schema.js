// Writes the published JSON Schema from the same valibot schemas that
// validate content at run time (compiled to dist/ by tsc), so the two never drift.
import {mkdirSync, writeFileSync} from 'node:fs';
import {toJsonSchema} from '@valibot/to-json-schema';
import {contentBundleSchema} from '../dist/content-bundle.schema.js';
import {contactSchema} from '../dist/contact-badge/contact.schema.js';
import {newsItemSchema} from '../dist/news-card/news-item.schema.js';
import {partnerStripSchema} from '../dist/partner-strip/partner-strip.schema.js';
import {quoteSchema} from '../dist/quote/quote.schema.js';

const definitions = {NewsItem: newsItemSchema, Quote: quoteSchema, PartnerStrip: partnerStripSchema, Contact: contactSchema};
const schema = {
  ...toJsonSchema(contentBundleSchema, {
    target: 'draft-2020-12',
    definitions,
    // Run-time checks that JSON Schema cannot say (a real calendar day) are left out.
    errorMode: 'ignore',
  }),
  $id: 'thamm-widgets/schema/thamm-content.schema.json',
  title: 'THAMM content bundle',
};

mkdirSync('dist/schema', {recursive: true});
writeFileSync('dist/schema/thamm-content.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
console.log('wrote dist/schema/thamm-content.schema.json');
