/**
 * docs/content.md, and Storybook's Content model page, written from the
 * published JSON Schema: every object and field with its type, whether it is
 * required, its limits, its languages, an example and its JSON Pointer.
 * Generated, so it says what the schemas check.
 */
import type {JsonSchema} from '../core/schema.js';
import type {EmbedTag} from '../core/collections.js';
import {LIMITS} from '../core/schema-parts.js';

type Node = {[keyword: string]: unknown};

/**
 * Where each part of a bundle is, and the element that shows it, as
 * core/collections.ts maps pointers (test/node/schema-docs.test.js checks it).
 */
export const BUNDLE_PARTS: readonly {pointer: string; example: string; name: string; tag: EmbedTag}[] = [
  {pointer: '#/news/<i>', example: '#/news/0', name: 'NewsItem', tag: 'thamm-news-card'},
  {pointer: '#/news', example: '#/news', name: 'NewsList', tag: 'thamm-news-list'},
  {pointer: '#/quotes/<i>', example: '#/quotes/1', name: 'Quote', tag: 'thamm-quote'},
  {pointer: '#/partners', example: '#/partners', name: 'PartnerStrip', tag: 'thamm-partner-strip'},
  {pointer: '#/contacts/<i>', example: '#/contacts/0', name: 'Contact', tag: 'thamm-contact-badge'},
];

