import {expect} from '@open-wc/testing';
import type * as CKEditorDrupal from './support/ckeditor-drupal.js';
import {embeds, expectUpgradedAndReady, headingLevelOf, loadBundle, parseHtml, snippet} from './support/hosts.js';

// The blockquote snippet pasted into Drupal's CKEditor 5 (npm ckeditor5, configured as
// Drupal's default "Basic HTML" format), saved as editor.getData(), then shown on a page.
// The page's language differs from the snippets', so a dropped `lang` shows.
const PAGE_LANG = 'en';

// CKEditor and its configuration, bundled by the test server (see test/support/ckeditor-fixture.js).
const FIXTURE = '/ckeditor-fixture.js';

/** A page in PAGE_LANG showing saved text-format output, one article per embed. */
function page(saved: string[]) {
  const main = document.createElement('main');
  main.lang = PAGE_LANG;
  for (const html of saved) main.append(Object.assign(document.createElement('article'), {innerHTML: html}));
  document.body.append(main);
  return main;
}

const blockquoteOf = (html: string) => parseHtml(html).querySelector('blockquote');
const linksOf = (element: Element | null) => [...(element?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
/** Attributes by name; the class left out: the upgrade does not need it, and Drupal's styles may add their own. */
const attributesOf = (element: Element | null) =>
  Object.fromEntries([...(element?.attributes ?? [])].filter((a) => a.name !== 'class').map((a) => [a.name, a.value]));

const EXTRA_TAGS = '<blockquote cite lang dir data-*>';

describe('snippets through Drupal’s CKEditor 5 ("Basic HTML")', () => {
  let snippets: string[] = [];
  const saved = {basic: [] as string[], extended: [] as string[]};
  before(async function () {
    this.timeout(60_000); // the test server bundles CKEditor (2.3 MB) on first request: 5–9 s here
    const {savedByCKEditor} = (await import(/* @vite-ignore */ FIXTURE)) as typeof CKEditorDrupal;
    snippets = await Promise.all(embeds.map((embed) => snippet(embed, 'blockquote')));
    // Edited on one page (the site's admin), shown on another (the site's front): the bundle is loaded after.
    for (const html of snippets) {
      saved.basic.push(await savedByCKEditor(html));
      saved.extended.push(await savedByCKEditor(html, EXTRA_TAGS));
    }
    await loadBundle();
  });

  describe('the default format', () => {
    let shown: HTMLElement;
    before(() => (shown = page(saved.basic)));
    after(() => shown.remove());

    it('keeps the blockquote’s cite only, and the fallback’s text and links', () => {
      saved.basic.forEach((html, i) => {
        const kept = blockquoteOf(html);
        expect(kept?.getAttributeNames(), embeds[i].pointer).to.deep.equal(['cite']);
        expect(kept?.getAttribute('cite'), embeds[i].pointer).to.equal(blockquoteOf(snippets[i])!.getAttribute('cite'));
        expect(kept?.textContent?.replace(/\s+/g, ''), `${embeds[i].pointer} text`).to.equal(blockquoteOf(snippets[i])!.textContent!.replace(/\s+/g, ''));
        expect(linksOf(kept), `${embeds[i].pointer} links`).to.deep.equal(linksOf(blockquoteOf(snippets[i])));
      });
    });

    for (const [i, embed] of embeds.entries()) {
      it(`renders ${embed.pointer} as <${embed.tag}>, ready, in the page’s language`, async () => {
        const el = await expectUpgradedAndReady(shown.children[i], embed, PAGE_LANG);
        expect(el.hasAttribute('lang'), 'no lang of its own').to.equal(false);
      });
    }
  });

  describe(`with ${EXTRA_TAGS} added to Source editing`, () => {
    let shown: HTMLElement;
    before(() => (shown = page(saved.extended)));
    after(() => shown.remove());

    it('keeps every attribute of the blockquote but its class', () => {
      saved.extended.forEach((html, i) => {
        const made = blockquoteOf(snippets[i])!;
        expect(attributesOf(made), `${embeds[i].pointer} snippet`).to.include.keys('cite', 'lang');
        expect(attributesOf(blockquoteOf(html)), embeds[i].pointer).to.deep.equal(attributesOf(made));
      });
    });

    for (const [i, embed] of embeds.entries()) {
      it(`renders ${embed.pointer} as <${embed.tag}>, ready, in ${embed.lang}`, async () => {
        const el = await expectUpgradedAndReady(shown.children[i], embed, embed.lang);
        expect(el.getAttribute('lang'), 'lang carried over').to.equal(embed.lang);
        if (embed.headingLevel) expect(headingLevelOf(el), 'heading level carried over').to.equal(embed.headingLevel);
      });
    }
  });
});
