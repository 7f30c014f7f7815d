import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/all.js';
import {
  contact, mount, newsItem, newsList, partnerStrip, partsOf, quote, shadow, stateOf, warningsInEachTest, type Widget,
} from './support/helpers.js';

// What every element shares, checked on every element: the three ways content gets in,
// the states and events, a change of language, invalid content and fallback content.
// Element-specific behaviour stays in each element's own test file.

/** A date as the elements write it in Arabic. */
const arabicDate = (iso: string) =>
  new Intl.DateTimeFormat('ar', {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${iso}T00:00:00Z`));

interface Subject {
  tag: string;
  /** Valid content with every field (the stories' samples). */
  valid: () => object;
  /** Content that lacks a required field, and the message that names it. */
  invalid: [data: object, message: string];
  /** What it shows of the valid content in Arabic only: a UI string or a date. */
  arabic: () => string;
}

// One line per element.
const ELEMENTS: Subject[] = [
  {tag: 'thamm-news-card', valid: newsItem, invalid: [{date: '2020-10-15'}, 'title: required'], arabic: () => arabicDate('2020-10-15')},
  {tag: 'thamm-quote', valid: quote, invalid: [{text: 'Mots'}, 'author: required'], arabic: () => arabicDate('2020-10-14')},
  {tag: 'thamm-partner-strip', valid: partnerStrip, invalid: [{title: 'Partenaires'}, 'partners: required'], arabic: () => 'بتمويل من'},
  {tag: 'thamm-contact-badge', valid: contact, invalid: [{email: 'a@example.org'}, 'name: required'], arabic: () => 'نسخ العنوان'},
  {tag: 'thamm-news-list', valid: newsList, invalid: [{items: [{date: '2020-10-15'}]}, 'items.0.title: required'], arabic: () => 'كل الأخبار'},
];

/** What a reader gets from the element: its text and the labels screen readers speak. */
const readOut = (el: Element) =>
  [shadow(el).textContent, ...[...shadow(el).querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'))]
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The direction its content is laid out in. */
const directionOf = (el: Element) => getComputedStyle(shadow(el).querySelector('[part]')!).direction;

/** Content with its relative URLs made root-relative, so they mean the same from a `src` document as from the page. */
const rooted = (content: object) => JSON.parse(JSON.stringify(content).replaceAll('"content/', '"/content/')) as object;

/** The content as the elements pass it on: every URL absolute. */
const normalised = (content: object) =>
  JSON.parse(JSON.stringify(content).replaceAll('"content/', `"${location.origin}/content/`)) as object;

/** A `src` that serves `content` inside a document, selected by a JSON Pointer, after `delay` ms. */
let served = 0;
const srcFor = (content: object, delay = 0) =>
  `/mock/json?v=core-${Date.now()}-${served++}&delay=${delay}&body=${encodeURIComponent(JSON.stringify({items: [rooted(content)]}))}#/items/0`;

/** An element in a fixture, with fallback content and optional inline JSON, not yet given data or src. */
async function unmounted(tag: string, inline?: object | string) {
  const wrapper = await fixture(html`<div></div>`);
  const el = document.createElement(tag) as Widget;
  el.innerHTML = '<p>Contenu de repli</p>';
  if (inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = typeof inline === 'string' ? inline : JSON.stringify(inline);
    el.append(script);
  }
  return {wrapper, el, fallback: el.querySelector('p')!};
}

/** Asserts an event of the contract: dispatched by `el`, bubbling and composed (so it leaves any shadow root). */
function expectContractEvent(event: Event, el: Element) {
  expect(event.target, 'dispatched by the element').to.equal(el);
  expect(event.bubbles, 'bubbles').to.equal(true);
  expect(event.composed, 'composed').to.equal(true);
}

for (const {tag, valid, invalid: [invalidData, invalidMessage], arabic} of ELEMENTS) {
  describe(`<${tag}>: core behaviour`, () => {
    const warnings = warningsInEachTest();

    it('waits in the loading state, then renders the data property and fires thamm-load', async () => {
      const {wrapper, el, fallback} = await unmounted(tag);
      wrapper.append(el);
      await el.updateComplete;
      expect(el.getAttribute('state'), 'no content yet').to.equal('loading');
      expect(readOut(el), 'loading announced').to.equal('Chargement…');
      expect(fallback.checkVisibility(), 'fallback hidden once defined').to.equal(false);
      await expect(el).to.be.accessible();
      const loaded = oneEvent(el, 'thamm-load');
      el.data = valid();
      const event = (await loaded) as CustomEvent;
      expectContractEvent(event, el);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(el.state).to.equal('ready');
      expect(JSON.parse(JSON.stringify(event.detail)), 'detail: the content').to.deep.equal(normalised(valid()));
      expect(readOut(el)).to.not.contain('Chargement');
      expect(fallback.checkVisibility(), 'fallback hidden when ready').to.equal(false);
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('renders inline JSON as it renders data, and follows a change of it', async () => {
      const reference = readOut(await mount(tag, valid()));
      const {wrapper, el} = await unmounted(tag, valid());
      wrapper.append(el);
      await stateOf(el, 'ready');
      expect(readOut(el)).to.equal(reference);
      await expect(el).to.be.accessible();
      const failed = oneEvent(el, 'thamm-error');
      el.querySelector('script')!.textContent = JSON.stringify(invalidData);
      expect(((await failed) as CustomEvent).detail.message).to.equal(invalidMessage);
    });

    it('loads src with a placeholder meanwhile, then renders it as it renders data', async () => {
      const reference = readOut(await mount(tag, valid()));
      const {wrapper, el} = await unmounted(tag);
      el.setAttribute('lang', 'ar');
      el.src = srcFor(valid(), 300);
      wrapper.append(el);
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('loading');
      expect(readOut(el), 'loading announced in the element\'s language').to.equal('جارٍ التحميل…');
      await expect(el).to.be.accessible();
      const event = (await oneEvent(el, 'thamm-load')) as CustomEvent;
      expectContractEvent(event, el);
      expect(JSON.parse(JSON.stringify(event.detail)), 'detail: the content').to.deep.equal(normalised(valid()));
      el.setAttribute('lang', 'fr');
      await el.updateComplete;
      expect(readOut(el)).to.equal(reference);
      await expect(el).to.be.accessible();
    });

    it('takes data over inline JSON over src', async () => {
      const {wrapper, el} = await unmounted(tag, invalidData);
      el.src = `/mock/status?code=404&${tag}`;
      el.data = valid();
      wrapper.append(el);
      await stateOf(el, 'ready');
      const inline = oneEvent(el, 'thamm-error');
      el.data = undefined;
      expect(((await inline) as CustomEvent).detail.message, 'then the inline JSON').to.equal(invalidMessage);
      const src = oneEvent(el, 'thamm-error');
      el.querySelector('script')!.remove();
      expect(((await src) as CustomEvent).detail.message, 'then src').to.match(/^HTTP 404 /);
    });

    it('refuses invalid content: error state, thamm-error, one warning, and its fallback shown again', async () => {
      const {wrapper, el, fallback} = await unmounted(tag);
      el.data = valid();
      wrapper.append(el);
      await stateOf(el, 'ready');
      const failed = oneEvent(el, 'thamm-error');
      el.data = invalidData;
      const event = (await failed) as CustomEvent;
      expectContractEvent(event, el);
      expect(event.detail.message).to.equal(invalidMessage);
      expect(el.getAttribute('state')).to.equal('error');
      expect(warnings.messages, 'one warning naming the element and the field').to.deep.equal([`<${tag}> ${invalidMessage}`]);
      expect(partsOf(el), 'nothing half-rendered').to.deep.equal([]);
      expect(fallback.checkVisibility(), 'fallback shown again').to.equal(true);
      await expect(el).to.be.accessible();

      const again = oneEvent(el, 'thamm-error');
      el.data = {...invalidData};
      expect(((await again) as CustomEvent).detail.message, 'each failure announced').to.equal(invalidMessage);
      expect(warnings.messages).to.have.length(2);

      const recovered = oneEvent(el, 'thamm-load');
      el.data = valid();
      await recovered;
      expect(el.getAttribute('state')).to.equal('ready');
      expect(fallback.checkVisibility(), 'fallback hidden again').to.equal(false);
    });

    it('says in its language that the content is unavailable when it has no fallback', async () => {
      const el = await mount(tag, invalidData, {lang: 'ar'});
      expect(el.getAttribute('state')).to.equal('error');
      expect(readOut(el)).to.equal('هذا المحتوى غير متاح حاليًا.');
      expect(directionOf(el)).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it('fails on a src that cannot be loaded and on malformed inline JSON, showing its fallback', async () => {
      const fetched = await unmounted(tag);
      fetched.el.src = `/mock/status?code=500&${tag}`;
      const failed = oneEvent(fetched.el, 'thamm-error');
      fetched.wrapper.append(fetched.el);
      expect(((await failed) as CustomEvent).detail.message).to.match(/^HTTP 500 /);
      await stateOf(fetched.el, 'error');
      expect(fetched.fallback.checkVisibility(), 'fallback after a failed fetch').to.equal(true);
      await expect(fetched.el).to.be.accessible();

      const inline = await unmounted(tag, '{"name": ');
      inline.wrapper.append(inline.el);
      await stateOf(inline.el, 'error');
      expect(inline.fallback.checkVisibility(), 'fallback after malformed JSON').to.equal(true);
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[1]).to.match(new RegExp(`^<${tag}> inline JSON is not valid \\(.+\\)$`));
    });

    it('follows a change of lang from fr to ar: direction, UI strings and dates', async () => {
      const el = await mount(tag, valid(), {lang: 'fr'});
      expect(directionOf(el)).to.equal('ltr');
      expect(readOut(el)).to.not.contain(arabic());
      el.setAttribute('lang', 'ar');
      await el.updateComplete;
      expect(directionOf(el)).to.equal('rtl');
      expect(readOut(el)).to.contain(arabic());
      expect(readOut(el), 'the same as when made in Arabic').to.equal(readOut(await mount(tag, valid(), {lang: 'ar'})));
      await expect(el).to.be.accessible();
    });
  });
}
