import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {embeds, expectUpgradedAndReady, fold, headingLevelOf, loadBundle, parseHtml, snippet} from './support/hosts.js';

// What an Author's post keeps: WordPress 6.1's own wp_kses_post (Debian's wordpress package,
// run by test/hosts/wp-kses.php), which every Author, and every administrator of a multisite
// or of a site with DISALLOW_UNFILTERED_HTML, saves post content through.
type Saved = {html: string; wordpress: string};
const savedByAnAuthor = (html: string) => executeServerCommand<Saved, object>('wp-kses', {html});

/** A Custom HTML block, as the block editor writes it into post content. */
const customHtmlBlock = (html: string) => `<!-- wp:html -->\n${html}\n<!-- /wp:html -->`;

const attributesOf = (element: Element | null) => Object.fromEntries([...(element?.attributes ?? [])].map((a) => [a.name, a.value]));
const linksOf = (element: Element | null) => [...(element?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));

describe('snippets saved in a WordPress post by an Author', () => {
  it('the element form loses its element and script, and shows its raw JSON', async () => {
    const element = await snippet(embeds[0], 'element');
    const inlineJson = fold(parseHtml(element).querySelector('script')?.textContent);
    expect(inlineJson, 'the element form carries inline JSON').to.match(/^\{.*"title"/);

    const saved = await savedByAnAuthor(customHtmlBlock(element));
    expect(saved.wordpress, 'WordPress version loaded').to.match(/^6\.1\./);
    const post = document.createElement('article');
    post.innerHTML = saved.html;
    document.body.append(post);
    try {
      expect(post.querySelectorAll('thamm-news-card').length, 'elements kept').to.equal(0);
      expect(post.querySelectorAll('script').length, 'scripts kept').to.equal(0);
      expect(fold(post.innerText), 'the JSON a reader sees').to.contain(inlineJson);
    } finally {
      post.remove();
    }
  });

  describe('the blockquote form', () => {
    const post = document.createElement('article');
    let snippets: string[] = [];
    let saved = '';
    before(async () => {
      // One post with a Custom HTML block per element, saved once; then the page loads the bundle.
      snippets = await Promise.all(embeds.map((embed) => snippet(embed, 'blockquote')));
      saved = (await savedByAnAuthor(snippets.map(customHtmlBlock).join('\n\n'))).html;
      post.innerHTML = saved;
      document.body.append(post);
      await loadBundle();
    });
    after(() => post.remove());

    it('keeps every blockquote with all its attributes (cite, lang, dir, data-*), and its links', () => {
      const kept = [...parseHtml(saved).querySelectorAll('blockquote')];
      expect(kept.length, 'blockquotes kept').to.equal(embeds.length);
      snippets.forEach((html, i) => {
        const made = parseHtml(html).querySelector('blockquote');
        expect(attributesOf(made), `${embeds[i].pointer} snippet`).to.include.keys('cite', 'lang');
        expect(attributesOf(kept[i]), embeds[i].pointer).to.deep.equal(attributesOf(made));
        expect(linksOf(kept[i]), `${embeds[i].pointer} links`).to.deep.equal(linksOf(made));
      });
    });

    for (const embed of embeds) {
      it(`renders ${embed.pointer} as <${embed.tag}>, ready, in ${embed.lang}`, async () => {
        const el = await expectUpgradedAndReady(post, embed, embed.lang);
        expect(el.getAttribute('lang'), 'lang carried over').to.equal(embed.lang);
        if (embed.headingLevel) expect(headingLevelOf(el), 'heading level carried over').to.equal(embed.headingLevel);
      });
    }
  });
});
