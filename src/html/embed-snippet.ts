import {attributesOf, type EmbedTag} from '../core/collections.js';
import {DEFAULT_LANG, directionOf} from '../core/language.js';
import {languageTag} from '../core/schema-parts.js';
import type {Schema} from '../core/schema.js';
import {validate} from '../core/validate.js';
import {contactSchema} from '../contact-badge/contact.schema.js';
import {newsItemSchema} from '../news-card/news-item.schema.js';
import {newsListSchema} from '../news-list/news-list.schema.js';
import {partnerStripSchema} from '../partner-strip/partner-strip.schema.js';
import {quoteSchema} from '../quote/quote.schema.js';
import {EmbedError} from './embed-error.js';
import {escapeAttribute, inlineJson} from './escape.js';
import {contactFallback, newsFallback, newsListFallback, partnerStripFallback, quoteFallback, type FallbackContext} from './fallback.js';
import {linkBase, linkHref} from './links.js';

/** `element`: the custom element with inline JSON or `src`; `blockquote`: the form editors keep. */
export type EmbedForm = 'element' | 'blockquote';

export type AttributeValue = string | number | boolean | null | undefined;

export interface EmbedOptions {
  /** The element that shows the content. */
  element: EmbedTag;
  /** `element` (the default) or `blockquote`. */
  form?: EmbedForm;
  /**
   * Where the same document is published. The element form loads it instead of
   * carrying inline JSON; the blockquote form cites it (required there).
   * `pointer` is appended unless it has a fragment of its own. Relative URLs
   * in the content resolve against it.
   */
  src?: string;
  /** The JSON Pointer of the content in the `src` document: `/news/0`. */
  pointer?: string;
  /** The language of the snippet and its fallback; else `contentLang`, else `fr`. */
  lang?: string;
  /** The language of the content's plain strings: the bundle's `lang`. */
  contentLang?: string;
  /**
   * The element's own attributes: `heading-level` (news card, partner strip,
   * news list), `variant` (quote), `logo-height` and `monochrome` (partner
   * strip), `limit` and `tag` (news list). `true` writes the bare attribute;
   * `false`, `null`, `undefined` and `''` leave it out.
   */
  attributes?: Readonly<Record<string, AttributeValue>>;
  /** Told about each field the URL policy drops, in the elements' words. */
  warn?: (message: string) => void;
}

interface ElementKind<T> {
  schema: Schema<T>;
  fallback: (content: T, context: FallbackContext) => string[];
}

const kind = <T>(schema: Schema<T>, fallback: ElementKind<T>['fallback']) => ({schema, fallback}) as ElementKind<unknown>;

/** What each element validates and shows as fallback; its attributes are in core/collections.ts. */
const ELEMENTS: Record<EmbedTag, ElementKind<unknown>> = {
  'thamm-news-card': kind(newsItemSchema, newsFallback),
  'thamm-quote': kind(quoteSchema, quoteFallback),
  'thamm-partner-strip': kind(partnerStripSchema, partnerStripFallback),
  'thamm-contact-badge': kind(contactSchema, contactFallback),
  'thamm-news-list': kind(newsListSchema, newsListFallback),
};

/** A fragment from a JSON Pointer: each token percent-encoded, as the elements decode it. */
const fragment = (pointer: string) => `#${pointer.split('/').map(encodeURIComponent).join('/')}`;

function checkedLang(value: string, option: string) {
  if (!validate(languageTag, value).ok) throw new EmbedError(`${option}: "${value}" is not a BCP 47 language tag`);
  return value;
}

/** ` name="value"` for each attribute that is set. */
function attributeList(attributes: Record<string, AttributeValue>) {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== null && value !== false && value !== '')
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`))
    .join('');
}

/**
 * The HTML that embeds `content` in a page: the element with its content as
 * inline JSON (or `src`), or the blockquote form, each with fallback content
 * made from the content in the chosen language. Runs without a DOM (Node,
 * templates, build tools) and in browsers. Throws an {@link EmbedError} whose
 * message is the element's own for invalid content (`<thamm-news-card> title: required`).
 */
export function embedSnippet(content: unknown, options: EmbedOptions): string {
  const {element, form = 'element', pointer = '', warn = () => {}} = options;
  const elementKind = Object.hasOwn(ELEMENTS, element) ? ELEMENTS[element] : undefined;
  if (!elementKind) throw new EmbedError(`element: "${element}" is not one of ${Object.keys(ELEMENTS).join(', ')}`);
  if (form !== 'element' && form !== 'blockquote') throw new EmbedError(`form: "${String(form)}" is not element or blockquote`);

  const contentLang = options.contentLang === undefined ? undefined : checkedLang(options.contentLang, 'contentLang');
  const lang = options.lang === undefined ? (contentLang ?? DEFAULT_LANG) : checkedLang(options.lang, 'lang');
  let src: string | undefined;
  if (options.src !== undefined) {
    src = linkHref(options.src, linkBase(undefined));
    if (src === undefined) throw new EmbedError(`src: "${options.src}" is not an http(s) URL`);
    if (!src.includes('#') && pointer) src += fragment(pointer);
  } else if (form === 'blockquote') {
    throw new EmbedError('src: the blockquote form cites the published document: give its URL (--src)');
  }

  const checked = validate(elementKind.schema, content);
  if (!checked.ok) throw new EmbedError(`<${element}> ${checked.message}`);
  // Unset attributes are no attributes: a caller may pass all its options as they are.
  const attributes = Object.fromEntries(Object.entries(options.attributes ?? {}).filter(([, value]) => value !== undefined));
  for (const name of Object.keys(attributes)) {
    if (!attributesOf(element).includes(name)) throw new EmbedError(`${name}: not an attribute of <${element}>`);
  }
  const prefix = `<${element}> `;
  const fallback = elementKind.fallback(checked.value, {
    lang,
    contentLang,
    base: linkBase(src),
    attributes,
    warn: (message) => warn(prefix + message),
  });
  const dir = directionOf(lang) === 'rtl' ? 'rtl' : undefined;
  const indent = (line: string) => `  ${line}`;

  if (form === 'blockquote') {
    // The upgrade turns each data-* attribute into the element's attribute of the same name.
    const data = Object.fromEntries(Object.entries(attributes).map(([name, value]) => [`data-${name}`, value]));
    const opening = `<blockquote${attributeList({cite: src, class: 'thamm-embed', lang, dir, ...data})}>`;
    return [opening, ...fallback.map(indent), '</blockquote>'].join('\n');
  }
  const json = src === undefined
    ? ['<script type="application/json">', ...inlineJson(checked.value).split('\n').map(indent), '</script>']
    : [];
  const opening = `<${element}${attributeList({src, lang, dir, ...attributes})}>`;
  return [opening, ...[...json, ...fallback].map(indent), `</${element}>`].join('\n');
}
