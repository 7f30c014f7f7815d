import {expect, fixture, html} from '@open-wc/testing';
import '../src/all.js';
import {contact, newsItem, partnerStrip, quote} from '../stories/samples.js';
import {seedUrl, stateOf} from './support/helpers.js';

// Optional content fields: content that leaves them out must not get them from the prototype.
const OPTIONAL_FIELDS = ['summary', 'category', 'location', 'role', 'organization', 'topic', 'acronym', 'label'];

// Pages whose other scripts pollute built-in prototypes or wrap fetch.
describe('in a polluted environment', () => {
  const originalFetch = window.fetch;
  beforeEach(() => {
    // Enumerable, as careless libraries add them.
    (Object.prototype as Record<string, unknown>).polluted = 'from Object.prototype';
    (Object.prototype as Record<string, unknown>).title = 'polluted title';
    for (const key of OPTIONAL_FIELDS) (Object.prototype as Record<string, unknown>)[key] = `polluted ${key}`;
    (Array.prototype as unknown as Record<string, unknown>).extra = () => 'from Array.prototype';
    // An analytics wrapper: changes nothing, but is not the native fetch.
    window.fetch = (...args: Parameters<typeof fetch>) => originalFetch(...args).then((response) => response);
  });
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
    delete (Object.prototype as Record<string, unknown>).title;
    for (const key of OPTIONAL_FIELDS) delete (Object.prototype as Record<string, unknown>)[key];
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
    expect(text(elements[0], 'title')).to.equal('Lancement officiel du programme THAMM au Maroc');
    expect(text(elements[4], 'category')).to.equal('News');
    expect(elements[2].shadowRoot!.querySelectorAll('li').length, 'no extra partner from Array.prototype').to.equal(7);
    for (const el of elements) expect(el.shadowRoot!.textContent).to.not.contain('polluted');
  });

  it('does not take a missing optional field from the prototype', async () => {
    const page = await fixture(html`<div>
      <thamm-news-card .data=${{title: 'Titre', date: '2020-10-15', url: 'https://example.org/', image: {src: 'x.png', alt: ''}}}></thamm-news-card>
      <thamm-quote .data=${{text: 'Mots', author: {name: 'Nom'}, source: {url: 'https://example.org/'}}}></thamm-quote>
      <thamm-partner-strip .data=${[{name: 'OIT', url: 'https://example.org/'}]}></thamm-partner-strip>
      <thamm-contact-badge .data=${{name: 'Nom', email: 'a@example.org', url: 'https://example.org/'}}></thamm-contact-badge></div>`);
    const elements = [...page.children];
    await Promise.all(elements.map((el) => stateOf(el, 'ready')));
    for (const el of elements) expect(el.shadowRoot!.textContent, el.localName).to.not.contain('polluted');
  });

  it('does not take a missing required field from the prototype', async () => {
    const el = await fixture(html`<thamm-news-card .data=${{date: '2020-10-15'}}></thamm-news-card>`);
    expect(el.getAttribute('state'), 'title on Object.prototype is not content').to.equal('error');
  });
});
