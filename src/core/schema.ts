/**
 * A small schema kit for the content model. A schema checks a JSON value and
 * returns a trusted copy of it: only the fields it knows, read as own
 * properties into objects without a prototype, so neither unknown keys nor
 * fields that some script put on Object.prototype get through.
 * Each schema also carries the JSON Schema it stands for, which the build
 * publishes (build/write-schema.js): one source for both.
 *
 * Why not a validation library: the one-file bundle has a 14 kB gzip budget.
 * valibot was 2.2 kB gzip of it and needed a deep copy of the input first to
 * be safe on a polluted page; replacing it with this kit saved 1.7 kB, and
 * the kit copies while it checks.
 */

export type JsonSchema = {[keyword: string]: unknown};

export interface Schema<T> {
  /** The trusted copy of `input`; throws {@link Invalid} naming the field. */
  readonly check: (input: unknown) => T;
  /** The JSON type it takes, where it takes one: `object`, `array`, `string`… */
  readonly type?: string;
  /**
   * The JSON Schema (2020-12) this schema stands for, for the build to publish.
   * Empty in the one-file bundle: no page reads it (see `publishing`).
   */
  readonly json: JsonSchema;
  /** Set by {@link optional}: the field may be absent. */
  readonly optional?: true;
}

/**
 * Whether schemas carry their JSON Schema. The one-file bundle is built with
 * `__THAMM_JSON_SCHEMA__` defined as false (vite.config.ts), and the minifier
 * then drops every JSON Schema object from the code partner pages download;
 * the package's modules, which build/write-schema.js reads, keep them.
 */
declare const __THAMM_JSON_SCHEMA__: boolean | undefined;
const publishing = typeof __THAMM_JSON_SCHEMA__ === 'undefined' || __THAMM_JSON_SCHEMA__;
const publish = (json: () => JsonSchema): JsonSchema => (publishing ? json() : {});

/** A failed check. The path is filled in on the way out, outermost field first. */
export class Invalid extends Error {
  readonly path: (string | number)[] = [];
}

const fail = (message: string): never => {
  throw new Invalid(message);
};

const isMissing = (input: unknown) => input === undefined || input === null || input === '';

/** "required" when absent or empty, else "must be <expects>". */
const wrongType = (input: unknown, expects: string) => fail(isMissing(input) ? 'required' : `must be ${expects}`);

/** The JSON type of a value, as JSON Schema names it. */
const jsonType = (input: unknown) => (input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input);

/**
 * Checks one field's value, adding the field to the path of a failure. When a
 * field of `parent` is absent, a key of `parent` that looks like it misspelt
 * is named: `title: required (found "titel")`.
 */
function field<T>(schema: Schema<T>, value: unknown, key: string | number, parent?: object): T {
  try {
    return schema.check(value);
  } catch (error) {
    if (error instanceof Invalid) {
      const found = value === undefined && parent && Object.keys(parent).find((other) => misspelt(String(key), other));
      if (found) error.message += ` (found ${JSON.stringify(found)})`;
      error.path.unshift(key);
    }
    throw error;
  }
}

/**
 * Whether `other` looks like `key` misspelt: the same letters in any order
 * and case, give or take one letter each way ("titel", "Title", "titre").
 */
function misspelt(key: string, other: string) {
  let missing = key;
  for (const letter of other.toLowerCase()) missing = missing.replace(letter, '');
  // `missing`: the key's letters that `other` lacks; the rest of `other` is extra.
  return other !== key && missing.length < 2 && other.length - key.length + missing.length < 2;
}

/** Own properties only: a `title` on Object.prototype is not content. */
const own = (input: object, key: string | number): unknown =>
  Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined;

export interface StringRules {
  /** 1 makes an empty string count as missing: "required". */
  minLength?: number;
  /** Every string has a cap: content from a hostile document stays small. */
  maxLength: number;
  pattern?: RegExp;
  /** A check JSON Schema cannot say (a real calendar day); not published. */
  test?: (value: string) => boolean;
  /** The message when `pattern` or `test` refuse a string; else "must be <expects>". */
  invalid?: string;
}

