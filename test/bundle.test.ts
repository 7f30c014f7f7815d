import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {newsItem, seedUrl, shadow, stateOf, textOf, warningsInEachTest} from './support/helpers.js';

// The one-file bundle that partner sites load, as `npm run build` wrote it:
// class fields, build plugins and minification behave differently there than in the test build.
const BUNDLE = '/dist/thamm-widgets.js';

type Bundle = {VERSION: string; defineElement: (tag: string, element: CustomElementConstructor & {version?: string}) => void};

describe('dist/thamm-widgets.js', () => {
  const warnings = warningsInEachTest();
  let bundle: Bundle;
  let early: HTMLElement;
  let fallbackHeightBeforeDefinition = 0;
  before(async () => {
    // A card on the page before the script runs (no JS yet, or a slow connection).
    early = document.createElement('thamm-news-card');
    early.innerHTML = `<script type="application/json">${JSON.stringify(newsItem())}</script><p>Repli visible</p>`;
    document.body.append(early);
    fallbackHeightBeforeDefinition = early.querySelector('p')!.getBoundingClientRect().height;
    bundle = (await import(/* @vite-ignore */ BUNDLE)) as Bundle;
    // Fail fast: a build that tree-shook the registrations away leaves nothing to wait for.
    if (!customElements.get('thamm-news-card')) throw new Error(`${BUNDLE} did not define <thamm-news-card>`);
  });

  it('defines <thamm-news-card> and renders data, inline JSON and src', async () => {
    expect(customElements.get('thamm-news-card'), 'defined').to.exist;
    const fromData = await fixture(html`<thamm-news-card .data=${newsItem()}></thamm-news-card>`);
    expect(textOf(fromData, '[part=title]')).to.equal('Lancement officiel du programme THAMM au Maroc');
    expect(shadow(fromData).querySelector('time')?.textContent).to.equal('15 octobre 2020');
    await expect(fromData).to.be.accessible();

    const inline = await fixture(html`<thamm-news-card lang="ar"><script type="application/json">
      ${JSON.stringify(newsItem({title: {fr: 'Titre', ar: 'العنوان'}}))}</script></thamm-news-card>`);
    await stateOf(inline, 'ready');
    expect(textOf(inline, '[part=title]')).to.equal('العنوان');
    expect(shadow(inline).querySelector('ul')!.getAttribute('aria-label')).to.equal('الكلمات المفتاحية');

    const fromSrc = await fixture(html`<thamm-news-card lang="en" src=${seedUrl()}></thamm-news-card>`);
    const loaded = await oneEvent(fromSrc, 'thamm-load');
    expect(loaded.detail.id).to.equal('thamm-launch-morocco-2020');
    expect(textOf(fromSrc, '[part=category]')).to.equal('News');
  });

  it('shows fallback content before definition, and the card once defined', async () => {
    expect(fallbackHeightBeforeDefinition, 'fallback visible before definition').to.be.above(0);
    await stateOf(early, 'ready');
    expect(early.querySelector('p')!.getBoundingClientRect().height, 'fallback hidden once ready').to.equal(0);
    expect(textOf(early, '[part=title]')).to.equal('Lancement officiel du programme THAMM au Maroc');
    early.remove();
  });

  it('reflects properties set before and after upgrade (reactive properties work in the build)', async () => {
    const el = document.createElement('thamm-news-card') as HTMLElement & {headingLevel: number; data: unknown; updateComplete: Promise<unknown>};
    el.setAttribute('heading-level', '2');
    el.data = newsItem();
    document.body.append(el);
    await el.updateComplete;
    expect(shadow(el).querySelector('h2'), 'heading-level attribute').to.exist;
    el.headingLevel = 4;
    await el.updateComplete;
    expect(shadow(el).querySelector('h4'), 'headingLevel property').to.exist;
    el.remove();
  });

  it('defines every element, and each renders its part of the seed with its attributes', async () => {
    const wrapper = await fixture(html`<div lang="en">
      <thamm-quote variant="featured" src=${seedUrl('/quotes/0')}></thamm-quote>
      <thamm-partner-strip monochrome logo-height="40" src=${seedUrl('/partners')}></thamm-partner-strip>
      <thamm-contact-badge src=${seedUrl('/contacts/0')}></thamm-contact-badge>
      <thamm-news-list limit="2" heading-level="4" src=${seedUrl('/news')}></thamm-news-list></div>`);
    const [quote, strip, contact, list] = [...wrapper.children];
    await Promise.all([quote, strip, contact, list].map((el) => stateOf(el, 'ready')));
    expect(shadow(quote).querySelector('blockquote p')!.textContent).to.match(/^“As a standard-setting agency/);
    expect(getComputedStyle(shadow(quote).querySelector('blockquote p')!).fontWeight, 'featured variant').to.equal('600');
    expect(shadow(strip).querySelector('img')!.getBoundingClientRect().height, 'logo-height').to.equal(40);
    expect(getComputedStyle(shadow(strip).querySelector('img')!).filter, 'monochrome').to.equal('grayscale(1)');
    expect(shadow(contact).querySelector('[part=email]')!.textContent).to.equal('Email Abderrahim Amraoui : amraoui@ilo.org');
    const card = shadow(list).querySelector('thamm-news-card')!;
    await stateOf(card, 'ready');
    expect(shadow(card).querySelector('h4')!.textContent, 'a list card, at the list\'s heading level').to.match(/^Official launch/);
    for (const el of [quote, strip, contact, list]) await expect(el).to.be.accessible();
  });

  it('has the version of package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as {version: string};
    expect(bundle.VERSION).to.equal(pkg.version);
  });

  it('loads twice on one page without an error or a warning', async () => {
    const second = (await import(/* @vite-ignore */ `${BUNDLE}?copy=2`)) as Bundle;
    expect(second, 'a separate copy').to.not.equal(bundle);
    expect(warnings.messages).to.deep.equal([]);
    const el = await fixture(html`<thamm-news-card .data=${newsItem()}></thamm-news-card>`);
    expect(el.getAttribute('state')).to.equal('ready');
  });

  it('warns once when another version is loaded, and keeps the first', async () => {
    const first = customElements.get('thamm-news-card');
    class Other extends HTMLElement {
      static version = '9.9.9';
    }
    bundle.defineElement('thamm-news-card', Other);
    expect(customElements.get('thamm-news-card')).to.equal(first);
    expect(warnings.messages).to.deep.equal([
      `<thamm-news-card> is already defined by thamm-widgets ${bundle.VERSION}; this copy (9.9.9) is not used.`,
    ]);
  });
});
