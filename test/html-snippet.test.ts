import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import fc from 'fast-check';
import '../src/all.js';
import type {EmbedTag} from '../src/core/collections.js';
import type {Schema} from '../src/core/schema.js';
import {validate} from '../src/core/validate.js';
import {contactSchema} from '../src/contact-badge/contact.schema.js';
import {EmbedError, embedSnippet, selectEmbed, type EmbedOptions} from '../src/html/index.js';
import {newsItemSchema} from '../src/news-card/news-item.schema.js';
import {newsListSchema} from '../src/news-list/news-list.schema.js';
import {partnerStripSchema} from '../src/partner-strip/partner-strip.schema.js';
import {quoteSchema} from '../src/quote/quote.schema.js';
import {contact, newsItem, newsList, partnerStrip, quote} from '../stories/samples.js';
import {hostileUrl, mutated, nastyString, nastyValue} from './support/generators.js';
import {captureWarnings} from './support/helpers.js';

const SEED = '/content/thamm-seed.json';
const seed = (await (await fetch(SEED)).json()) as unknown;

const elements: {tag: EmbedTag; schema: Schema<unknown>; sample: unknown; pointer: string; attributes: readonly string[]}[] = [
  {tag: 'thamm-news-card', schema: newsItemSchema, sample: newsItem(), pointer: '/news/0', attributes: ['heading-level']},
  {tag: 'thamm-quote', schema: quoteSchema, sample: quote(), pointer: '/quotes/1', attributes: ['variant']},
  {tag: 'thamm-partner-strip', schema: partnerStripSchema, sample: partnerStrip(), pointer: '/partners', attributes: ['heading-level', 'logo-height', 'monochrome']},
  {tag: 'thamm-contact-badge', schema: contactSchema, sample: contact(), pointer: '/contacts/0', attributes: []},
  {tag: 'thamm-news-list', schema: newsListSchema, sample: newsList(), pointer: '/news', attributes: ['heading-level', 'limit', 'tag']},
];

/** The content as the element holds it: URLs resolved against the document it came from. */
function resolved(value: unknown, base: string): unknown {
  if (Array.isArray(value)) return value.map((item) => resolved(item, base));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) =>
    [key, (key === 'url' || key === 'src') && typeof field === 'string' ? new URL(field, base).href : resolved(field, base)]));
}

