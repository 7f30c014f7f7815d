import {expect, fixture, html} from '@open-wc/testing';
import '../src/all.js';
import {shadow, stateOf, warningsInEachTest} from './support/helpers.js';

// Contract, "Security and privacy": relative URLs in content resolve against the
// document they came from (after redirects), or the page for data and inline JSON.
// This page is at the root; the documents below live in /content/ and /test/,
// as a programme's thamm.json lives elsewhere than a partner's page.

/** A document in /content/ with relative image, logo and link URLs, reached through a redirect. */
const seed = (pointer: string) => `/mock/seed.json?v=relative-${Math.random()}#${pointer}`;

async function loaded(img: HTMLImageElement) {
  if (!img.complete) await new Promise((resolve) => img.addEventListener('load', resolve, {once: true}));
  return img.naturalWidth;
}

describe('relative URLs', () => {
  warningsInEachTest();

  it('in a src document resolve against the document\'s final URL: images load, links point beside it', async () => {
    const page = await fixture(html`<div>
      <thamm-news-card src=${seed('/news/0')}></thamm-news-card>
      <thamm-partner-strip src=${seed('/partners')}></thamm-partner-strip>
      <thamm-news-card src=${`/mock/json?v=rel-${Math.random()}&body=${encodeURIComponent(JSON.stringify({title: 'T', date: '2020-10-15', url: 'news/t.html'}))}`}></thamm-news-card>
    </div>`);
    const [card, strip, linked] = [...page.children];
    await Promise.all([card, strip, linked].map((el) => stateOf(el, 'ready')));
    const img = shadow(card).querySelector('img')!;
    img.loading = 'eager';
    expect(img.src).to.equal(new URL('/content/images/thamm-launch.svg', location.href).href);
    expect(await loaded(img), 'the launch image loads').to.be.above(0);
    const logos = [...shadow(strip).querySelectorAll<HTMLImageElement>('img')];
    expect(logos.length, 'logos, not text badges').to.be.above(3);
    for (const logo of logos) {
      logo.loading = 'eager';
      expect(logo.src).to.match(/\/content\/logos\/\w+\.svg$/);
      expect(await loaded(logo), logo.src).to.be.above(0);
    }
    // The document is /mock/json: 'news/t.html' is /mock/news/t.html, beside it, not beside the page.
    const beside = new URL('/mock/news/t.html', location.href).href;
    expect(beside, 'the test tells the two apart').to.not.equal(new URL('news/t.html', document.baseURI).href);
    expect(shadow(linked).querySelector('a')!.href).to.equal(beside);
  });

  it('in data and inline JSON resolve against the page', async () => {
    const content = {title: 'T', date: '2020-10-15', url: 'news/t.html', image: {src: 'content/images/thamm-launch.svg', alt: ''}};
    const page = await fixture(html`<div>
      <thamm-news-card .data=${content}></thamm-news-card>
      <thamm-news-card><script type="application/json">${JSON.stringify(content)}</script></thamm-news-card>
    </div>`);
    for (const card of page.children) {
      await stateOf(card, 'ready');
      expect(shadow(card).querySelector('a')!.href).to.equal(new URL('news/t.html', document.baseURI).href);
      expect(shadow(card).querySelector('img')!.src).to.equal(new URL('content/images/thamm-launch.svg', document.baseURI).href);
    }
  });
});
