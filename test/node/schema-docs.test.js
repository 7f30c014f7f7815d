// The help an editor shows while a content file is typed: the published JSON
// Schema documents every object and field, its examples are valid, a content
// file that names the schema validates, and a broken one gets messages that
// name the field. Also: docs/content.md is the page made from that schema.
// Runs on the build in dist/ (npm test builds first).
import {readFileSync} from 'node:fs';
import assert from 'node:assert/strict';
import {test} from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import {contentBundleSchema} from '../../dist/content-bundle.schema.js';
import {contentJsonSchema, SCHEMA_ID} from '../../dist/content-model/json-schema.js';
import {BUNDLE_PARTS, contentMarkdown} from '../../dist/content-model/markdown.js';
import {elementFor} from '../../dist/core/collections.js';
import {validate as validateContent} from '../../dist/core/validate.js';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const schema = readJson('dist/schema/thamm-content.schema.json');
const seed = readJson('content/thamm-seed.json');
const ajv = new Ajv2020({strict: true, allErrors: true});
ajv.addSchema(schema);
const validateBundle = ajv.getSchema(SCHEMA_ID);

/** Every schema node with its JSON Pointer; `field` when it is an object's property. */
function* nodes(node, pointer = '', field = false) {
  if (node === null || typeof node !== 'object') return;
  yield {node, pointer, field};
  for (const [key, value] of Object.entries(node.properties ?? {})) yield* nodes(value, `${pointer}/properties/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, true);
  for (const [name, value] of Object.entries(node.$defs ?? {})) yield* nodes(value, `${pointer}/$defs/${name}`);
  for (const [i, value] of (node.anyOf ?? []).entries()) yield* nodes(value, `${pointer}/anyOf/${i}`);
  if (node.items) yield* nodes(node.items, `${pointer}/items`);
}

/** The messages an editor would show, as "path: message". */
const messages = (errors) =>
  errors.map(({instancePath, message, params}) => `${instancePath || '/'}: ${message}${params.additionalProperty ? ` (${params.additionalProperty})` : ''}`);

test('the written schema is the one the schemas make', () => {
  assert.deepEqual(schema, contentJsonSchema());
});

test('every object and every field has a title and a description; every named part and field an example', () => {
  // Objects are the bundle, the named parts and fields (the object option of a union is documented by its union).
  const isPart = (pointer) => pointer.startsWith('/$defs/') && pointer.split('/').length === 3;
  const documented = [...nodes(schema)].filter(({pointer, field}) => field || isPart(pointer) || pointer === '');
  assert.ok(documented.length > 50, `${documented.length} objects and fields`);
  for (const {node, pointer, field} of documented) {
    assert.equal(typeof node.title, 'string', `${pointer || '/'} has a title`);
    assert.ok(node.description?.length > 20, `${pointer || '/'} has a description`);
    if (field || isPart(pointer)) assert.ok(node.examples?.length, `${pointer} has an example`);
  }
});

test('every example is valid where it stands', () => {
  let count = 0;
  for (const {node, pointer} of nodes(schema)) {
    if (!node.examples) continue;
    const check = ajv.compile({$ref: `${SCHEMA_ID}#${pointer}`});
    for (const example of node.examples) {
      count += 1;
      assert.ok(check(example), `${pointer}: ${JSON.stringify(example)}: ${JSON.stringify(check.errors)}`);
    }
  }
  assert.ok(count > 50, `${count} examples`);
});

test('the seed bundle, which names the schema with $schema, validates; the elements ignore $schema', () => {
  assert.equal(seed.$schema, '../dist/schema/thamm-content.schema.json');
  assert.ok(validateBundle(seed), messages(validateBundle.errors ?? []).join('\n'));
  assert.ok(validateContent(contentBundleSchema, seed).ok, 'the run-time schema accepts the seed too');
});

const broken = [
  {what: 'a date in the wrong format', bundle: {news: [{title: 'THAMM', date: '15/10/2020'}]}, expect: '/news/0/date: must match pattern'},
  {what: 'a required field missing', bundle: {news: [{title: 'THAMM'}]}, expect: "/news/0: must have required property 'date'"},
  {what: 'a field name misspelt', bundle: {news: [{titel: 'THAMM', date: '2020-10-15'}]}, expect: '/news/0: must NOT have additional properties (titel)'},
  {what: 'a nested field misspelt', bundle: {quotes: [{text: 'x', author: {nom: 'Rania Bikhazi'}}]}, expect: '/quotes/0/author: must NOT have additional properties (nom)'},
  {what: 'a role not in the list', bundle: {partners: {partners: [{name: 'X', role: 'sponsor'}]}}, expect: '/partners/partners/0/role: must be equal to one of the allowed values'},
  {what: 'a number where text goes', bundle: {contacts: [{name: 'X', email: 42}]}, expect: '/contacts/0/email: must be string'},
  {what: 'a language tag that is not one', bundle: {quotes: [{text: {french: 'x'}, author: {name: 'X'}}]}, expect: '/quotes/0/text: must match pattern'},
  {what: 'an unknown top-level key', bundle: {new: []}, expect: '/: must NOT have additional properties (new)'},
];

for (const {what, bundle, expect} of broken) {
  test(`a broken content file, ${what}: the message names the field`, () => {
    assert.equal(validateBundle(bundle), false);
    const found = messages(validateBundle.errors);
    assert.ok(found.some((message) => message.startsWith(expect)), `expected "${expect}" in:\n${found.join('\n')}`);
  });
}

test('docs/content.md is the page made from the schema, and lists every field', () => {
  const page = readFileSync('docs/content.md', 'utf8');
  assert.equal(page, `${contentMarkdown(schema)}\n`, 'docs/content.md is current: run npm run build:schema');
  for (const {node, pointer, field} of nodes(schema)) {
    if (pointer.startsWith('/$defs/') && pointer.split('/').length === 3) assert.ok(page.includes(`## ${pointer.split('/')[2]}\n`), `a section for ${pointer}`);
    if (field) {
      const path = pointer.replace(/^\/\$defs\/[^/]+/, '').replace(/\/anyOf\/\d+/g, '').replace(/\/properties\//g, '/');
      assert.ok(page.includes(`| \`${path}\` |`), `a row for ${path} (${pointer})`);
      assert.ok(page.includes(node.description.replace(/\|/g, '\\|')), `the description of ${pointer}`);
    }
  }
});

test('the pointers the page gives select what the elements say they show', () => {
  for (const {example, tag, name} of BUNDLE_PARTS) {
    assert.equal(elementFor(example.slice(1)), tag, example);
    assert.ok(schema.$defs[name], name);
  }
});
