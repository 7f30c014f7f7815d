import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/all.js';
import {seedUrl, stateOf} from './support/helpers.js';

/** What the page has stored: cookies, both storages, IndexedDB databases. */
async function storage() {
  return {
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).map((db) => db.name),
  };
}

describe('privacy', () => {
  it('requests only the src document and the images it names, all from the page\'s origin', async () => {
    performance.clearResourceTimings();
    const src = seedUrl('');
    const page = await fixture(html`<div>
      <thamm-news-card src=${`${src}/news/0`}></thamm-news-card>
      <thamm-quote src=${`${src}/quotes/0`}></thamm-quote>
      <thamm-partner-strip src=${`${src}/partners`}></thamm-partner-strip>
      <thamm-contact-badge src=${`${src}/contacts/0`}></thamm-contact-badge></div>`);
    await Promise.all([...page.children].map((el) => stateOf(el, 'ready')));
    // Lazy images load once they are near the viewport: bring them all in, and wait for them.
    const images = [...page.children].flatMap((el) => [...el.shadowRoot!.querySelectorAll('img')]);
    images.forEach((img) => (img.loading = 'eager'));
    await waitUntil(() => images.every((img) => img.complete), 'every image loaded', {timeout: 5000});
    // Firefox shows an image that an earlier test file loaded from its image cache, with no
    // resource timing entry: what the images show counts as requested too.
    const requested = [...performance.getEntriesByType('resource').map((entry) => entry.name), ...images.map((img) => img.currentSrc)]
      .filter(Boolean)
      .map((name) => new URL(name));
    const documentUrl = new URL(src.split('#')[0], location.href).href;
    const unexpected = requested.filter(
      (url) => url.origin !== location.origin || !(url.href === documentUrl || /^\/content\/(images|logos)\//.test(url.pathname)),
    );
    expect(unexpected.map(String)).to.deep.equal([]);
    expect(requested.filter((url) => url.href === documentUrl).length, 'the document, once').to.equal(1);
    expect(requested.some((url) => url.pathname.startsWith('/content/logos/')), 'logos').to.equal(true);
  });

  it('writes nothing to cookies or storage, even when the user copies and downloads', async () => {
    const before = await storage();
    const page = await fixture(html`<div><thamm-contact-badge src=${seedUrl('/contacts/0')}></thamm-contact-badge>
      <thamm-news-card src=${seedUrl('/news/0')}></thamm-news-card></div>`);
    await Promise.all([...page.children].map((el) => stateOf(el, 'ready')));
    const badge = page.firstElementChild!;
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: () => Promise.resolve()}});
    try {
      badge.shadowRoot!.querySelector<HTMLButtonElement>('[part=copy]')!.click();
      await waitUntil(() => badge.shadowRoot!.querySelector('[role=status]')!.textContent === 'Adresse copiée', 'copied');
    } finally {
      delete (navigator as {clipboard?: unknown}).clipboard;
    }
    // The download itself is the browser's: let the click reach everything on the page, then stop it.
    const vcard = badge.shadowRoot!.querySelector<HTMLAnchorElement>('[part=vcard]')!;
    const clicked = new Promise<EventTarget>((resolve) =>
      window.addEventListener('click', (event) => (event.preventDefault(), resolve(event.composedPath()[0])), {once: true}),
    );
    vcard.click();
    expect(await clicked === vcard, 'the vCard link was clicked').to.equal(true);
    expect(await storage()).to.deep.equal(before);
  });
});
