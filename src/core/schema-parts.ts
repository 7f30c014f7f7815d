/**
 * Valibot pieces of the content model that every element shares. The same
 * schemas validate content at run time and produce the published JSON Schema,
 * so messages are written for page authors: `title: required`.
 */
import * as v from 'valibot';

type Issue = v.BaseIssue<unknown>;
const isMissing = (input: unknown) => input === undefined || input === null || input === '';

/** "required" when absent or empty, else "must be <expected>". */
export const expected = (what: string) => (issue: Issue) =>
  isMissing(issue.input) ? 'required' : `must be ${what}`;

/**
 * `v.object` whose entries have no prototype: valibot walks them with
 * `for…in`, so a page that added enumerable keys to Object.prototype would
 * otherwise add "fields" to every schema.
 */
export function object<const T extends v.ObjectEntries>(entries: T, message: (issue: Issue) => string) {
  return v.object(Object.setPrototypeOf({...entries}, null) as T, message);
}

/**
 * Caps that keep a huge or hostile document from freezing the page: no widget
 * text needs more than 5 000 characters (the seed's longest is under 500), no
 * URL more than browsers accept, no text more than 12 languages.
 */
export const LIMITS = {text: 5000, url: 2048, languages: 12, tags: 30} as const;

const TOO_LONG = `at most ${LIMITS.text} characters`;

export const text = v.pipe(v.string(expected('text')), v.nonEmpty('required'), v.maxLength(LIMITS.text, TOO_LONG));

const languageMap = v.pipe(
  v.record(
    v.pipe(v.string(), v.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/, 'must be a BCP 47 language tag')),
    v.pipe(v.string(expected('text')), v.maxLength(LIMITS.text, TOO_LONG)),
  ),
  v.minEntries(1, 'required'),
  v.maxEntries(LIMITS.languages, `at most ${LIMITS.languages} languages`),
);
const localized = 'text or an object of language tags to text';

/** A plain string, or an object of BCP 47 tags to strings. */
export const localizedText = v.union([text, languageMap], expected(localized));

/** A URL as written in content; the URL policy decides at render time whether it is kept. */
export const url = v.pipe(
  v.string(expected('a URL')),
  v.nonEmpty('required'),
  v.maxLength(LIMITS.url, `at most ${LIMITS.url} characters`),
);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 calendar date, with an optional time. */
export const isoDate = v.pipe(
  v.string(expected('an ISO 8601 date')),
  v.regex(ISO_DATE, 'not an ISO 8601 date'),
  v.check((value) => !Number.isNaN(parseIsoDate(value).getTime()), 'not an ISO 8601 date'),
);

/** Date-only values mean that day everywhere: they are read, and shown, in UTC. */
export function parseIsoDate(value: string): Date {
  const dateOnly = value.length === 10;
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  // Date accepts 2020-02-31 as 2 March: round-trip the day to refuse it.
  if (dateOnly && date.toISOString().slice(0, 10) !== value) return new Date(NaN);
  return date;
}

const dimension = v.pipe(
  v.number(expected('a number of pixels')),
  v.integer('must be a whole number of pixels'),
  v.minValue(1, 'must be at least 1'),
);

export const image = object(
  {
    src: url,
    // Empty for a decorative image.
    alt: v.union([v.string(), languageMap], expected(localized)),
    width: v.optional(dimension),
    height: v.optional(dimension),
  },
  expected('an object {src, alt}'),
);

export type LocalizedTextValue = v.InferOutput<typeof localizedText>;
export type ImageValue = v.InferOutput<typeof image>;