/** `detail` without the fields that hold a relative URL in `content`. */
function withoutRelativeUrls(detail: unknown, content: unknown): unknown {
  if (detail === null || typeof detail !== 'object') return detail;
  const source = content as Record<string, unknown>;
  return Object.fromEntries(Object.entries(detail)
    .filter(([key]) => !((key === 'url' || key === 'src') && !/^https?:/.test(String(source[key]))))
    .map(([key, field]) => [key, withoutRelativeUrls(field, source[key])]));
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/** Pastes a snippet into the page and waits for its element's thamm-load. */
async function paste(snippet: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const loaded = oneEvent(wrapper, 'thamm-load');
  wrapper.innerHTML = snippet;
  return {wrapper, detail: plain(((await loaded) as CustomEvent).detail)};
}

describe('thamm-widgets/html: the element form renders exactly the content it was made from', () => {
  for (const {tag, pointer} of elements) {
    it(`<${tag}>, inline JSON, from the seed bundle's ${pointer}`, async () => {
      const {content, ...embed} = selectEmbed(seed, pointer);
      expect(embed.element).to.equal(tag);
      const {wrapper, detail} = await paste(embedSnippet(content, {...embed, lang: 'en'}));
      expect(detail).to.deep.equal(resolved(content, document.baseURI));
      expect(wrapper.firstElementChild!.getAttribute('state')).to.equal('ready');
      await expect(wrapper).to.be.accessible();
    });

    it(`<${tag}>, src: loads the published document`, async () => {
      const {content, ...embed} = selectEmbed(seed, pointer);
      const {wrapper, detail} = await paste(embedSnippet(content, {...embed, src: SEED, lang: 'ar'}));
      expect(wrapper.firstElementChild!.getAttribute('src')).to.equal(`${SEED}#${pointer}`);
      // Which base the element resolves the seed's relative image paths against is its own business.
      expect(withoutRelativeUrls(detail, content)).to.deep.equal(withoutRelativeUrls(content, content));
    });
  }

  it('the stories\' samples too (every field, several languages)', async () => {
    for (const {tag, schema, sample} of elements) {
      const {detail} = await paste(embedSnippet(sample, {element: tag, lang: 'fr'}));
      const checked = validate(schema, sample);
      expect(detail, tag).to.deep.equal(resolved(plain(checked.ok && checked.value), document.baseURI));
    }
  });
});

describe('thamm-widgets/html: the fallback punctuates as its language', () => {
  /** The fallback's lines: what follows the inline JSON. */
  const fallbackOf = (snippet: string) => snippet.slice(snippet.indexOf('</script>')).split('\n').slice(1, -1).map((line) => line.trim());

  it('«،» in Arabic between name, role and organisation, and between title and date; a Latin comma in fr and en', () => {
    const person = (lang: string) => fallbackOf(embedSnippet(contact(), {element: 'thamm-contact-badge', lang}))[0];
    expect(person('ar')).to.equal('<p>Abderrahim Amraoui، المنسق الوطني للمشروع، منظمة العمل الدولية</p>');
    expect(person('fr')).to.equal('<p>Abderrahim Amraoui, Coordinateur National du Projet, OIT</p>');
    expect(person('en')).to.equal('<p>Abderrahim Amraoui, National Project Coordinator, ILO</p>');
    const news = embedSnippet(newsItem({title: {fr: 'Lancement', ar: 'الإطلاق'}}), {element: 'thamm-news-card', lang: 'ar'});
    expect(fallbackOf(news)[0]).to.match(/^<p><a href="https:\/\/example\.org\/thamm">الإطلاق<\/a>، \S/);
    const speaker = fallbackOf(embedSnippet(quote(), {element: 'thamm-quote', lang: 'ar'}))[1];
    expect(speaker).to.equal('<p>Rania Bikhazi، مديرة مكتب منظمة العمل الدولية بالجزائر، منظمة العمل الدولية</p>');
  });

  it('a part in another language is isolated by its own dir, so the comma stays in the snippet\'s order', async () => {
    const snippet = embedSnippet(contact({name: 'أمل', role: {fr: 'Chargée de communication'}, organization: {fr: 'Bureau de l’OIT (Alger)'}}),
      {element: 'thamm-contact-badge', lang: 'ar'});
    const line = fallbackOf(snippet)[0];
    expect(line).to.equal('<p>أمل، <span lang="fr" dir="ltr">Chargée de communication</span>، <span lang="fr" dir="ltr">Bureau de l’OIT (Alger)</span></p>');
    // As a reader sees it, right to left: the role, the comma, then the organisation.
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl" style="width: 700px"></div>`);
    wrapper.innerHTML = line;
    const [, role, comma, organisation] = [...wrapper.querySelector('p')!.childNodes].map((node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect();
    });
    expect(comma.right, 'the comma left of the role').to.be.at.most(role.left + 1);
    expect(organisation.right, 'the organisation left of the comma').to.be.at.most(comma.left + 1);
  });
});

describe('thamm-widgets/html: errors say what the elements say', () => {
  const invalid: [EmbedTag, unknown][] = [
    ['thamm-news-card', {title: 'Sans date'}],
    ['thamm-news-card', {title: '', date: '2020-10-15'}],
    ['thamm-news-card', {title: 'T', date: '2020-02-31'}],
    ['thamm-news-card', [newsItem()]],
    ['thamm-quote', {text: 'x', author: {}}],
    ['thamm-partner-strip', [{name: 'X', role: 'sponsor'}]],
    ['thamm-contact-badge', {name: {fr: 'A', 'not a tag': 'B'}}],
  ];
  for (const [tag, content] of invalid) {
    it(`<${tag}> ${JSON.stringify(content).slice(0, 50)}`, async () => {
      const warnings = captureWarnings();
      try {
        const element = await fixture<HTMLElement & {data: unknown}>(`<${tag}></${tag}>`);
        const failed = oneEvent(element, 'thamm-error');
        element.data = content;
        const {message} = ((await failed) as CustomEvent<{message: string}>).detail;
        expect(() => embedSnippet(content, {element: tag})).to.throw(EmbedError, `<${tag}> ${message}`);
        expect(warnings.messages).to.deep.equal([`<${tag}> ${message}`], 'the very warning the element gives');
      } finally {
        warnings.restore();
      }
    });
  }

  it('a pointer to nothing: the loader\'s own words', async () => {
    const warnings = captureWarnings();
    try {
      const src = new URL(`${SEED}?v=nothing`, location.href).href;
      const element = await fixture(`<thamm-news-card src="${src}#/news/9"></thamm-news-card>`);
      const {message} = ((await oneEvent(element, 'thamm-error')) as CustomEvent<{message: string}>).detail;
      expect(() => selectEmbed(seed, '/news/9', src)).to.throw(EmbedError, message.replace(/^src: /, ''));
    } finally {
      warnings.restore();
    }
  });
});

describe('thamm-widgets/html: hostile content never yields markup, handlers or URLs outside the policy', () => {
  const TAGS = new Set(['blockquote', 'p', 'a', 'ul', 'li', 'span', 'script', ...elements.map((e) => e.tag)]);
  const ATTRIBUTES = new Set(['src', 'cite', 'class', 'lang', 'dir', 'href', 'type', 'heading-level', 'variant', 'logo-height', 'monochrome', 'limit', 'tag']);
  const inPolicy = (node: Element, value: string) => {
    const url = new URL(value, document.baseURI);
    if (node.localName === 'a' && url.protocol === 'mailto:') return !/[?&#%,\s]/.test(value.slice(7));
    return url.protocol === 'http:' || url.protocol === 'https:';
  };

  // Text that is valid content (1 to 5000 characters) but hostile as markup.
  const hostileText = fc.oneof(
    nastyString.map((s) => s.slice(0, 5000) || '?'),
    fc.constantFrom('</script><script>alert(1)</script>', '<!--<script>', '"><svg onload=alert(1)>', '\' onmouseover=\'x', '&lt;b&gt;', '</blockquote><img src=x onerror=alert(1)>'),
  );
  const text = fc.oneof(hostileText, fc.record({fr: hostileText, ar: hostileText}), fc.record({en: hostileText}));
  const url = fc.oneof(hostileUrl, fc.constant('relative/page.html'));
  const contentOf: Record<EmbedTag, fc.Arbitrary<unknown>> = {
    'thamm-news-card': fc.record({title: text, date: fc.constantFrom('2020-10-15', '2021-03-01T10:30:00Z', '1999-12-31T23:59:59+01:00'), url, summary: text}),
    'thamm-quote': fc.record({text, author: fc.record({name: text, role: text, organization: text}), source: fc.record({url, label: text})}),
    'thamm-partner-strip': fc.record({
      title: text,
      partners: fc.array(fc.record({name: text, url, role: fc.constantFrom('funder', 'implementer', 'government', 'partner')}), {minLength: 1, maxLength: 5}),
    }),
    'thamm-contact-badge': fc.record({name: text, role: text, email: fc.oneof(hostileUrl, hostileText, fc.emailAddress()), url}),
    'thamm-news-list': fc.record({
      title: text,
      items: fc.array(fc.record({title: text, date: fc.constantFrom('2020-10-15', '2021-03-01T10:30:00Z'), url, tags: fc.array(text, {maxLength: 2})}), {minLength: 0, maxLength: 4}),
      more: fc.record({url, label: text}),
    }),
  };
  const options = (tag: EmbedTag, attributes: readonly string[]) => fc.record({
    form: fc.constantFrom('element', 'blockquote'),
    src: fc.option(fc.oneof(url, fc.constant('https://thamm.example/thamm.json')), {nil: undefined}),
    pointer: fc.constantFrom('/news/0', '/partners'),
    lang: fc.constantFrom('fr', 'en', 'ar', 'de-CH'),
    attributes: fc.dictionary(fc.constantFrom(...attributes, 'x'), fc.oneof(hostileText, fc.boolean(), fc.integer()), {maxKeys: attributes.length ? 2 : 0}),
  }).map((o) => ({...o, element: tag}) as EmbedOptions);

  /** What is wrong with a snippet, parsed as a browser parses a page. */
  function problems(snippet: string, validated: unknown): string[] {
    const found: string[] = [];
    const body = new DOMParser().parseFromString(`<!doctype html><body>${snippet}`, 'text/html').body;
    if (body.children.length !== 1) found.push(`${body.children.length} top-level elements`);
    const scripts = body.querySelectorAll('script');
    if ((snippet.match(/<\/script/gi) ?? []).length !== scripts.length) found.push('</script inside the inline JSON');
    for (const script of scripts) {
      if (script.type !== 'application/json' || script.parentElement !== body.firstElementChild) found.push('a script that is not the inline JSON');
      else if (JSON.stringify(JSON.parse(script.textContent!)) !== JSON.stringify(validated)) found.push('inline JSON is not the content');
    }
    for (const node of body.querySelectorAll('*')) {
      if (!TAGS.has(node.localName)) found.push(`<${node.localName}>`);
      for (const {name, value} of node.attributes) {
        if (!ATTRIBUTES.has(name) && !name.startsWith('data-')) found.push(`${node.localName}[${name}]`);
        if (/^on/i.test(name) || /^data-on/i.test(name)) found.push(`${node.localName}[${name}]`);
        if (['href', 'src', 'cite'].includes(name) && !inPolicy(node, value)) found.push(`${node.localName}[${name}="${value}"]`);
      }
    }
    return found;
  }

  for (const {tag, schema, sample, attributes} of elements) {
    it(`<${tag}>`, async () => {
      let made = 0;
      const check = (content: unknown, embedOptions: EmbedOptions) => {
        let snippet: string;
        try {
          snippet = embedSnippet(content, embedOptions);
        } catch (error) {
          expect(error, String(error)).to.be.instanceOf(EmbedError);
          return true;
        }
        made++;
        const checked = validate(schema, content);
        expect(problems(snippet, checked.ok ? checked.value : undefined), snippet).to.deep.equal([]);
        return true;
      };
      fc.assert(fc.property(contentOf[tag], options(tag, attributes), check), {numRuns: 300});
      fc.assert(fc.property(fc.oneof(nastyValue, mutated(sample as Record<string, unknown>)), options(tag, attributes), check), {numRuns: 100});
      expect(made, 'snippets made, not only refused').to.be.greaterThan(60);
    });
  }
});
