import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/news-card/define.js';
import {pickText, resolveLang} from '../src/core/language.js';
import type {ThammNewsCard} from '../src/news-card/news-card.js';
import {newsItem, seedUrl, shadow, stateOf, textOf} from './support/helpers.js';

const trilingual = newsItem({
  title: {fr: 'Lancement au Maroc', en: 'Launch in Morocco', ar: 'الإطلاق في المغرب'},
  tags: [{fr: 'Mobilité', en: 'Mobility', ar: 'التنقل'}],
});

const card = (el: Element) => (el.matches('thamm-news-card') ? el : el.querySelector('thamm-news-card')!) as ThammNewsCard;
const rootOf = (el: Element) => shadow(card(el)).firstElementChild as HTMLElement;

describe('language and direction', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
  });

  it('resolves its own lang, else the closest ancestor, else the document, else fr', async () => {
    const tree = await fixture(html`<div lang="ar"><section><span lang="en-GB"><i></i></span><b></b></section></div>`);
    expect(resolveLang(tree.querySelector('i')!)).to.equal('en-GB');
    expect(resolveLang(tree.querySelector('b')!)).to.equal('ar');
    document.documentElement.lang = 'en';
    expect(resolveLang(document.body)).to.equal('en');
    document.documentElement.removeAttribute('lang');
    expect(resolveLang(document.body)).to.equal('fr');
  });

  it('resolves lang across a shadow root', async () => {
    const outer = await fixture(html`<div lang="ar"></div>`);
    const inner = document.createElement('p');
    outer.attachShadow({mode: 'open'}).append(inner);
    expect(resolveLang(inner)).to.equal('ar');
  });

  it('picks the exact tag, then the base language, then the document lang, then the first', () => {
    const text = {'fr-MA': 'marocain', fr: 'français', en: 'english'};
    expect(pickText(text, 'fr-MA').value).to.equal('marocain');
    expect(pickText(text, 'fr-ma').value, 'tags are case-insensitive').to.equal('marocain');
    expect(pickText(text, 'en-GB').value).to.equal('english');
    expect(pickText({de: 'deutsch', en: 'english'}, 'ar', 'en').value).to.equal('english');
    expect(pickText({de: 'deutsch', en: 'english'}, 'ar').value).to.equal('deutsch');
    expect(pickText('simple', 'ar', 'fr')).to.deep.equal({value: 'simple', lang: 'fr'});
  });

  it('renders fr, en and ar with their dates, UI strings and direction', async () => {
    const expected = {
      fr: {title: 'Lancement au Maroc', date: '15 octobre 2020', tags: 'Mots-clés', dir: 'ltr'},
      en: {title: 'Launch in Morocco', date: 'October 15, 2020', tags: 'Tags', dir: 'ltr'},
      ar: {title: 'الإطلاق في المغرب', date: new Intl.DateTimeFormat('ar', {dateStyle: 'long', timeZone: 'UTC'}).format(new Date('2020-10-15T00:00:00Z')), tags: 'الكلمات المفتاحية', dir: 'rtl'},
    };
    for (const [lang, want] of Object.entries(expected)) {
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card lang=${lang} .data=${trilingual}></thamm-news-card>`);
      expect(textOf(el, '[part=title]'), lang).to.equal(want.title);
      expect(textOf(el, 'time'), lang).to.equal(want.date);
      expect(shadow(el).querySelector('ul')?.getAttribute('aria-label'), lang).to.equal(want.tags);
      expect(rootOf(el).getAttribute('dir'), lang).to.equal(want.dir);
      expect(getComputedStyle(shadow(el).querySelector('h3')!).direction, lang).to.equal(want.dir);
      await expect(el).to.be.accessible();
    }
  });

  it('lays out rtl as a mirror of ltr', async () => {
    const wrapper = await fixture(html`<div style="width: 800px">
      <thamm-news-card lang="ar" .data=${trilingual}></thamm-news-card></div>`);
    const root = shadow(card(wrapper));
    const image = root.querySelector('[part=image]')!.getBoundingClientRect();
    const body = root.querySelector('[part=body]')!.getBoundingClientRect();
    expect(image.left, 'image on the right in Arabic').to.be.at.least(body.right - 1);
  });

  it('shows two languages side by side on one page, each with its own UI strings', async () => {
    const wrapper = await fixture(html`<div>
      <thamm-news-card lang="en" .data=${trilingual}></thamm-news-card>
      <thamm-news-card lang="ar" .data=${trilingual}></thamm-news-card></div>`);
    const [en, ar] = [...wrapper.querySelectorAll('thamm-news-card')];
    expect(shadow(en).querySelector('ul')!.getAttribute('aria-label')).to.equal('Tags');
    expect(shadow(ar).querySelector('ul')!.getAttribute('aria-label')).to.equal('الكلمات المفتاحية');
  });

  it('follows a change of <html lang>', async () => {
    document.documentElement.lang = 'fr';
    const el = await fixture<ThammNewsCard>(html`<thamm-news-card .data=${trilingual}></thamm-news-card>`);
    expect(textOf(el, '[part=title]')).to.equal('Lancement au Maroc');
    document.documentElement.lang = 'ar';
    // A mutation observer sees the change; the element follows in its next update.
    await waitUntil(() => textOf(el, '[part=title]') === 'الإطلاق في المغرب', 'title in Arabic');
    expect(rootOf(el).getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('follows a change of its own lang and of an ancestor\'s', async () => {
    const wrapper = await fixture(html`<div lang="fr"><thamm-news-card .data=${trilingual}></thamm-news-card></div>`);
    const el = card(wrapper);
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => textOf(el, '[part=title]') === 'Launch in Morocco', 'title in English');
    el.lang = 'ar';
    await el.updateComplete;
    expect(textOf(el, '[part=title]')).to.equal('الإطلاق في المغرب');
  });

  it('keeps an explicit dir over the language', async () => {
    const el = await fixture<ThammNewsCard>(html`<thamm-news-card lang="ar" dir="ltr" .data=${trilingual}></thamm-news-card>`);
    expect(rootOf(el).getAttribute('dir')).to.equal('ltr');
    el.removeAttribute('dir');
    await el.updateComplete;
    expect(rootOf(el).getAttribute('dir')).to.equal('rtl');
  });

  it('marks text that fell back to another language with its lang and dir', async () => {
    const el = await fixture<ThammNewsCard>(html`<thamm-news-card lang="ar"
      .data=${newsItem({title: {fr: 'Seulement en français'}})}></thamm-news-card>`);
    const title = shadow(el).querySelector('h3 [lang]')!;
    expect(title.textContent).to.equal('Seulement en français');
    expect(title.getAttribute('lang')).to.equal('fr');
    expect(title.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(title).direction).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it('uses the src document\'s lang for its plain strings', async () => {
    // The seed bundle says lang: fr, and its first tag "THAMM" is a plain string.
    const el = await fixture<ThammNewsCard>(html`<thamm-news-card lang="ar" src=${seedUrl()}></thamm-news-card>`);
    await stateOf(el, 'ready');
    const tags = [...shadow(el).querySelectorAll('[part=tag]')];
    expect(tags[0].querySelector('[lang]')?.getAttribute('lang'), 'plain string marked as the bundle\'s French').to.equal('fr');
    expect(tags[1].querySelector('[lang]'), 'Arabic variant needs no mark').to.equal(null);
  });

  it('falls back to French UI strings for a language it has none for', async () => {
    const el = await fixture<ThammNewsCard>(html`<thamm-news-card lang="de" .data=${trilingual}></thamm-news-card>`);
    expect(shadow(el).querySelector('ul')!.getAttribute('aria-label')).to.equal('Mots-clés');
    expect(textOf(el, 'time')).to.equal('15. Oktober 2020');
  });

  it('survives a malformed page lang', async () => {
    const el = await fixture<ThammNewsCard>(html`<thamm-news-card lang="not_a_tag!" .data=${trilingual}></thamm-news-card>`);
    expect(el.state).to.equal('ready');
    expect(textOf(el, 'time')).to.equal('15 octobre 2020');
  });
});
