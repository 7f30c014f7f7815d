import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/all.js';
import {whileStreaming} from './support/engines.js';
import {captureWarnings, requestsFor, seedUrl, shadow, spokenText, stateOf, textOf} from './support/helpers.js';

// The editor-proof form (contract: "Editor-proof embeds"): what a CMS keeps
// of a pasted embed, upgraded by the one-file bundle.

/** The server under its other loopback name: another origin, the same files. */
const OTHER = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

/** Puts markup on the page the way a CMS prints a post, in one mutation. */
async function post(markup: string) {
  const container = await fixture<HTMLElement>(html`<article></article>`);
  container.innerHTML = markup;
  return container;
}

/** The element a blockquote became, once the observer has run. */
async function upgraded(container: Element, selector: string) {
  await waitUntil(() => container.querySelector(selector), `no ${selector} was made`);
  return container.querySelector(selector)!;
}

/** A blockquote for `cite`, with a link as its fallback. */
const quoteFor = (cite: string, attributes = '') =>
  `<blockquote cite="${cite}"${attributes && ` ${attributes}`}><p><a href="https://www.ilo.org/">THAMM</a>, 15 octobre 2020</p></blockquote>`;

/** Markup as the browser serialises it, to compare with what is on the page. */
function serialised(markup: string) {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.innerHTML;
}

/** Blockquotes that must stay as they are, beside one that must be upgraded: when it is, the others were seen. */
async function expectUntouched(cites: string[]) {
  const warnings = captureWarnings();
  try {
    const markup = cites.map((cite) => quoteFor(cite)).join('');
    const container = await post(`${markup}${quoteFor(seedUrl('/contacts/0'))}`);
    await upgraded(container, 'thamm-contact-badge');
    expect(container.querySelectorAll('thamm-news-card, thamm-quote, thamm-partner-strip').length, 'only the embed upgraded').to.equal(0);
    const kept = [...container.children].slice(0, cites.length);
    expect(kept.map((quote) => quote.outerHTML).join(''), 'left exactly as written').to.equal(serialised(markup));
    for (const cite of cites) expect(await requestsFor(cite), `a request for ${cite}`).to.equal(0);
    expect(warnings.messages, 'not embeds, so no warning').to.deep.equal([]);
  } finally {
    warnings.restore();
  }
}