const code = (text: string) => `\`${text}\``;
/** A table cell: no line breaks, no unescaped pipes. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const refName = (node: Node) => (typeof node.$ref === 'string' ? node.$ref.split('/').pop()! : undefined);

/** A field's type, in words, with links to the named parts. */
function typeOf(node: Node): string {
  const ref = refName(node);
  if (ref) return `[${ref}](#${ref.toLowerCase()})`;
  if (node.anyOf) return (node.anyOf as Node[]).map(typeOf).join(' or ');
  if (node.enum) return 'one of ' + (node.enum as string[]).map((value) => code(JSON.stringify(value))).join(', ');
  if (node.type === 'array') return `list of ${typeOf(node.items as Node)}`;
  if (node.type === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object') return 'object of language tags to text';
  if (node.type === 'integer') return 'whole number';
  if (node.type === 'string' && node.pattern) return node.pattern === '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$' ? 'language tag' : 'ISO 8601 date';
  if (node.type === 'string') return node.maxLength === LIMITS.url ? 'URL' : 'text';
  return String(node.type ?? 'object');
}

/** The limits the schema checks on a field; a text's are those of every LocalizedText. */
function limitsOf(node: Node, defs: Record<string, Node>): string[] {
  if (refName(node) === 'LocalizedText') return limitsOf(defs.LocalizedText, defs);
  // Each option's own limits: a plain text's, then a map of languages'.
  if (node.anyOf) {
    const options = (node.anyOf as Node[]).map((option) => limitsOf(option, defs).join(', ')).filter(Boolean);
    return options.length ? [options.join('; ')] : [];
  }
  const limits: string[] = [];
  if (node.minLength !== undefined) limits.push(`not empty`);
  if (node.maxLength !== undefined) limits.push(`at most ${String(node.maxLength)} characters`);
  if (node.maxItems !== undefined) limits.push(`at most ${String(node.maxItems)} items`);
  if (node.minimum !== undefined) limits.push(`at least ${String(node.minimum)}`);
  if (node.maxProperties !== undefined) limits.push(`at most ${String(node.maxProperties)} languages`);
  if (node.propertyNames) limits.push(...limitsOf(node.additionalProperties as Node, defs).map((limit) => `each ${limit}`));
  if (node.type === 'array' && node.items) limits.push(...limitsOf(node.items as Node, defs).map((limit) => `each: ${limit}`));
  return limits;
}

/** Whether a field's text comes in languages. */
const isLocalized = (node: Node): boolean =>
  refName(node) === 'LocalizedText' || (node.type === 'array' && isLocalized(node.items as Node)) || Boolean((node.anyOf as Node[] | undefined)?.some((option) => option.propertyNames));

const example = (node: Node) => (node.examples ? code(JSON.stringify((node.examples as unknown[])[0])) : '');

/** The rows of an object's fields; inline objects' fields follow theirs, with their path. */
function rows(object: Node, defs: Record<string, Node>, path = ''): string[] {
  const required = new Set((object.required as string[] | undefined) ?? []);
  return Object.entries(object.properties as Record<string, Node>).flatMap(([key, field]) => {
    const name = `${path}/${key}`;
    const nested = field.properties ? rows(field, defs, name) : [];
    const columns = [
      code(name),
      required.has(key) ? '**required**' : 'optional',
      typeOf(field.properties ? {type: 'object'} : field),
      limitsOf(field, defs).join(', ') || '—',
      isLocalized(field) ? 'any: `fr`, `en`, `ar`…' : '—',
      `**${String(field.title)}.** ${String(field.description)}`,
      example(field),
    ];
    return [`| ${columns.map(cell).join(' | ')} |`, ...nested];
  });
}

function table(object: Node, defs: Record<string, Node>): string[] {
  return [
    '| Field (pointer) | Required | Type | Limits | Languages | What it is | Example |',
    '|---|---|---|---|---|---|---|',
    ...rows(object, defs),
  ];
}

/** One named part: what it is, where it is in a bundle, its fields and an example. */
function section(name: string, node: Node, defs: Record<string, Node>): string[] {
  const parts = BUNDLE_PARTS.filter((part) => part.name === name);
  const where = parts.map((part) => `In a bundle: ${code(part.pointer)} (e.g. ${code(`thamm.json${part.example}`)}), shown by ${code(`<${part.tag}>`)}.`);
  const objects = [node, ...((node.anyOf as Node[] | undefined) ?? [])].filter((option) => option.properties);
  const alternatives = node.anyOf && objects.length ? ['Its fields, when it is an object:', ''] : [];
  return [
    `## ${name}`,
    '',
    `**${String(node.title)}.** ${String(node.description)}`,
    ...(where.length ? ['', ...where] : []),
    ...(name === 'LocalizedText' ? ['', `Type: ${typeOf(node)}. Limits: ${limitsOf(node, defs).join(', ')}.`] : []),
    ...(objects.length ? ['', ...alternatives, ...objects.flatMap((object) => table(object, defs))] : []),
    ...(node.examples ? ['', 'Example:', '', '```json', JSON.stringify((node.examples as unknown[])[0], null, 2), '```'] : []),
    '',
  ];
}

/** The whole page, from the published JSON Schema. */
export function contentMarkdown(schema: JsonSchema): string {
  const defs = schema.$defs as Record<string, Node>;
  return [
    '<!-- Generated by build/write-schema.js from the content schemas (src/content-model/). Do not edit. -->',
    '',
    '# Content model',
    '',
    'Every element renders one JSON object. A CMS exports them all in one **content bundle**, and each',
    'element picks its part with a [JSON Pointer](https://www.rfc-editor.org/rfc/rfc6901) in the',
    'address: `src="thamm.json#/news/0"`. Fields the elements do not know are ignored by them.',
    '',
    'Help while you type: put `"$schema"` at the top of a content file and VS Code (or any editor',
    'with a JSON language server) shows what each field is on hover and underlines a wrong field or',
    'value as it is typed:',
    '',
    '```json',
    '{',
    '  "$schema": "./node_modules/thamm-widgets/dist/schema/thamm-content.schema.json",',
    '  "lang": "fr",',
    '  "news": []',
    '}',
    '```',
    '',
    'The schema is `thamm-widgets/schema.json` in the package. The schema flags a field name it does',
    'not know (a typo such as `titel`), although the elements would only ignore it.',
    '',
    '| Pointer in a bundle | Object | Element |',
    '|---|---|---|',
    ...BUNDLE_PARTS.map((part) => `| ${code(part.pointer)} | [${part.name}](#${part.name.toLowerCase()}) | ${code(`<${part.tag}>`)} |`),
    '',
    '## Content bundle',
    '',
    `**${String(schema.title)}.** ${String(schema.description)}`,
    '',
    ...table(schema, defs),
    '',
    ...Object.entries(defs).flatMap(([name, node]) => section(name, node, defs)),
  ].join('\n');
}
