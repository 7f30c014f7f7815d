import {expect, fixture, html} from '@open-wc/testing';
import fc from 'fast-check';
import type {Schema} from '../src/core/schema.js';
import '../src/all.js';
import {validate} from '../src/core/validate.js';
import {contactSchema} from '../src/contact-badge/contact.schema.js';
import {newsItemSchema} from '../src/news-card/news-item.schema.js';
import {partnerStripSchema} from '../src/partner-strip/partner-strip.schema.js';
import {quoteSchema} from '../src/quote/quote.schema.js';
import {contact, newsItem, partnerStrip, quote} from '../stories/samples.js';
import {warningsInEachTest} from './support/helpers.js';

type Widget = HTMLElement & {data: unknown; updateComplete: Promise<unknown>};

const elements: {tag: string; schema: Schema<unknown>; sample: Record<string, unknown>}[] = [
  {tag: 'thamm-news-card', schema: newsItemSchema, sample: newsItem() as Record<string, unknown>},
  {tag: 'thamm-quote', schema: quoteSchema, sample: quote() as Record<string, unknown>},
  {tag: 'thamm-partner-strip', schema: partnerStripSchema, sample: partnerStrip() as Record<string, unknown>},
  {tag: 'thamm-contact-badge', schema: contactSchema, sample: contact() as Record<string, unknown>},
];

// Strings that break naive code: lone surrogates, bidi overrides, huge words, markup.
const nastyString = fc.oneof(
  fc.string({unit: 'binary', maxLength: 40}),
  fc.constantFrom('\u202Eevil\u202C', '\uD800', '\uDFFF\uD800', '<img src=x onerror=alert(1)>', '', ' ', '\u0000'),
  fc.nat({max: 100_000}).map((n) => 'x'.repeat(n)),
);
const nastyValue = fc.oneof(fc.jsonValue({maxDepth: 4}), nastyString, fc.array(nastyString, {maxLength: 2000}));
const deeplyNested = fc.nat({max: 5000}).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = {title: value, news: [value]};
  return value;
});

/** The sample with some fields replaced by nasty values. */
const mutated = (sample: Record<string, unknown>) =>
  fc.dictionary(fc.constantFrom(...Object.keys(sample), 'author', 'partners', 'name', '__proto__'), nastyValue, {maxKeys: 4})
    .map((changes) => ({...sample, ...changes}));

let errors: string[] = [];
const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
  errors.push(String('reason' in event ? event.reason : event.message));

async function renderedState(tag: string, data: unknown) {
  const el = document.createElement(tag) as Widget;
  el.data = data;
  document.body.append(el);
  await el.updateComplete;
  const state = el.getAttribute('state');
  el.remove();
  return state;
}

describe('property-based: any content', () => {
  warningsInEachTest(); // nasty content warns
  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });

  for (const {tag, sample} of elements) {
    it(`<${tag}> ends in ready or error for arbitrary JSON, nasty strings, deep nesting and large arrays`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(nastyValue, mutated(sample), deeplyNested), async (data) => {
          const state = await renderedState(tag, data);
          return (state === 'ready' || state === 'error') && errors.length === 0;
        }),
        {numRuns: 60},
      );
      expect(errors).to.deep.equal([]);
    });
  }

  for (const {tag, schema, sample} of elements) {
    it(`<${tag}>: validating and normalising twice equals doing it once`, async () => {
      await fc.assert(
        fc.asyncProperty(mutated(sample), async (data) => {
          const once = validate(schema, data);
          if (!once.ok) return true;
          const twice = validate(schema, once.value);
          expect(twice).to.deep.equal(once);
          // The element's normalised content (unsafe URLs dropped) is a fixed point too.
          const el = await fixture<Widget>(html`<div></div>`);
          const widget = document.createElement(tag) as Widget;
          const loaded: unknown[] = [];
          widget.addEventListener('thamm-load', (event) => loaded.push((event as CustomEvent).detail));
          el.append(widget);
          widget.data = data;
          await widget.updateComplete;
          widget.data = loaded[0];
          await widget.updateComplete;
          expect(loaded.length).to.equal(2);
          expect(loaded[1]).to.deep.equal(loaded[0]);
          return true;
        }),
        {numRuns: 30},
      );
    });
  }
});

describe('property-based: no URL outside the policy reaches href or src', () => {
  warningsInEachTest(); // some cases warn on purpose
  const scheme = fc.constantFrom('javascript', 'JaVaScRiPt', 'vbscript', 'data', 'file', 'blob', 'ftp', 'x-unknown', 'http', 'https', 'mailto', 'tel');
  const junk = fc.constantFrom('', ' ', '\t', '\n', '\u0000', '\u001F', '&#58;', '%3A');
  const hostileUrl = fc.oneof(
    fc.tuple(junk, scheme, junk, fc.constantFrom(':', '&colon;', ':'), fc.string({maxLength: 20})).map((parts) => parts.join('')),
    fc.webUrl(),
    fc.string({maxLength: 30}),
    fc.constantFrom('data:text/html,<script>alert(1)</script>', 'data:image/svg+xml,<svg/>', '//evil.example/x', '\\\\evil'),
  );

  /** Every URL field of every element set to the same hostile value. */
  const withUrls = (tag: string, url: string): unknown => {
    const image = {src: url, alt: ''};
    switch (tag) {
      case 'thamm-news-card': return newsItem({url, image});
      case 'thamm-quote': return quote({source: {url}, author: {name: 'X', image}});
      case 'thamm-partner-strip': return [{name: 'P', url, logo: image}];
      default: return contact({url, image, email: url, phone: url});
    }
  };

  const allowed = (element: Element, attribute: string, value: string) => {
    const url = new URL(value);
    if (attribute === 'src') return ['http:', 'https:'].includes(url.protocol) || /^data:image\//i.test(value);
    if (element.getAttribute('part') === 'vcard') return value.startsWith('data:text/vcard;');
    if (element.getAttribute('part') === 'email') return url.protocol === 'mailto:' && !/[?&#%,\s]/.test(value.slice(7));
    if (element.getAttribute('part') === 'phone') return /^tel:\+?\d+$/.test(value);
    return ['http:', 'https:'].includes(url.protocol);
  };

  for (const {tag} of elements) {
    it(`<${tag}>`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileUrl, async (url) => {
          const el = document.createElement(tag) as Widget;
          el.data = withUrls(tag, url);
          document.body.append(el);
          await el.updateComplete;
          const root = el.shadowRoot!;
          const bad = [...root.querySelectorAll('[href], [src], [cite]')].flatMap((node) =>
            ['href', 'src', 'cite']
              .filter((name) => node.hasAttribute(name) && !allowed(node, name, node.getAttribute(name)!))
              .map((name) => `${node.localName}[${name}="${node.getAttribute(name)}"]`),
          );
          el.remove();
          expect(bad, `from ${JSON.stringify(url)}`).to.deep.equal([]);
          return true;
        }),
        {numRuns: 150},
      );
    });
  }
});
