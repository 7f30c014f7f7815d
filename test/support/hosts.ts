// Shared by the tests that pass snippets through real host software (WordPress, CKEditor):
// the snippets, the built bundle that upgrades them, and what each element must show.
import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {shadow, stateOf, textOf} from './helpers.js';

/** One embed per collection, each in a language of its own (Arabic for right to left); a heading level where the element has one. */
export const embeds: readonly Embed[] = [
  {pointer: '/news/0', tag: 'thamm-news-card', lang: 'fr', headingLevel: 2},
  {pointer: '/quotes/1', tag: 'thamm-quote', lang: 'en'},
  {pointer: '/partners', tag: 'thamm-partner-strip', lang: 'ar', headingLevel: 3},
  {pointer: '/contacts/0', tag: 'thamm-contact-badge', lang: 'fr'},
  {pointer: '/news', tag: 'thamm-news-list', lang: 'ar'},
];
export interface Embed {
  pointer: string;
  tag: string;
  lang: string;
  headingLevel?: number;
}

/** Where the seed is published: the test page's own origin, which the upgrade allows. */
export const seedDocument = () => `${location.origin}/content/thamm-seed.json`;

/**
 * The snippet `thamm-widgets embed content/thamm-seed.json#<pointer>` prints: the blockquote
 * citing the published seed, or the element with its content as inline JSON.
 */
export const snippet = ({pointer, lang, headingLevel}: Embed, form: 'blockquote' | 'element') =>
  executeServerCommand<string, object>('embed', {pointer, form, lang, headingLevel, src: form === 'blockquote' ? seedDocument() : undefined});

/** Loads the one-file bundle partner sites use, as `npm run build` wrote it; it upgrades blockquotes. */
const BUNDLE = '/dist/thamm-widgets.js';
export async function loadBundle() {
  await import(/* @vite-ignore */ BUNDLE);
  if (!customElements.get('thamm-news-card')) throw new Error(`${BUNDLE} did not define <thamm-news-card>`);
}

export const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;
export const fold = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim();

/** The level of the first heading the element renders (1–6), or undefined. */
export const headingLevelOf = (el: Element) => {
  const heading = shadow(el).querySelector('h1, h2, h3, h4, h5, h6');
  return heading ? Number(heading.localName[1]) : undefined;
};

type Text = string | Record<string, string>;
const inLang = (text: Text, lang: string) => (typeof text === 'string' ? text : text[lang]);

let seed: Promise<Record<string, unknown>> | undefined;
/** The seed bundle, as the elements load it. */
const seedContent = () => (seed ??= fetch('/content/thamm-seed.json').then((response) => response.json()));

/**
 * Waits until the blockquote of `embed` inside `container` became its element, ready,
 * and checks that a reader sees its content in `lang`: the title, the quote and its
 * speaker, the partners, the contact. Returns the element.
 */
export async function expectUpgradedAndReady(container: Element, {pointer, tag}: Embed, lang: string) {
  await waitUntil(() => container.querySelector(tag), `no <${tag}> replaced the blockquote`, {timeout: 5000});
  const el = container.querySelector(tag)!;
  await stateOf(el, 'ready');
  const content = await seedContent();
  const [, collection, index] = pointer.split('/');
  const item = (index === undefined ? content[collection] : (content[collection] as unknown[])[Number(index)]) as Record<string, never>;
  switch (index === undefined && collection === 'news' ? 'news list' : collection) {
    case 'news list': {
      // The latest news: each item a card; the seed has one.
      const card = shadow(el).querySelector('thamm-news-card')!;
      await stateOf(card, 'ready');
      const [first] = content.news as Record<string, never>[];
      expect(textOf(card, '[part=title]'), 'the list\'s card title').to.equal(inLang(first.title, lang));
      break;
    }
    case 'news':
      expect(textOf(el, '[part=title]'), 'news title').to.equal(inLang(item.title, lang));
      break;
    case 'quotes':
      expect(fold(shadow(el).querySelector('blockquote p')?.textContent), 'quote').to.contain(fold(inLang(item.text, lang)));
      expect(textOf(el, '[part=name]'), 'speaker').to.equal(inLang((item.author as {name: Text}).name, lang));
      break;
    case 'partners':
      expect(textOf(el, '[part=title]'), 'strip title').to.equal(inLang(item.title, lang));
      expect(shadow(el).querySelectorAll('[part=partner]').length, 'partners').to.equal((item.partners as unknown[]).length);
      break;
    case 'contacts':
      expect(textOf(el, '[part=name]'), 'contact name').to.equal(inLang(item.name, lang));
      expect(textOf(el, '[part=email]'), 'e-mail').to.contain(item.email);
      break;
  }
  const direction = getComputedStyle(shadow(el).querySelector('[part]')!).direction;
  expect(direction, `${lang} direction`).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
  await expect(el).to.be.accessible();
  return el;
}