export function string(expects: string, {minLength = 0, maxLength, pattern, test, invalid}: StringRules): Schema<string> {
  return {
    type: 'string',
    json: publish(() => ({type: 'string', minLength: minLength || undefined, maxLength, pattern: pattern?.source})),
    check: (input) => {
      if (typeof input !== 'string') return wrongType(input, expects);
      if (input.length < minLength) fail('required');
      if (input.length > maxLength) fail(`at most ${maxLength} characters`);
      if ((pattern && !pattern.test(input)) || (test && !test(input))) fail(invalid ?? `must be ${expects}`);
      return input;
    },
  };
}

/** A whole number, `expects` saying of what: "a whole number of pixels". */
export function integer(expects: string, minimum: number): Schema<number> {
  return {
    type: 'number',
    json: publish(() => ({type: 'integer', minimum})),
    check: (input) => {
      if (typeof input !== 'number' || !Number.isInteger(input)) return wrongType(input, expects);
      if (input < minimum) fail(`must be at least ${minimum}`);
      return input;
    },
  };
}

/** One of a fixed list of strings. */
export function oneOf<const T extends string>(values: readonly T[]): Schema<T> {
  return {
    json: publish(() => ({enum: values})),
    check: (input) => (values.includes(input as T) ? (input as T) : wrongType(input, `one of ${values.join(', ')}`)),
  };
}

/** A field that may be absent (`undefined`; `null` is not absence in this model). */
export function optional<T>(schema: Schema<T>): Schema<T | undefined> {
  return {...schema, optional: true, check: (input) => (input === undefined ? undefined : schema.check(input))};
}

/** The schemas of an object's fields: optional fields need an optional schema. */
export type Fields<T> = {[K in keyof T]-?: Schema<T[K]>};

export function object<T>(fields: Fields<T>, expects: string): Schema<T> {
  const keys = Object.keys(fields) as (keyof T & string)[];
  return {
    type: 'object',
    json: publish(() => ({
      type: 'object',
      properties: Object.fromEntries(keys.map((key) => [key, fields[key].json])),
      required: keys.filter((key) => !fields[key].optional),
    })),
    check: (input) => {
      if (jsonType(input) !== 'object') return wrongType(input, expects);
      const copy = Object.create(null) as T;
      for (const key of keys) {
        const value = field(fields[key], own(input as object, key), key, input as object);
        if (value !== undefined) copy[key] = value;
      }
      return copy;
    },
  };
}

/** A list; `maxItems` caps what a page has to render. */
export function array<T>(items: Schema<T>, expects: string, maxItems?: number, tooMany = `at most ${maxItems} items`): Schema<T[]> {
  return {
    type: 'array',
    json: publish(() => ({type: 'array', items: items.json, maxItems})),
    check: (input) => {
      if (!Array.isArray(input)) return wrongType(input, expects);
      if (input.length > (maxItems ?? Infinity)) fail(tooMany);
      return Array.from(input, (_, i) => field(items, own(input, i), i));
    },
  };
}

export interface RecordRules {
  minProperties: number;
  maxProperties: number;
  tooMany: string;
}

/** An object used as a map: every key and value checked. */
export function record<V>(
  keys: Schema<string>,
  values: Schema<V>,
  expects: string,
  {minProperties, maxProperties, tooMany}: RecordRules,
): Schema<Record<string, V>> {
  return {
    type: 'object',
    json: publish(() => ({type: 'object', propertyNames: keys.json, additionalProperties: values.json, minProperties, maxProperties})),
    check: (input) => {
      if (jsonType(input) !== 'object') return wrongType(input, expects);
      // Every key is checked: a `__proto__` key (JSON.parse makes it an own key) is not a language.
      const names = Object.keys(input as object);
      if (names.length < minProperties) fail('required');
      if (names.length > maxProperties) fail(tooMany);
      const copy = Object.create(null) as Record<string, V>;
      for (const name of names) {
        field(keys, name, name);
        copy[name] = field(values, own(input as object, name), name);
      }
      return copy;
    },
  };
}

/**
 * Options told apart by their JSON type (text, or a map of languages), so a
 * failure comes from the option the value was meant for and names its field.
 */
export function union<T>(options: Schema<T>[], expects: string): Schema<T> {
  return {
    json: publish(() => ({anyOf: options.map((option) => option.json)})),
    check: (input) => {
      const option = options.find((o) => o.type === jsonType(input));
      return option ? option.check(input) : wrongType(input, expects);
    },
  };
}
