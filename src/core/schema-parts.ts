/**
 * Pieces of the content model that every element shares. The same schemas
 * validate content at run time and produce the published JSON Schema, so
 * messages are written for page authors: `title: required`.
 */
import type {LocalizedText} from './language.js';
import {integer, object, optional, record, string, union, type Schema} from './schema.js';

export type {LocalizedText};

/** An image: `alt` is empty for a decorative one. Width and height, in pixels, reserve its space. */
export interface Image {
  src: string;
  alt: LocalizedText;
  width?: number;
  height?: number;
}

/**
 * Caps that keep a huge or hostile document from freezing the page: no widget
 * text needs more than 5 000 characters (the seed's longest is under 500), no
 * URL more than browsers accept, no text more than 12 languages.
 */
export const LIMITS = {text: 5000, url: 2048, languages: 12, tags: 30} as const;

/** Text that must not be empty. */
export const text = string('text', {minLength: 1, maxLength: LIMITS.text});

/** Text that may be empty: a translation, a decorative image's alt. */
const textOrEmpty = string('text', {maxLength: LIMITS.text});

/** A BCP 47 language tag: `fr`, `ar-MA`. */
export const languageTag = string('a BCP 47 language tag', {maxLength: 35, pattern: /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/});

const languageMap = record(languageTag, textOrEmpty, 'an object of language tags to text', {
  minProperties: 1,
  maxProperties: LIMITS.languages,
  tooMany: `at most ${LIMITS.languages} languages`,
});
const localized = 'text or an object of language tags to text';

/** A plain string, or an object of BCP 47 tags to strings. */
export const localizedText: Schema<LocalizedText> = union<LocalizedText>([text, languageMap], localized);

/** A URL as written in content; the URL policy decides at render time whether it is kept. */
export const url = string('a URL', {minLength: 1, maxLength: LIMITS.url});

/** An ISO 8601 calendar date, with an optional time. */
export const isoDate = string('an ISO 8601 date', {
  maxLength: 40,
  pattern: /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
  test: (value) => !Number.isNaN(parseIsoDate(value).getTime()),
  invalid: 'not an ISO 8601 date',
});

/** Date-only values mean that day everywhere: they are read, and shown, in UTC. */
export function parseIsoDate(value: string): Date {
  const dateOnly = value.length === 10;
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  // V8 and Gecko read 2020-02-31 as 2 March: round-trip the day to refuse it.
  // JavaScriptCore refuses it already, and toISOString throws on that invalid date.
  if (dateOnly && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) !== value) return new Date(NaN);
  return date;
}

const pixels = integer('a whole number of pixels', 1);

export const image = object<Image>(
  {
    src: url,
    alt: union<LocalizedText>([textOrEmpty, languageMap], localized),
    width: optional(pixels),
    height: optional(pixels),
  },
  'an object {src, alt}',
);
