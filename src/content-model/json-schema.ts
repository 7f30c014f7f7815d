/**
 * The published JSON Schema of a content bundle, made from the same schemas
 * that validate content at run time, with the help of field-docs.ts on every
 * object and field. build/write-schema.js writes it to dist/schema/; Storybook's
 * Content model page and docs/content.md are made from it.
 */
import {contentBundleSchema} from '../content-bundle.schema.js';
import {contactSchema} from '../contact-badge/contact.schema.js';
import {image, localizedText} from '../core/schema-parts.js';
import type {JsonSchema, Schema} from '../core/schema.js';
import {newsItemSchema} from '../news-card/news-item.schema.js';
import {newsListSchema} from '../news-list/news-list.schema.js';
import {partnerSchema, partnerStripSchema} from '../partner-strip/partner-strip.schema.js';
import {quoteSchema} from '../quote/quote.schema.js';
import {FIELD_DOCS, type Doc} from './field-docs.js';

export const SCHEMA_ID = 'thamm-widgets/schema/thamm-content.schema.json';

/** The named parts, in the order the docs present them. */
const DEFINITIONS: Record<Exclude<keyof typeof FIELD_DOCS, 'bundle'>, Schema<unknown>> = {
  NewsItem: newsItemSchema,
  NewsList: newsListSchema,
  Quote: quoteSchema,
  PartnerStrip: partnerStripSchema,
  Partner: partnerSchema,
  Contact: contactSchema,
  LocalizedText: localizedText,
  Image: image,
};

type Node = {[keyword: string]: unknown};

/** A copy of `json` with named parts replaced by references; `undefined` keywords dropped. */
function withRefs(json: unknown, names: Map<unknown, string>, self?: unknown): unknown {
  if (json !== self && names.has(json)) return {$ref: `#/$defs/${names.get(json)}`};
  if (Array.isArray(json)) return json.map((item) => withRefs(item, names));
  if (json === null || typeof json !== 'object') return json;
  const entries = Object.entries(json).filter(([keyword, value]) => value !== undefined && !(keyword === 'required' && (value as unknown[]).length === 0));
  return Object.fromEntries(entries.map(([keyword, value]) => [keyword, withRefs(value, names)]));
}

/**
 * Puts `doc`'s title, description and examples on `node` (first, so they read
 * first), and its fields' on the node's properties (or on those of the object
 * option of a union). Editors flag a field the model does not have: the
 * elements ignore unknown fields, but in a file being typed one is a typo.
 */
function annotate(node: Node, doc: Doc, where: string): Node {
  const objects = [node, ...((node.anyOf as Node[] | undefined) ?? [])].filter((option) => option.properties);
  for (const object of objects) {
    const properties = object.properties as Record<string, Node>;
    for (const [key, property] of Object.entries(properties)) {
      const fieldDoc = doc.fields?.[key];
      if (!fieldDoc) throw new Error(`content model: ${where}.${key} has no help in src/content-model/field-docs.ts`);
      properties[key] = annotate(property, fieldDoc, `${where}.${key}`);
    }
    for (const key of Object.keys(doc.fields ?? {})) {
      if (!(key in properties)) throw new Error(`content model: field-docs.ts describes ${where}.${key}, which the schema does not have`);
    }
    object.additionalProperties = false;
  }
  const {title, description, examples} = doc;
  const annotated: Node = {title, description, ...node};
  if (examples) annotated.examples = examples;
  return annotated;
}

/** The whole published JSON Schema (2020-12). */
export function contentJsonSchema(): JsonSchema {
  const names = new Map<unknown, string>(Object.entries(DEFINITIONS).map(([name, schema]) => [schema.json, name]));
  const bundle = withRefs(contentBundleSchema.json, names) as Node;
  // A content file may name its schema, for editors; the elements ignore the field.
  bundle.properties = {$schema: {type: 'string'}, ...(bundle.properties as Node)};
  const {title, description, ...rest} = annotate(bundle, FIELD_DOCS.bundle, 'bundle');
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title,
    description,
    ...rest,
    $defs: Object.fromEntries(
      Object.entries(DEFINITIONS).map(([name, {json}]) => [name, annotate(withRefs(json, names, json) as Node, FIELD_DOCS[name as keyof typeof DEFINITIONS], name)]),
    ),
  };
}
