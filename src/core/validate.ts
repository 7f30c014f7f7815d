import {Invalid, type Schema} from './schema.js';

export type Validation<T> = {ok: true; value: T} | {ok: false; message: string};

/**
 * Validates content against an element's schema. The value is a fresh copy
 * the element can trust (see schema.ts). On failure the message names the
 * first failing field path: `image.src: required`.
 */
export function validate<T>(schema: Schema<T>, input: unknown): Validation<T> {
  if (Array.isArray(input) && schema.type === 'object') {
    // The usual slip: `#/news` where `#/news/0` was meant.
    return {ok: false, message: 'content: a list, where one item was expected'};
  }
  try {
    return {ok: true, value: schema.check(input)};
  } catch (error) {
    // Anything else was thrown by the input itself: a getter or a proxy set from JS.
    if (!(error instanceof Invalid)) return {ok: false, message: 'content: could not be read'};
    return {ok: false, message: `${error.path.join('.') || 'content'}: ${error.message}`};
  }
}
