import type {Image} from './schema-parts.js';
import {safeUrl, type UrlKind} from './url-policy.js';

/** Where content came from: what its relative URLs resolve against, and who warns of a dropped field. */
export interface UrlContext {
  /** The document's URL; the page's base URI when absent (`data`, inline JSON). */
  base?: string;
  warn: (message: string) => void;
}

/** A link or image URL that passes the policy, resolved, or undefined with one warning. */
export function keepUrl(value: string | undefined, field: string, {base, warn}: UrlContext, kind: UrlKind = 'link') {
  if (value === undefined) return undefined;
  const kept = safeUrl(value, kind, base);
  if (!kept) warn(`${field}: unsafe URL dropped (${JSON.stringify(value.slice(0, 80))})`);
  return kept;
}

/** An image whose `src` passes the policy, or undefined with one warning. */
export function keepImage(image: Image | undefined, field: string, context: UrlContext): Image | undefined {
  const src = keepUrl(image?.src, `${field}.src`, context, 'image');
  if (image && src) image.src = src;
  return src ? image : undefined;
}

/** Sets a content field, or removes it when `value` is undefined: content keeps no empty fields. */
export function put<O extends object, K extends keyof O>(object: O, key: K, value: O[K] | undefined) {
  if (value === undefined) delete object[key];
  else object[key] = value;
}
