import {expect, fixture, html} from '@open-wc/testing';
import '../src/all.js';
import {contact, newsItem, partnerStrip, quote} from '../stories/samples.js';
import {seedUrl, stateOf} from './support/helpers.js';

// Optional content fields, each with a value it would render if read: content that
// leaves them out must not get them from the prototype. Every value says "polluted"
// but the phone number, which is checked by its digits.
const POLLUTION: Record<string, string> = {
  ...Object.fromEntries(['summary', 'category', 'location', 'role', 'organization', 'topic', 'acronym', 'label'].map((key) => [key, `polluted ${key}`])),
  url: 'https://polluted.example/',
  email: 'polluted@example.org',
  phone: '+1 555 0100',
};

/** Everything an element shows or links to: its text, and every attribute in its shadow root. */
const rendered = (el: Element) => {
  const nodes = [...el.shadowRoot!.querySelectorAll('*')];
  const attributes = nodes.flatMap((node) => [...node.attributes].map((a) => `${node.localName}[${a.name}]=${a.value}`));
  return [el.shadowRoot!.textContent ?? '', ...attributes].map(decoded);
};
const decoded = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};
const polluted = (el: Element) => rendered(el).filter((value) => /polluted|555 ?0100|5550100/.test(value));

// Pages whose other scripts pollute built-in prototypes or wrap fetch.
describe('in a polluted environment', () => {
  const originalFetch = window.fetch;
  beforeEach(() => {
    // Enumerable, as careless libraries add them.
    (Object.prototype as Record<string, unknown>).polluted = 'from Object.prototype';
    (Object.prototype as Record<string, unknown>).title = 'polluted title';
    for (const [key, value] of Object.entries(POLLUTION)) (Object.prototype as Record<string, unknown>)[key] = value;
    (Array.prototype as unknown as Record<string, unknown>).extra = () => 'from Array.prototype';
    // An analytics wrapper: changes nothing, but is not the native fetch.
    window.fetch = (...args: Parameters<typeof fetch>) => originalFetch(...args).then((response) => response);
  });
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
    delete (Object.prototype as Record<string, unknown>).title;
    for (const key of Object.keys(POLLUTION)) delete (Object.prototype as Record<string, unknown>)[key];
    delete (Array.prototype as unknown as Record<string, unknown>).extra;
    window.fetch = originalFetch;
  });

  it('renders every element from data, and from src through the wrapped fetch', async () => {
    const page = await fixture(html`<div lang="en">
      <thamm-news-card .data=${newsItem()}></thamm-news-card>
      <thamm-quote .data=${quote()}></thamm-quote>
      <thamm-partner-strip .data=${partnerStrip()}></thamm-partner-strip>
      <thamm-contact-badge .data=${contact()}></thamm-contact-badge>
      <thamm-news-card src=${seedUrl('/news/0')}></thamm-news-card>
      <thamm-partner-strip src=${seedUrl('/partners')}></thamm-partner-strip></div>`);
    const elements = [...page.children];
    await Promise.all(elements.map((el) => stateOf(el, 'ready')));
    const text = (el: Element, part: string) => el.shadowRoot!.querySelector(`[part=${part}]`)?.textContent;
    expect(text(elements[0], 'title')).to.equal('Official launch of the THAMM programme in Morocco');
    expect(text(elements[4], 'category')).to.equal('News');
    expect(elements[2].shadowRoot!.querySelectorAll('li').length, 'no extra partner from Array.prototype').to.equal(7);
    for (const el of elements) expect(polluted(el), el.localName).to.deep.equal([]);
  });

  it('does not take a missing optional field from the prototype, in its text, links or alt text', async () => {
    const page = await fixture(html`<div>
      <thamm-news-card .data=${{title: 'Titre', date: '2020-10-15', image: {src: 'x.png', alt: ''}}}></thamm-news-card>
      <thamm-quote .data=${{text: 'Mots', author: {name: 'Nom'}, source: {url: 'https://example.org/'}}}></thamm-quote>
      <thamm-partner-strip .data=${[{name: 'OIT', logo: {src: 'x.png', alt: ''}}, {name: 'BIT'}]}></thamm-partner-strip>
      <thamm-contact-badge .data=${{name: 'Nom'}}></thamm-contact-badge></div>`);
    const elements = [...page.children];
    await Promise.all(elements.map((el) => stateOf(el, 'ready')));
    for (const el of elements) expect(polluted(el), el.localName).to.deep.equal([]);
  });

  it('does not take a missing required field from the prototype', async () => {
    const el = await fixture(html`<thamm-news-card .data=${{date: '2020-10-15'}}></thamm-news-card>`);
    expect(el.getAttribute('state'), 'title on Object.prototype is not content').to.equal('error');
  });
});
