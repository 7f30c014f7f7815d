/**
 * Upgrades the editor-proof form of every element, a `<blockquote cite>` that
 * names a collection of a content bundle, into the element itself (contract:
 * "Editor-proof embeds"). Runs when imported: by the one-file bundle and the
 * autoloader, never by the side-effect-free entries. One observer for the
 * whole page upgrades blockquotes added later; every other blockquote is left
 * alone.
 */
import {collectionFor} from '../core/collections.js';

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
  const embed = collectionFor(pointer);
  if (!/^https?:$/.test(url.protocol) || !embed) return;
  if (!allowed(url.origin)) {
    if (!warned.has(url.origin)) {
      warned.add(url.origin);
      console.warn(`thamm-widgets: ${cite} is not upgraded; to allow it, list ${url.origin} in <meta name="thamm-widgets-origins">`);
    }
    return;
  }
  const element = document.createElement(embed.tag);
  element.setAttribute('src', url.href);
  for (const name of ['lang', 'dir', ...embed.attributes.map((name) => `data-${name}`)]) {
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
