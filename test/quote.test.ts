import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/quote/define.js';
import type {ThammQuote} from '../src/quote/quote.js';
import {mountWithFailingImage, quote, seedUrl, shadow, stateOf, textOf, warningsInEachTest} from './support/helpers.js';
import {itRefuses} from './support/invalid-content.js';

/** The quoted words exactly as rendered: marks and narrow no-break spaces included. */
const wordsOf = (el: Element) => shadow(el).querySelector('blockquote p')!.textContent;

describe('<thamm-quote>', () => {
  const warnings = warningsInEachTest();
  it('renders a figure with blockquote and figcaption, every field in place', async () => {
    const el = await fixture<ThammQuote>(html`<thamm-quote .data=${quote()}></thamm-quote>`);
    const root = shadow(el);
    const figure = root.querySelector('figure')!;
    expect(figure.querySelector('blockquote')!.getAttribute('cite')).to.equal('https://example.org/article');
    expect(wordsOf(el)).to.equal('«\u202FMigrer par choix et non par nécessité\u202F»');
    expect(textOf(el, '[part=topic]')).to.equal('Protection');
    const caption = figure.querySelector('figcaption')!;
    expect(caption.querySelector('[part=name]')!.textContent).to.equal('Rania Bikhazi');
    expect(textOf(el, '[part=role]')).to.equal('Directrice du Bureau de l’OIT à Alger, OIT');
    expect(caption.querySelector('time')!.getAttribute('datetime')).to.equal('2020-10-14');
    expect(caption.querySelector('time')!.textContent).to.equal('14 octobre 2020');
    const source = caption.querySelector('a')!;
    expect(source.getAttribute('href')).to.equal('https://example.org/article');
    expect(source.textContent).to.equal('Lire l’article');
    const portrait = caption.querySelector('img')!;
    expect(portrait.getAttribute('alt'), 'decorative: the name follows').to.equal('');
    await expect(el).to.be.accessible();
  });

  it('punctuates the speaker\'s role and organisation in Arabic with «،»', async () => {
    const el = await fixture<ThammQuote>(html`<thamm-quote lang="ar" .data=${quote()}></thamm-quote>`);
    expect(textOf(el, '[part=role]')).to.equal('مديرة مكتب منظمة العمل الدولية بالجزائر، منظمة العمل الدولية');
    await expect(el).to.be.accessible();
  });

  it('renders only the required fields', async () => {
    const el = await fixture<ThammQuote>(html`<thamm-quote .data=${{text: 'Bref.', author: {name: 'X'}}}></thamm-quote>`);
    expect(wordsOf(el)).to.equal('«\u202FBref.\u202F»');
    expect(shadow(el).querySelectorAll('img, a, time, [part=topic], [part=role]').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('labels a source link without label as "Source", in the element\'s language', async () => {
    const el = await fixture<ThammQuote>(html`<thamm-quote lang="ar" .data=${quote({source: {url: 'https://example.org'}})}></thamm-quote>`);
    expect(textOf(el, '[part=source]')).to.equal('المصدر');
  });

  const marks: [string, string][] = [
    ['fr', '«\u202FMigrer par choix et non par nécessité\u202F»'],
    ['en', '“To migrate by choice, not out of necessity”'],
    ['ar', '«الهجرة عن اختيار لا عن ضرورة»'],
  ];
  for (const [lang, expected] of marks) {
    it(`uses the quotation marks of ${lang}`, async () => {
      const el = await fixture<ThammQuote>(html`<thamm-quote lang=${lang} .data=${quote()}></thamm-quote>`);
      expect(wordsOf(el)).to.equal(expected);
      const dir = lang === 'ar' ? 'rtl' : 'ltr';
      expect(getComputedStyle(shadow(el).querySelector('blockquote p')!).direction).to.equal(dir);
      await expect(el).to.be.accessible();
    });
  }

  it('uses the marks of the language the words are in, not the page\'s', async () => {
    const el = await fixture<ThammQuote>(html`<thamm-quote lang="en" .data=${quote({text: {fr: 'Seulement en français'}})}></thamm-quote>`);
    expect(wordsOf(el)).to.equal('«\u202FSeulement en français\u202F»');
    expect(shadow(el).querySelector('blockquote p')!.getAttribute('lang')).to.equal('fr');
  });

  it('gives the featured variant prominence', async () => {
    const plain = await fixture<ThammQuote>(html`<thamm-quote .data=${quote()}></thamm-quote>`);
    const featured = await fixture<ThammQuote>(html`<thamm-quote variant="featured" .data=${quote()}></thamm-quote>`);
    const size = (el: Element) => parseFloat(getComputedStyle(shadow(el).querySelector('blockquote p')!).fontSize);
    expect(size(featured)).to.be.above(size(plain) * 1.3);
    await expect(featured).to.be.accessible();
  });

  it('keeps a readable line length in a wide container, and fits a narrow one', async () => {
    const long = 'La crise de la COVID-19 nous a rappelé le besoin urgent de systèmes plus robustes. '.repeat(6);
    const wide = await fixture(html`<div style="width: 1400px"><thamm-quote .data=${quote({text: long})}></thamm-quote></div>`);
    const words = shadow(wide.firstElementChild!).querySelector('blockquote p')!;
    const chars = words.getBoundingClientRect().width / parseFloat(getComputedStyle(words).fontSize);
    expect(chars, 'line length in em').to.be.at.most(38.5);
    const narrow = await fixture(html`<div style="width: 200px"><thamm-quote .data=${quote({text: 'Gouvernance'.repeat(10)})}></thamm-quote></div>`);
    const figure = shadow(narrow.firstElementChild!).querySelector('figure')!;
    expect(figure.scrollWidth, 'no horizontal overflow').to.be.at.most(figure.clientWidth + 1);
  });

  it('renders the three key messages of the seed from src', async () => {
    const wrapper = await fixture(html`<div lang="en">
      <thamm-quote src=${seedUrl('/quotes/0')}></thamm-quote>
      <thamm-quote src=${seedUrl('/quotes/1')}></thamm-quote>
      <thamm-quote src=${seedUrl('/quotes/2')}></thamm-quote></div>`);
    const quotes = [...wrapper.querySelectorAll('thamm-quote')];
    await Promise.all(quotes.map((q) => stateOf(q, 'ready')));
    expect(quotes.map((q) => wordsOf(q)!.slice(0, 12))).to.deep.equal(['“As a standa', '“The COVID-1', '“The support']);
    expect(textOf(quotes[0], '[part=name]')).to.equal('Rania Bikhazi');
    await expect(quotes[1]).to.be.accessible();
  });

  it('removes a portrait that fails to load', async () => {
    const {el, failed} = await mountWithFailingImage<ThammQuote>('thamm-quote', quote({author: {name: 'X', image: {src: '/mock/status?code=404&portrait', alt: ''}}}));
    expect((await failed).getAttribute('src'), 'the portrait was shown').to.match(/portrait$/);
    await waitUntil(() => !shadow(el).querySelector('img'), 'broken portrait removed');
    expect(textOf(el, '[part=name]'), 'the speaker stays').to.equal('X');
  });

  describe('invalid content', () => {
    itRefuses('thamm-quote', [
      ['no text', quote({text: undefined}), 'text: required'],
      ['no author', quote({author: undefined}), 'author: required'],
      ['no author name', quote({author: {role: 'x'}}), 'author.name: required'],
      ['a bad date', quote({date: '14 octobre'}), 'date: not an ISO 8601 date'],
      ['a source without url', quote({source: {label: 'x'}}), 'source.url: required'],
    ]);
  });

  it('keeps hostile text inert and drops unsafe URLs', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const el = await fixture<ThammQuote>(html`<thamm-quote .data=${quote({
      text: hostile, topic: hostile,
      author: {name: hostile, role: hostile, image: {src: 'javascript:alert(1)', alt: ''}},
      source: {url: ' JavaScript:alert(1)', label: hostile},
    })}></thamm-quote>`);
    expect(shadow(el).querySelectorAll('img, a').length, 'no image, no link').to.equal(0);
    expect(textOf(el, '[part=name]')).to.equal(hostile);
    expect(warnings.messages).to.deep.equal([
      '<thamm-quote> author.image.src: unsafe URL dropped ("javascript:alert(1)")',
      '<thamm-quote> source.url: unsafe URL dropped (" JavaScript:alert(1)")',
    ]);
  });
});
