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
import {deeplyNested, hostileUrl, mutated, nastyValue, withUrls} from './support/generators.js';
import {warningsInEachTest} from './support/helpers.js';

type Widget = HTMLElement & {data: unknown; updateComplete: Promise<unknown>};

const elements: {tag: string; schema: Schema<unknown>; sample: Record<string, unknown>}[] = [
  {tag: 'thamm-news-card', schema: newsItemSchema, sample: newsItem() as Record<string, unknown>},
  {tag: 'thamm-quote', schema: quoteSchema, sample: quote() as Record<string, unknown>},
  {tag: 'thamm-partner-strip', schema: partnerStripSchema, sample: partnerStrip() as Record<string, unknown>},
  {tag: 'thamm-contact-badge', schema: contactSchema, sample: contact() as Record<string, unknown>},
];

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
