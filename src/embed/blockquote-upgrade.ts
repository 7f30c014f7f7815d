/**
 * Upgrades the editor-proof form of every element, a `<blockquote cite>` that
 * names a collection of a content bundle, into the element itself (contract:
 * "Editor-proof embeds"). Runs when imported: by the one-file bundle and the
 * autoloader, never by the side-effect-free entries. One observer for the
 * whole page upgrades blockquotes added later; every other blockquote is left
 * alone.
 */

/**
 * Pointer shapes and what they become: `news/` is one item (`#/news/0`),
 * `partners` the whole collection (`#/partners`). After the tag, the `data-*`
 * names the element takes as attributes; only these, so `data-onclick` or
 * `data-src` never becomes an attribute.
 */
const EMBEDS: Record<string, string> = {
  'news/': 'thamm-news-card heading-level',
  news: 'thamm-news-list heading-level limit tag',
  'quotes/': 'thamm-quote variant',
  partners: 'thamm-partner-strip heading-level logo-height monochrome',
  'contacts/': 'thamm-contact-badge',
};

/** A collection, then an array index or nothing: `/news/0`, `/partners`. */
const POINTER = /^\/(\w+)(\/(?:0|[1-9]\d*))?$/;

/** The script's own origin: in the one-file bundle, where the bundle was loaded from. */
const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

const warned = new Set<string>();

/** Makes the element a blockquote stands for, with the blockquote inside; or leaves it. */
function upgrade(quote: Element) {
  // One removed before the observer ran is skipped (upgraded if it comes
  // back). One already inside an element (upgraded, also by another copy of
  // the bundle, or a snippet's fallback) stays fallback: so each is upgraded once.
  if (!quote.isConnected || quote.parentElement?.localName.startsWith('thamm-')) return;
  // Inside an editor's editable area (CKEditor, a block editor) it is content being edited.
  if (quote.closest('[contenteditable]:not([contenteditable=false])')) return;
  const cite = quote.getAttribute('cite') ?? '';
  let url: URL;
  let pointer: string;
  try {
    url = new URL(cite, document.baseURI);
    pointer = decodeURIComponent(url.hash.slice(1));
  } catch {
    return;
  }
  const [, collection, index] = POINTER.exec(pointer) ?? [];
  const key = collection + (index ? '/' : '');
  if (!/^https?:$/.test(url.protocol) || !Object.hasOwn(EMBEDS, key)) return;
  if (!allowed(url.origin)) {
    if (!warned.has(url.origin)) {
      warned.add(url.origin);
      console.warn(`thamm-widgets: ${cite} is not upgraded; to allow it, list ${url.origin} in <meta name="thamm-widgets-origins">`);
    }
    return;
  }
  const [tag, ...names] = EMBEDS[key].split(' ');
  const element = document.createElement(tag);
  element.setAttribute('src', url.href);
  for (const name of ['lang', 'dir', ...names.map((name) => `data-${name}`)]) {
    const value = quote.getAttribute(name);
    if (value !== null) element.setAttribute(name.replace('data-', ''), value);
  }
  quote.replaceWith(element);
  element.append(quote);
}

/** The page's origin, the script's, and those the page lists in its meta (exactly, as the warning prints them). */
function allowed(origin: string) {
  return (
    origin === location.origin ||
    origin === SCRIPT_ORIGIN ||
    !!document.querySelector<HTMLMetaElement>('meta[name="thamm-widgets-origins"]')?.content.split(/\s+/).includes(origin)
  );
}

/**
 * Only a cite with a fragment that starts like a JSON Pointer can be an
 * embed: the selector leaves every other blockquote to the browser's native
 * code, so a long article with no embeds costs no script per quote.
 */
const CANDIDATES = 'blockquote[cite*="#/"]';

/** Checks a subtree, its root included. */
function scan(root: Element | Document) {
  if (root instanceof Element && root.matches(CANDIDATES)) upgrade(root);
  for (const quote of root.querySelectorAll(CANDIDATES)) upgrade(quote);
}

scan(document);
// The parser's insertions are reported too, so blockquotes below an async script are not missed.
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }
}).observe(document.documentElement, {childList: true, subtree: true});
