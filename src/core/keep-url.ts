import type {Image} from './schema-parts.js';
import {safeUrl, type UrlKind} from './url-policy.js';

/** Receives the one warning for a dropped field. */
export type Warn = (message: string) => void;

/** A link or image URL that passes the policy, or undefined with one warning. */
export function keepUrl(value: string | undefined, field: string, warn: Warn, kind: UrlKind = 'link') {
  if (value === undefined) return undefined;
  const kept = safeUrl(value, kind);
  if (!kept) warn(`${field}: unsafe URL dropped (${JSON.stringify(value.slice(0, 80))})`);
  return kept;
}

/** An image whose `src` passes the policy, or undefined with one warning. */
export function keepImage(image: Image | undefined, field: string, warn: Warn): Image | undefined {
  const src = keepUrl(image?.src, `${field}.src`, warn, 'image');
  if (image && src) image.src = src;
  return src ? image : undefined;
}

/** Sets a content field, or removes it when `value` is undefined: content keeps no empty fields. */
export function put<O extends object, K extends keyof O>(object: O, key: K, value: O[K] | undefined) {
  if (value === undefined) delete object[key];
  else object[key] = value;
}
