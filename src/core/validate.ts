import * as v from 'valibot';

export type Validation<T> = {ok: true; value: T} | {ok: false; message: string};

/**
 * Validates content against an element's schema. Unknown fields are dropped
 * and `__proto__`/`constructor` keys are never copied, so the result is a
 * fresh object the element can trust. On failure the message names the first
 * failing field path: `image.src: required`.
 */
export function validate<T>(schema: v.GenericSchema<unknown, T>, input: unknown): Validation<T> {
  if (Array.isArray(input) && (schema as {type?: string}).type === 'object') {
    // The usual slip: `#/news` where `#/news/0` was meant.
    return {ok: false, message: 'content: a list, where one item was expected'};
  }
  const result = v.safeParse(schema, ownData(input), {abortPipeEarly: true});
  if (result.success) return {ok: true, value: result.output};
  const {field, message} = describe(result.issues[0]);
  return {ok: false, message: `${field || 'content'}: ${message}`};
}

/**
 * A union's own issue says only that no option fits; the option that got
 * furthest into the value (a language map with one bad entry) says where.
 * Its paths are relative to the union's.
 */
function describe(issue: v.BaseIssue<unknown>): {field: string; message: string} {
  const field = v.getDotPath(issue) ?? '';
  const deeper = issue.issues?.reduce<v.BaseIssue<unknown> | undefined>(
    (best, sub) => ((sub.path?.length ?? 0) > (best?.path?.length ?? 0) ? sub : best),
    undefined,
  );
  if (!deeper) return {field, message: issue.message};
  const inner = describe(deeper);
  return {field: [field, inner.field].filter(Boolean).join('.'), message: inner.message};
}

/** Deeper than any content object: past it, values are cut off. */
const MAX_DEPTH = 32;

/**
 * A copy of the input with only its own properties, in objects that have no
 * prototype: valibot checks fields with `key in input`, which would find a
 * `title` that some script put on Object.prototype. Each object is copied
 * once (shared references stay shared) and a cycle is cut where it closes.
 */
function ownData(value: unknown, depth = 0, copies = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) return undefined;
  if (copies.has(value)) return copies.get(value);
  copies.set(value, undefined); // while it is being copied, a path back to it ends here
  const copy: unknown = Array.isArray(value)
    ? value.map((item: unknown) => ownData(item, depth + 1, copies))
    : Object.fromEntries(Object.keys(value).map((key) => [key, ownData((value as Record<string, unknown>)[key], depth + 1, copies)]));
  if (!Array.isArray(copy)) Object.setPrototypeOf(copy, null);
  copies.set(value, copy);
  return copy;
}
