import {waitUntil} from '@open-wc/testing';
import type {ContentState} from '../../src/core/thamm-element.js';
import type {NewsItem} from '../../src/news-card/news-item.schema.js';

/** A valid news item with every field, French only unless a test says otherwise. */
export const newsItem = (overrides: Partial<Record<keyof NewsItem, unknown>> = {}) => ({
  id: 'launch',
  title: 'Lancement officiel du programme THAMM au Maroc',
  date: '2020-10-15',
  category: 'Actualité',
  summary: 'Le programme a été lancé le 14 octobre 2020 à Rabat.',
  url: 'https://example.org/thamm',
  image: {src: '/content/images/thamm-launch.svg', alt: 'La cérémonie de lancement', width: 1200, height: 675},
  location: 'Rabat, Maroc',
  tags: ['THAMM', 'Migration', 'Maroc'],
  ...overrides,
});

/** Waits until the element's `state` attribute says `state`. */
export async function stateOf(element: Element, state: ContentState, timeout = 5000) {
  await waitUntil(() => element.getAttribute('state') === state, `state never became ${state}`, {timeout});
  await (element as Element & {updateComplete?: Promise<unknown>}).updateComplete;
}

/** Records console.warn calls until `restore()`. */
export function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {messages, restore: () => (console.warn = original)};
}

/** The element's shadow root, for reading what a user sees. */
export const shadow = (element: Element) => element.shadowRoot as ShadowRoot;

/** Visible text of a rendered part, white space folded. */
export const textOf = (element: Element, selector: string) =>
  shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

/** A URL for a unique copy of the seed bundle, so tests never share the page-wide cache. */
let counter = 0;
export const seedUrl = (pointer = '/news/0', delay = 0) =>
  `/mock/seed.json?v=${Date.now()}-${counter++}&delay=${delay}#${pointer}`;

/** How many requests the mock server saw for a URL's `?v=` key. */
export async function requestsFor(url: string): Promise<number> {
  const key = new URL(url, location.href).searchParams.get('v') ?? '';
  const response = await fetch(`/mock/hits?v=${encodeURIComponent(key)}`);
  return (await response.json()) as number;
}
