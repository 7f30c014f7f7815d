// Shared by the tests that pass snippets through real host software (WordPress, CKEditor):
// the snippets, the built bundle that upgrades them, and what each element must show.
import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {shadow, stateOf, textOf} from './helpers.js';

/** One embed per collection, each in a language of its own (Arabic for the right-to-left case). */
export const embeds = [
  {pointer: '/news/0', tag: 'thamm-news-card', lang: 'fr'},
  {pointer: '/quotes/1', tag: 'thamm-quote', lang: 'en'},
  {pointer: '/partners', tag: 'thamm-partner-strip', lang: 'ar'},
  {pointer: '/contacts/0', tag: 'thamm-contact-badge', lang: 'fr'},
] as const;
export type Embed = (typeof embeds)[number];

/** Where the seed is published: the test page's own origin, which the upgrade allows. */
export const seedDocument = () => `${location.origin}/content/thamm-seed.json`;

/** The snippet `thamm-widgets embed content/thamm-seed.json#<pointer>` prints. */
export const snippet = (embed: Pick<Embed, 'pointer' | 'lang'>, form: 'blockquote' | 'element') =>
  executeServerCommand<string, object>('embed', {pointer: embed.pointer, form, src: seedDocument(), lang: embed.lang});

/** Loads the one-file bundle partner sites use, as `npm run build` wrote it; it upgrades blockquotes. */
const BUNDLE = '/dist/thamm-widgets.js';
export async function loadBundle() {
  await import(/* @vite-ignore */ BUNDLE);
  if (!customElements.get('thamm-news-card')) throw new Error(`${BUNDLE} did not define <thamm-news-card>`);
}

type Text = string | Record<string, string>;
const inLang = (text: Text, lang: string) => (typeof text === 'string' ? text : text[lang]);
const fold = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim();

let seed: Promise<Record<string, unknown>> | undefined;
/** The seed bundle, as the elements load it. */
const seedContent = () => (seed ??= fetch('/content/thamm-seed.json').then((response) => response.json()));

/**
 * Waits until the embed inside `container` is upgraded and ready, then checks that a reader
 * sees its content, in its language: the title, the quote and speaker, the partners, the contact.
 */
export async function expectUpgradedAndReady(container: Element, embed: Pick<Embed, 'pointer' | 'tag' | 'lang'>) {
  await waitUntil(() => container.querySelector(embed.tag), `no <${embed.tag}> replaced the blockquote`, {timeout: 5000});
  const el = container.querySelector(embed.tag)!;
  await stateOf(el, 'ready');
  expect(el.getAttribute('lang'), 'lang carried over').to.equal(embed.lang);
  const content = await seedContent();
  const [, collection, index] = embed.pointer.split('/');
  const item = (index === undefined ? content[collection] : (content[collection] as unknown[])[Number(index)]) as Record<string, never>;
  const {lang} = embed;
  switch (collection) {
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
      expect(getComputedStyle(shadow(el).querySelector('[part=strip]')!).direction, 'Arabic reads right to left').to.equal('rtl');
      break;
    case 'contacts':
      expect(textOf(el, '[part=name]'), 'contact name').to.equal(inLang(item.name, lang));
      expect(textOf(el, '[part=email]'), 'e-mail').to.contain(item.email);
      break;
  }
  await expect(el).to.be.accessible();
  return el;
}
