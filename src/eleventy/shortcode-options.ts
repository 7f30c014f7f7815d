import type {AttributeValue, EmbedForm, EmbedOptions} from '../html/index.js';
import {EmbedError} from '../html/index.js';

/**
 * What a template passes after the content: `lang`, `form`, `src`, `pointer`,
 * `contentLang`, and the element's attributes (`heading-level` or
 * `headingLevel`, `variant`, …).
 */
export type ShortcodeOptions = Readonly<Record<string, AttributeValue>>;

/** Options of the snippet itself; every other name is one of the element's attributes. */
const SNIPPET_OPTIONS = new Set(['lang', 'form', 'src', 'pointer', 'content-lang']);

/** `headingLevel` → `heading-level`: Nunjucks keyword arguments and JS objects cannot easily write a hyphen. */
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * The options as the template engine passed them: one object (Nunjucks,
 * JavaScript; Nunjucks marks keyword arguments with `__keywords`), or name,
 * value pairs (Liquid has no object literals: `{% thammQuote q, "variant", "featured" %}`).
 */
export function optionsFrom(rest: readonly unknown[]): Record<string, AttributeValue> {
  if (rest.length === 0 || (rest.length === 1 && rest[0] == null)) return {};
  if (rest.length === 1 && typeof rest[0] === 'object') {
    return Object.fromEntries(Object.entries(rest[0] as Record<string, AttributeValue>).filter(([name]) => name !== '__keywords'));
  }
  if (rest.length % 2 !== 0 || rest.some((value, i) => i % 2 === 0 && typeof value !== 'string')) {
    throw new EmbedError('options: pass one object, or name, value pairs ("lang", "ar")');
  }
  const options: Record<string, AttributeValue> = {};
  for (let i = 0; i < rest.length; i += 2) options[rest[i] as string] = rest[i + 1] as AttributeValue;
  return options;
}

const text = (value: AttributeValue) => (value === undefined || value === null ? undefined : String(value));

/** The {@link EmbedOptions} for `element`, from a shortcode's options; `pageLang` when no `lang` is given. */
export function embedOptions(element: EmbedOptions['element'], options: ShortcodeOptions, pageLang?: string): EmbedOptions {
  const snippet: Record<string, AttributeValue> = {};
  const attributes: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(options)) {
    const key = kebab(name);
    (SNIPPET_OPTIONS.has(key) ? snippet : attributes)[key] = value;
  }
  return {
    element,
    form: text(snippet.form) as EmbedForm | undefined,
    src: text(snippet.src),
    pointer: text(snippet.pointer),
    lang: text(snippet.lang) ?? pageLang,
    contentLang: text(snippet['content-lang']),
    attributes,
  };
}