describe('<blockquote cite> upgrade', () => {
  it('makes each collection its element: news item, quote, partners, contact', async () => {
    const cites = [seedUrl('/news/0'), seedUrl('/quotes/1'), seedUrl('/partners'), seedUrl('/contacts/0')];
    const container = await post(
      quoteFor(cites[0], 'lang="en" data-heading-level="2"') +
        quoteFor(cites[1], 'class="thamm-embed" data-variant="featured"') +
        quoteFor(cites[2], 'lang="ar" dir="rtl" data-logo-height="40" data-monochrome=""') +
        quoteFor(cites[3], 'lang="en"'),
    );
    await upgraded(container, 'thamm-contact-badge');
    const [card, quote, strip, contact] = [...container.children];
    expect([card, quote, strip, contact].map((el) => el.localName)).to.deep.equal([
      'thamm-news-card',
      'thamm-quote',
      'thamm-partner-strip',
      'thamm-contact-badge',
    ]);
    for (const [i, el] of [card, quote, strip, contact].entries()) {
      expect(el.getAttribute('src'), 'src is the resolved cite').to.equal(new URL(cites[i], document.baseURI).href);
      await stateOf(el, 'ready');
      const fallback = el.querySelector(':scope > blockquote')!;
      expect(fallback, 'the blockquote is inside, as fallback').to.exist;
      expect(fallback.getBoundingClientRect().height, 'and hidden once ready').to.equal(0);
    }
    expect(textOf(card, 'h2'), 'lang and data-heading-level').to.match(/^Official launch in Morocco/);
    expect(getComputedStyle(shadow(quote).querySelector('blockquote p')!).fontWeight, 'data-variant').to.equal('600');
    expect(shadow(strip).querySelector('img')!.getBoundingClientRect().height, 'data-logo-height').to.equal(40);
    expect(strip.hasAttribute('monochrome'), 'data-monochrome').to.equal(true);
    expect(textOf(strip, 'h2'), 'lang="ar"').to.equal('شركاء برنامج THAMM');
    expect(strip.getAttribute('dir')).to.equal('rtl');
    expect(textOf(contact, '[part=name]')).to.equal('Abderrahim Amraoui');
    for (const el of [card, quote, strip, contact]) await expect(el).to.be.accessible();
  });

  it('makes the news collection a news list, with its limit, tag and heading level', async () => {
    const cite = seedUrl('/news');
    const container = await post(quoteFor(cite, 'lang="en" data-limit="2" data-tag="morocco" data-heading-level="3"'));
    const list = await upgraded(container, 'thamm-news-list');
    expect(['limit', 'tag', 'heading-level'].map((name) => list.getAttribute(name))).to.deep.equal(['2', 'morocco', '3']);
    await stateOf(list, 'ready');
    const card = shadow(list).querySelector('thamm-news-card')!;
    await stateOf(card, 'ready');
    expect(textOf(card, 'h3'), 'the seed item, tagged Morocco').to.match(/^Official launch/);
    await expect(list).to.be.accessible();
  });

  it('carries over only the data-* an element takes: never src, state, lang, or an on* handler', async () => {
    const cite = seedUrl('/news/0');
    const container = await post(
      quoteFor(
        cite,
        'lang="fr" data-onclick="window.clicked = true" data-src="/mock/status?code=500#/news/0" data-data="{}" ' +
          'data-state="ready" data-lang="ar" data-dir="rtl" data-variant="featured" data-heading-level="4"',
      ),
    );
    const card = await upgraded(container, 'thamm-news-card');
    await stateOf(card, 'ready');
    expect(card.getAttributeNames().sort()).to.deep.equal(['heading-level', 'lang', 'src', 'state']);
    expect(card.getAttribute('lang')).to.equal('fr');
    expect(card.getAttribute('src')).to.equal(new URL(cite, document.baseURI).href);
    (shadow(card).querySelector('h4') as HTMLElement).click();
    expect((window as {clicked?: boolean}).clicked, 'no handler was made').to.equal(undefined);
    await expect(card).to.be.accessible();
  });

  it('refuses an origin that is not allowed: no request, the blockquote as it was, one warning', async () => {
    const warnings = captureWarnings();
    try {
      const refused = [`${OTHER}${seedUrl('/news/0')}`, `${OTHER}${seedUrl('/quotes/0')}`];
      const markup = refused.map((cite) => quoteFor(cite)).join('');
      const container = await post(`${markup}${quoteFor(seedUrl('/contacts/0'))}`);
      await upgraded(container, 'thamm-contact-badge');
      expect([...container.children].slice(0, 2).map((quote) => quote.outerHTML).join('')).to.equal(serialised(markup));
      for (const cite of refused) expect(await requestsFor(cite), `a request for ${cite}`).to.equal(0);
      expect(warnings.messages.length, 'one warning for the origin, not one per blockquote').to.equal(1);
      expect(warnings.messages[0]).to.contain(`list ${OTHER} in <meta name="thamm-widgets-origins">`);
      await expect(container).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('allows an origin listed in <meta name="thamm-widgets-origins">', async () => {
    const meta = document.createElement('meta');
    meta.name = 'thamm-widgets-origins';
    meta.content = ` https://thamm.example  ${OTHER}\n`;
    document.head.append(meta);
    try {
      const cite = `${OTHER}${seedUrl('/quotes/0')}`;
      const container = await post(quoteFor(cite, 'lang="en"'));
      const quote = await upgraded(container, 'thamm-quote');
      await stateOf(quote, 'ready');
      expect(shadow(quote).querySelector('blockquote p')!.textContent).to.match(/^“As a standard-setting agency/);
      expect(await requestsFor(cite), 'one request').to.equal(1);
      await expect(quote).to.be.accessible();
    } finally {
      meta.remove();
    }
  });

  it('leaves blockquotes whose fragment is not a JSON Pointer into a collection', async () => {
    await expectUntouched([
      seedUrl('/news/0').replace('#', ''),
      seedUrl('/news/0').replace('#/', '#'),
      seedUrl('/news/00'),
      seedUrl('/news/-'),
      seedUrl('/news/0/title'),
      seedUrl('/news/'),
      seedUrl('/partners/0'),
      seedUrl('/quotes/'),
      seedUrl('/unknown/0'),
      seedUrl('/__proto__/0'),
      seedUrl('/constructor'),
      seedUrl('%E0%A4%A'),
      seedUrl(''),
      'https://www.ilo.org/thamm#section-2',
    ]);
  });

  it('leaves a blockquote inside an editor\'s editable area', async () => {
    const cite = seedUrl('/news/0');
    const container = await post(`<div contenteditable="true">${quoteFor(cite)}</div>${quoteFor(seedUrl('/contacts/0'))}`);
    await upgraded(container, 'thamm-contact-badge');
    expect(container.querySelector('[contenteditable] > blockquote'), 'still a blockquote in the editor').to.exist;
    expect(await requestsFor(cite)).to.equal(0);
  });

  it('leaves javascript: and data: cites', async () => {
    await expectUntouched([
      'javascript:window.clicked=true//#/news/0',
      ' JavaScript:window.clicked=true//#/quotes/0',
      'data:application/json,%7B%22news%22%3A%5B%7B%22title%22%3A%22x%22%7D%5D%7D#/news/0',
      'vbscript:x#/contacts/0',
    ]);
  });

  it('upgrades blockquotes added later, each once', async () => {
    const cite = seedUrl('/quotes/2');
    const container = await post(quoteFor(cite));
    await upgraded(container, 'thamm-quote');
    // Infinite scroll: a batch of posts, deep in new markup; then one blockquote by itself.
    const batch = document.createElement('section');
    batch.innerHTML = `<div><p>Suite</p>${quoteFor(cite)}<div>${quoteFor(cite)}</div></div>`;
    container.append(batch);
    container.insertAdjacentHTML('beforeend', quoteFor(cite));
    await waitUntil(() => container.querySelectorAll('thamm-quote').length === 4, 'the later ones upgraded');
    // Client-side navigation moves an upgraded element: it is not upgraded again.
    const first = container.querySelector('thamm-quote')!;
    container.append(first);
    await Promise.all([...container.querySelectorAll('thamm-quote')].map((el) => stateOf(el, 'ready')));
    expect(container.querySelectorAll('thamm-quote').length, 'four elements, none nested').to.equal(4);
    expect(container.querySelectorAll('thamm-quote thamm-quote, thamm-quote > :not(blockquote)').length).to.equal(0);
    expect(await requestsFor(cite), 'one document for all').to.equal(1);
    await expect(container).to.be.accessible();
  });

  it('skips a blockquote removed before its upgrade, and upgrades it when it comes back', async () => {
    const cite = seedUrl('/news/0');
    const container = await post('');
    container.insertAdjacentHTML('beforeend', quoteFor(cite) + quoteFor(seedUrl('/contacts/0')));
    const removed = container.firstElementChild!;
    removed.remove();
    await upgraded(container, 'thamm-contact-badge');
    expect(removed.parentNode, 'not wrapped in an element').to.equal(null);
    expect(await requestsFor(cite), 'no request').to.equal(0);

    container.prepend(removed);
    const card = await upgraded(container, 'thamm-news-card');
    expect(card.firstElementChild).to.equal(removed);
    await stateOf(card, 'ready');
    await expect(card).to.be.accessible();
  });

  it('shows the blockquote again when the src fails', async () => {
    const warnings = captureWarnings();
    try {
      const container = await post(quoteFor(`/mock/status?code=404&v=${Date.now()}#/news/0`));
      const card = await upgraded(container, 'thamm-news-card');
      await stateOf(card, 'error');
      const fallback = card.querySelector('blockquote')!;
      expect(fallback.getBoundingClientRect().height, 'visible again').to.be.above(0);
      expect(spokenText(fallback)).to.equal('THAMM, 15 octobre 2020');
      await expect(card).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('upgrades a blockquote the parser reaches after the script has run', async function () {
    this.timeout(35_000);
    const v = `streamed-${Math.random()}`;
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="A streaming page" src=${`/mock/streamed-blockquote?v=${v}`}></iframe>`);
    const win = () => frame.contentWindow as Window & {ranBefore?: boolean};
    // Two steps, so that a failure says which part of the scenario did not happen.
    await waitUntil(() => win().document.querySelector('body > p'), 'the first part of the page was parsed', {timeout: 10_000});
    const ranWhileStreaming = await whileStreaming(() => win().customElements.get('thamm-news-card'), 'the bundle ran while the page streams');
    await fetch(`/mock/release?v=${v}`); // the rest of the page, with the blockquote
    await waitUntil(() => win().document.querySelector('thamm-news-card[state=ready]'), 'the card is ready', {timeout: 5000});
    if (ranWhileStreaming) expect(win().ranBefore, 'the bundle had run before the blockquote arrived').to.equal(true);
    expect(win().document.querySelector('thamm-news-card > blockquote'), 'with the blockquote inside').to.exist;
  });

  it('works in the built bundle, loaded twice from another origin, which it allows', async () => {
    const v = `bundle-${Date.now()}`;
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="A CMS page" src=${`/mock/blockquote-page?v=${v}`}></iframe>`);
    const doc = () => frame.contentDocument!;
    await waitUntil(() => doc().querySelectorAll('[state=ready]').length === 2, 'both embeds ready', {timeout: 5000});
    const [quote, contact] = [...doc().querySelectorAll('[state]')];
    expect([quote.localName, contact.localName]).to.deep.equal(['thamm-quote', 'thamm-contact-badge']);
    expect(quote.getAttribute('src')).to.match(new RegExp(`^${OTHER}/mock/seed.json`));
    expect(doc().querySelectorAll('thamm-quote thamm-quote, thamm-contact-badge thamm-contact-badge').length, 'upgraded once').to.equal(0);
    expect(contact.hasAttribute('onclick')).to.equal(false);
    expect(doc().querySelector('body > blockquote')!.getAttribute('cite'), 'the ordinary quote stays').to.equal('https://www.ilo.org/thamm');
    expect(await requestsFor(`/?v=${v}-script`)).to.equal(1);
    // axe runs in this document, not the frame's: the elements' accessibility is checked above.
    expect(shadow(quote).querySelector('blockquote p')!.textContent).to.match(/^“As a standard-setting agency/);
  });
});
