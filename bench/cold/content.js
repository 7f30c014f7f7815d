// What the hand-written and peer pages of the cold-load measure do that
// thamm-widgets does for itself: read the card's content from its inline JSON
// or fetch it from its src, and say when the card is laid out.

/** The content of `host`: its inline JSON child, or its `data-src` document's part (`#/news/0`). */
export async function contentOf(host) {
  const script = host.querySelector('script[type="application/json"]');
  if (script) return JSON.parse(script.textContent);
  const url = new URL(host.dataset.src, location.href);
  const document = await (await fetch(url)).json();
  const item = url.hash.slice(2).split('/').reduce((part, key) => part[key], document);
  item.image.src = new URL(item.image.src, url).href;
  return item;
}

/** The card is in the page and the browser has laid it out: the cold-load measure's end. */
export function laidOut(card) {
  card.getBoundingClientRect();
  window.result = {laidOut: performance.now()};
  console.info('laid out');
}
