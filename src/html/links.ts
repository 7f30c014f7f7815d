import {checkUrl} from '../core/url-policy.js';

/**
 * Link URLs for a snippet, through the elements' own URL policy. Relative URLs
 * in content resolve against the document they came from (`src`). Where that
 * is not an absolute URL (no `src`, or `/content/thamm.json`), the page that
 * will hold the snippet is unknown: a relative URL stays relative — rewritten
 * against the relative `src` — and the visitor's browser resolves it, as the
 * element does. The policy is checked against a stand-in page here; any
 * http(s) page gives the same answer, since a relative URL keeps its page's scheme.
 */
const DEPTH = 8;
const PAGE = new URL(`https://page.invalid/${'__page__/'.repeat(DEPTH)}`);

/** The URL a link's relative URLs resolve against: `src` itself, or `src` on the stand-in page. */
export function linkBase(src: string | undefined): URL {
  return new URL(src ?? '', PAGE);
}

/** A link's href that passes the policy, or undefined; relative when `base` is on the stand-in page. */
export function linkHref(value: string, base: URL): string | undefined {
  const href = checkUrl(value, 'link', base);
  return href === undefined ? undefined : relativeToPage(new URL(href));
}

/** Back from the stand-in page to a URL relative to the real one. */
function relativeToPage(url: URL): string {
  if (url.origin !== PAGE.origin) return url.href;
  const segments = url.pathname.split('/').slice(1);
  let kept = 0;
  while (kept < DEPTH && segments[kept] === '__page__') kept++;
  const rest = segments.slice(kept).join('/') + url.search + url.hash;
  // Nothing kept: the URL was root-relative (`/news/1`), or went up past the stand-in.
  if (kept === 0) return `/${rest}`;
  const relative = '../'.repeat(DEPTH - kept) + rest || './';
  // `A:b` would be read as a URL of scheme `a:`: a first segment with a colon needs `./`.
  return /^[^/?#]*:/.test(relative) ? `./${relative}` : relative;
}
