import {fixture, html, waitUntil} from '@open-wc/testing';
import type {ContentState} from '../../src/core/thamm-element.js';

// The sample content that the stories show, so tests and stories agree.
export {contact, newsItem, newsList, partner, partnerStrip, quote} from '../../stories/samples.js';

/** Waits until the element's `state` attribute says `state`. */
export async function stateOf(element: Element, state: ContentState, timeout = 5000) {
  await waitUntil(() => element.getAttribute('state') === state, `state never became ${state}`, {timeout});
  await (element as Element & {updateComplete?: Promise<unknown>}).updateComplete;
}

/** Records console.warn calls until `restore()`; in a describe, `warningsInEachTest()` does the restoring. */
export function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {messages, restore: () => (console.warn = original)};
}

/**
 * Captures console.warn in each test of the enclosing `describe` (and restores it
 * after each): `warnings.messages` is what the running test has warned so far.
 */
export function warningsInEachTest() {
  let current = captureWarnings();
  current.restore();
  beforeEach(() => (current = captureWarnings()));
  afterEach(() => current.restore());
  return {
    get messages() {
      return current.messages;
    },
  };
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

/** Accessible-name-ish text of an element: its text content, white space folded. */
export const spokenText = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

/**
 * Mounts `tag` with `data` (in a fixture, so it is cleaned up) and gives the first
 * image of its shadow root that fails to load: proof that the image was rendered
 * before the element took it away.
 */
export async function mountWithFailingImage<E extends HTMLElement>(tag: string, data: unknown) {
  const wrapper = await fixture(html`<div></div>`);
  const el = document.createElement(tag) as E & {data: unknown};
  el.data = data;
  wrapper.append(el);
  // The shadow root exists once connected; the first render and the image's load come later.
  // An image's error event does not bubble: catch it on its way down.
  const failed = new Promise<HTMLImageElement>((resolve) =>
    shadow(el).addEventListener('error', (event) => resolve(event.target as HTMLImageElement), {capture: true, once: true}),
  );
  return {el, failed};
}

/** A thamm element as tests drive it. */
export type Widget = HTMLElement & {data?: unknown; src?: string; state: ContentState; updateComplete: Promise<boolean>};

/** Puts a `tag` element with `data` in a fixture (so it is cleaned up), once it has rendered. */
export async function mount(tag: string, data: unknown, attributes: Record<string, string> = {}) {
  const wrapper = await fixture(html`<div></div>`);
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = data;
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** The `part` names rendered in the element's shadow root. */
export const partsOf = (el: Element) => [...shadow(el).querySelectorAll('[part]')].map((part) => part.getAttribute('part'));
