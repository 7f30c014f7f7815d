/**
 * The one URL policy of every element (see the contract's security section).
 * Content never supplies a URL that is used unchecked: links must resolve to
 * http(s); images may also be `data:image/…`. The URL parser itself strips the
 * whitespace and control characters that attackers hide schemes behind, so
 * checking the parsed protocol covers every spelling of `javascript:`.
 */
export type UrlKind = 'link' | 'image';

/**
 * The policy for the elements: relative URLs resolve against `base`, by default the page's base URI.
 * Not cached: a feed's links are mostly distinct, and a cache key (kind, base and URL joined)
 * cost more to build and hash than the parse it saved.
 */
export const safeUrl = (value: string, kind: UrlKind, base = document.baseURI): string | undefined => checkUrl(value, kind, base);

/**
 * The policy itself, without a DOM: `value` resolved against `base`, as an
 * absolute URL, when it may be a link (`kind` "link") or an image; else
 * undefined. The elements pass the page's base URI; thamm-widgets/html passes
 * the URL of the document the content came from.
 */
export function checkUrl(value: string, kind: UrlKind, base: string | URL): string | undefined {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  if (kind === 'image' && url.protocol === 'data:' && /^image\//i.test(url.pathname)) {
    return url.href;
  }
  return undefined;
}

// Deliberately stricter than RFC 5322: nothing that could add mailto headers
// (`?`, `&`), fragments, escapes, list separators or white space.
const EMAIL = /^[^\s?&#%,@<>"'\\/:;()[\]]+@[^\s?&#%,@<>"'\\/:;()[\]]+\.[^\s?&#%,@<>"'\\/:;()[\]]+$/u;

/** A `mailto:` href built from a checked address, or undefined. */
export function mailtoHref(email: string): string | undefined {
  // \p{C} catches control, format (bidi) and unassigned characters.
  return EMAIL.test(email) && !/\p{C}/u.test(email) ? `mailto:${email}` : undefined;
}

// Digits with the usual separators, an optional leading +; no letters.
const PHONE = /^\+?[\d \u00A0\u202F().-]{3,30}$/;

/** A `tel:` href built from a checked phone number, or undefined. */
export function telHref(phone: string): string | undefined {
  const trimmed = phone.trim();
  if (!PHONE.test(trimmed) || (trimmed.match(/\d/g) ?? []).length < 3) return undefined;
  return `tel:${trimmed.replace(/[^\d+]/g, '')}`;
}
