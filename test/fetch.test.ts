import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/news-card/define.js';
import {fetchDocument, fetchLimits} from '../src/core/fetch-document.js';
import type {ThammNewsCard} from '../src/news-card/news-card.js';
import {newsItem, requestsFor, seedUrl, stateOf, textOf, warningsInEachTest} from './support/helpers.js';

/** Mounts a card on `src` and resolves with its thamm-error message. */
async function errorFor(src: string) {
  const el = document.createElement('thamm-news-card');
  el.src = src;
  const failed = oneEvent(el, 'thamm-error');
  document.body.append(el);
  const event = await failed;
  expect(el.getAttribute('state')).to.equal('error');
  el.remove();
  return event.detail.message as string;
}

/**
 * Resolves once the document at `src` has reached the page: it joins the element's
 * request if that is still running, or makes one that answers later than it would have.
 */
async function olderResponseArrived(src: string) {
  await fetchDocument(new URL(src.split('#')[0], location.href).href, new AbortController().signal);
}

describe('fetching src', () => {
  const warnings = warningsInEachTest();

  it('makes one request per document for all the elements on the page', async () => {
    const base = seedUrl('', 200).split('#')[0];
    const wrapper = await fixture(html`<div>
      <thamm-news-card src=${`${base}#/news/0`}></thamm-news-card>
      <thamm-news-card src=${`${base}#/news/0`} lang="en"></thamm-news-card>
      <thamm-news-card src=${`${base}#/news/0`} lang="ar"></thamm-news-card>
    </div>`);
    const cards = [...wrapper.querySelectorAll('thamm-news-card')];
    await Promise.all(cards.map((card) => stateOf(card, 'ready')));
    // A fourth element, later, is served from the cache.
    const late = await fixture(html`<thamm-news-card src=${`${base}#/news/0`}></thamm-news-card>`);
    await stateOf(late, 'ready');
    expect(await requestsFor(base), 'requests made').to.equal(1);
    expect(cards.map((card) => textOf(card, '[part=category]'))).to.deep.equal(['Actualité', 'News', 'أخبار']);
  });

  it('reports an HTTP error status', async () => {
    expect(await errorFor('/mock/status?code=404')).to.match(/^HTTP 404 Not Found for http.*\/mock\/status\?code=404$/);
    expect(await errorFor('/mock/status?code=503')).to.match(/^HTTP 503/);
    expect(warnings.messages[0]).to.match(/^<thamm-news-card> HTTP 404/);
  });

  it('reports an HTML page served with status 200 (a captive portal)', async () => {
    expect(await errorFor('/mock/portal')).to.contain('sent an HTML page, not JSON');
    expect(await errorFor('/mock/portal-as-json')).to.contain('sent an HTML page, not JSON');
  });

  it('reports malformed JSON', async () => {
    expect(await errorFor(`/mock/json?body=${encodeURIComponent('{"title": ')}`)).to.match(/is not valid JSON \(.+\)/);
  });

  it('reports a pointer to nothing', async () => {
    expect(await errorFor(seedUrl('/news/7'))).to.match(/^src: nothing at "#\/news\/7" in /);
    expect(await errorFor(seedUrl('/news/0/constructor'))).to.match(/^src: nothing at/);
  });

  it('reports a fragment that is not a valid JSON Pointer', async () => {
    expect(await errorFor(`${seedUrl('').split('#')[0]}#%E0%A4%A`)).to.equal('src: "#%E0%A4%A" is not a valid JSON Pointer');
  });

  it('reports a network failure', async () => {
    // Port 9 on loopback: nothing listens, the connection is refused at once.
    expect(await errorFor('http://127.0.0.1:9/content.json')).to.equal(
      'network error: http://127.0.0.1:9/content.json could not be fetched',
    );
  });

  it('refuses a src that is not http(s)', async () => {
    expect(await errorFor('javascript:alert(1)')).to.equal('src: "javascript:alert(1)" is not an http(s) URL');
  });

  it('stops reading a body past the byte cap, while it streams', async () => {
    // The server sends 3 MB and then stalls, never ending the body: only a reader that
    // counts while the body streams can report its size (one that waits would time out).
    expect(await errorFor(`/mock/huge?mb=3&v=${Math.random()}`)).to.match(/is larger than 2048 KiB$/);
  });

  it('gives up after the timeout', async () => {
    const saved = fetchLimits.timeoutMs;
    fetchLimits.timeoutMs = 300;
    try {
      expect(await errorFor(`/mock/hang?v=${Math.random()}`)).to.match(/did not answer within 0.3 s$/);
    } finally {
      fetchLimits.timeoutMs = saved;
    }
  });

  it('sends no cookies and no referrer', async () => {
    document.cookie = 'thamm-test=secret; path=/';
    try {
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card src=${`/mock/echo?v=${Math.random()}`}></thamm-news-card>`);
      await stateOf(el, 'ready');
      const sent = JSON.parse(textOf(el, '[part=summary]')!) as {cookie: string; referer: string};
      expect(sent.cookie, 'cookie header').to.equal('');
      expect(sent.referer, 'referer header').to.equal('');
    } finally {
      document.cookie = 'thamm-test=; path=/; max-age=0';
    }
  });

  it('lets a newer src win over a late older response', async () => {
    const older = seedUrl('/news/0', 300);
    const el = await fixture<ThammNewsCard>(html`<thamm-news-card src=${older}></thamm-news-card>`);
    const body = encodeURIComponent(JSON.stringify(newsItem({title: 'Le plus récent'})));
    el.src = `/mock/json?body=${body}`;
    await stateOf(el, 'ready');
    await olderResponseArrived(older);
    await el.updateComplete;
    expect(textOf(el, '[part=title]')).to.equal('Le plus récent');
  });

  it('aborts its fetch silently when removed', async () => {
    const src = seedUrl('/news/0', 300);
    const el = await fixture<ThammNewsCard>(html`<thamm-news-card src=${src}></thamm-news-card>`);
    let events = 0;
    el.addEventListener('thamm-error', () => events++);
    el.addEventListener('thamm-load', () => events++);
    el.remove();
    await olderResponseArrived(src);
    await el.updateComplete;
    expect(events, 'no event after removal').to.equal(0);
    expect(warnings.messages, 'no warning').to.deep.equal([]);
    expect(el.getAttribute('state')).to.equal('loading');
  });

  it('loads again when a removed element is put back', async () => {
    const el = await fixture<ThammNewsCard>(html`<thamm-news-card src=${seedUrl('/news/0', 200)}></thamm-news-card>`);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await stateOf(el, 'ready');
    expect(textOf(el, '[part=title]')).to.contain('Lancement');
  });

  it('aborts the shared request only when every element waiting for it has gone', async () => {
    const url = `${location.origin}${seedUrl('', 300).split('#')[0]}`;
    const first = new AbortController();
    const second = new AbortController();
    const a = fetchDocument(url, first.signal);
    const b = fetchDocument(url, second.signal);
    first.abort();
    let aborted = false;
    await a.catch(() => (aborted = true));
    expect(aborted, 'the first caller is released at once').to.equal(true);
    const {json, url: finalUrl} = await b;
    expect((json as {news: unknown[]}).news.length, 'the second still gets the document').to.equal(1);
    expect(finalUrl, 'and where it came from, after the redirect').to.equal(new URL(`/content/thamm-seed.json?v=${new URL(url).searchParams.get('v')}`, location.href).href);
  });

  it('does not cache a failure: a later element asks again', async () => {
    const url = `/mock/status?code=500&v=${Math.random()}`;
    await errorFor(url);
    await errorFor(url);
    expect(await requestsFor(url)).to.equal(2);
  });
});
