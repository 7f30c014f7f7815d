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

/** A valid quote with every field. */
export const quote = (overrides: Record<string, unknown> = {}) => ({
  id: 'q1',
  text: {fr: 'Migrer par choix et non par nécessité', en: 'To migrate by choice, not out of necessity', ar: 'الهجرة عن اختيار لا عن ضرورة'},
  author: {
    name: 'Rania Bikhazi',
    role: {fr: 'Directrice du Bureau de l’OIT à Alger', en: 'Director of the ILO Office in Algiers', ar: 'مديرة مكتب منظمة العمل الدولية بالجزائر'},
    organization: {fr: 'OIT', en: 'ILO', ar: 'منظمة العمل الدولية'},
    image: {src: '/content/logos/ilo.svg', alt: 'Portrait'},
  },
  topic: {fr: 'Protection', en: 'Protection', ar: 'الحماية'},
  date: '2020-10-14',
  source: {url: 'https://example.org/article', label: {fr: 'Lire l’article', en: 'Read the article', ar: 'اقرأ المقال'}},
  ...overrides,
});

/** A partner; role, logo and url as given. */
export const partner = (name: string, extra: Record<string, unknown> = {}) => ({name, ...extra});

/** A valid contact with every field but the photo. */
export const contact = (overrides: Record<string, unknown> = {}) => ({
  name: 'Abderrahim Amraoui',
  role: {fr: 'Coordinateur National du Projet', en: 'National Project Coordinator', ar: 'المنسق الوطني للمشروع'},
  organization: {fr: 'OIT', en: 'ILO', ar: 'منظمة العمل الدولية'},
  email: 'amraoui@ilo.org',
  phone: '+212 5 37 00 00 00',
  url: 'https://www.ilo.org/',
  ...overrides,
});

/** Accessible-name-ish text of an element: its text content, white space folded. */
export const spokenText = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
