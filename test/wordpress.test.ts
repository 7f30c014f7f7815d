import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {embeds, expectUpgradedAndReady, loadBundle, snippet} from './support/hosts.js';

// What an Author's post keeps: WordPress 6.1's own wp_kses_post (Debian's wordpress package,
// run by test/hosts/wp-kses.php), which every Author, and every administrator of a multisite
// or of a site with DISALLOW_UNFILTERED_HTML, saves post content through.
type Saved = {html: string; wordpress: string};
const savedByAnAuthor = (html: string) => executeServerCommand<Saved, object>('wp-kses', {html});

/** A Custom HTML block, as the block editor writes it into post content. */
const customHtmlBlock = (html: string) => `<!-- wp:html -->\n${html}\n<!-- /wp:html -->`;

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;
const attributesOf = (element: Element | null) => Object.fromEntries([...(element?.attributes ?? [])].map((a) => [a.name, a.value]));

describe('snippets saved in a WordPress post by an Author', () => {
  it('the element form loses its element and script, and shows its raw JSON', async () => {
    const element = await snippet(embeds[0], 'element');
    const inlineJson = parse(element).querySelector('script')?.textContent?.trim();
    expect(inlineJson, 'the element form carries inline JSON').to.match(/^\{.*"title"/s);

    const saved = await savedByAnAuthor(customHtmlBlock(element));
    expect(saved.wordpress, 'WordPress version loaded').to.match(/^6\.1\./);
    const post = document.createElement('article');
    post.innerHTML = saved.html;
    document.body.append(post);
    try {
      expect(post.querySelectorAll('thamm-news-card').length, 'elements kept').to.equal(0);
      expect(post.querySelectorAll('script').length, 'scripts kept').to.equal(0);
      expect(post.innerText, 'the JSON a reader sees').to.contain(inlineJson);
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

    it('keeps every blockquote with all its attributes, and the links of its fallback', () => {
      const kept = [...parse(saved).querySelectorAll('blockquote')];
      expect(kept.length, 'blockquotes kept').to.equal(embeds.length);
      snippets.forEach((html, i) => {
        const made = parse(html).querySelector('blockquote');
        expect(attributesOf(made), `${embeds[i].pointer} snippet`).to.have.property('cite');
        expect(attributesOf(kept[i]), embeds[i].pointer).to.deep.equal(attributesOf(made));
        const links = (quote: Element | null) => [...(quote?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
        expect(links(kept[i]), `${embeds[i].pointer} links`).to.deep.equal(links(made));
      });
    });

    for (const embed of embeds) {
      it(`renders ${embed.pointer} as <${embed.tag}>, ready, in ${embed.lang}`, async () => {
        await expectUpgradedAndReady(post, embed);
      });
    }
  });
});
