// The run-time schemas and the published JSON Schema are one source: for any
// content, the element accepts it exactly when the JSON Schema does (bar the
// calendar check, which JSON Schema cannot say, and unknown field names, which
// the published schema flags for editors and the elements ignore). Runs on the
// build in dist/.
import {readFileSync} from 'node:fs';
import assert from 'node:assert/strict';
import {test} from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import {validate} from '../../dist/core/validate.js';
import {contactSchema} from '../../dist/contact-badge/contact.schema.js';
import {newsItemSchema} from '../../dist/news-card/news-item.schema.js';
import {partnerStripSchema} from '../../dist/partner-strip/partner-strip.schema.js';
import {quoteSchema} from '../../dist/quote/quote.schema.js';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const seed = readJson('content/thamm-seed.json');
/** The schema without `additionalProperties: false`: what the elements check. */
const withoutUnknownFieldCheck = (node) =>
  Array.isArray(node) ? node.map(withoutUnknownFieldCheck)
    : node && typeof node === 'object'
      ? Object.fromEntries(Object.entries(node).filter(([key, value]) => !(key === 'additionalProperties' && value === false)).map(([key, value]) => [key, withoutUnknownFieldCheck(value)]))
      : node;
const ajv = new Ajv2020({strict: true, allErrors: false});
ajv.addSchema(withoutUnknownFieldCheck(readJson('dist/schema/thamm-content.schema.json')));
const published = (name) => ajv.getSchema(`thamm-widgets/schema/thamm-content.schema.json#/$defs/${name}`);

const kinds = [
  {name: 'NewsItem', schema: newsItemSchema, sample: seed.news[0]},
  {name: 'Quote', schema: quoteSchema, sample: seed.quotes[0]},
  {name: 'PartnerStrip', schema: partnerStripSchema, sample: seed.partners},
  {name: 'Contact', schema: contactSchema, sample: seed.contacts[0]},
];

// Values near the edges of the model: wrong types, empty and long text, bad tags and dates.
const edgeValue = fc.oneof(
  fc.jsonValue({maxDepth: 3}),
  fc.constantFrom('', 'x', 'x'.repeat(5001), '2020-02-31', '2020-10-15', '2020-10-15T09:30Z', 'funder', 'sponsor', 0, 1.5, 640, -1),
  fc.dictionary(fc.constantFrom('fr', 'en', 'ar-MA', 'not a tag', '__proto__', 'src', 'alt', 'name', 'url'), fc.oneof(fc.string(), fc.integer()), {maxKeys: 3}),
  fc.array(fc.oneof(fc.string(), fc.dictionary(fc.constantFrom('name', 'fr'), fc.string(), {maxKeys: 2})), {maxLength: 3}),
);

/** The sample with some fields, at any depth, replaced or removed. */
function mutated(sample) {
  const paths = [];
  const walk = (value, path) => {
    if (value === null || typeof value !== 'object') return;
    for (const key of Object.keys(value)) {
      paths.push([...path, key]);
      walk(value[key], [...path, key]);
    }
  };
  walk(sample, []);
  return fc
    .array(fc.tuple(fc.constantFrom(...paths), fc.option(edgeValue, {nil: undefined})), {maxLength: 3})
    .map((changes) => {
      const copy = structuredClone(sample);
      for (const [path, value] of changes) {
        const parent = path.slice(0, -1).reduce((node, key) => (node && typeof node === 'object' ? node[key] : undefined), copy);
        if (!parent || typeof parent !== 'object') continue;
        if (value === undefined) delete parent[path.at(-1)];
        else parent[path.at(-1)] = value;
      }
      return copy;
    });
}

for (const {name, schema, sample} of kinds) {
  test(`${name}: the element accepts content exactly when the published JSON Schema does`, () => {
    const jsonSchema = published(name);
    fc.assert(
      fc.property(mutated(sample), (content) => {
        const runtime = validate(schema, content);
        const calendarOnly = !runtime.ok && runtime.message.endsWith('not an ISO 8601 date') && jsonSchema(content);
        if (!calendarOnly) assert.equal(runtime.ok, jsonSchema(content), `${runtime.message ?? 'valid'} vs ${JSON.stringify(jsonSchema.errors)}`);
      }),
      {numRuns: 1000},
    );
  });
}
